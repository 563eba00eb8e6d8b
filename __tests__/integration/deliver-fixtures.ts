// Shared set-up for the delivery tests: MP4-like files, the runner environment, a log sink.
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { deliverVideo, prepareDelivery, type Video } from '../../src/deliver/index.js'
export { useEnv } from '../helpers/env.js'
import { parseDeliveryOptions, type RawDeliveryInputs } from '../helpers/delivery-inputs.js'

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`))
}

/** Random bytes with an MP4 `ftyp` box header, so a zip (PK…) would be easy to tell apart. */
export function writeVideo(dir: string, name: string, size: number): Video & { bytes: Buffer } {
  const bytes = randomBytes(size)
  bytes.writeUInt32BE(24, 0)
  bytes.write('ftypisom', 4, 'latin1')
  const file = path.join(dir, name)
  fs.writeFileSync(file, bytes)
  return { path: file, size, sha256: createHash('sha256').update(bytes).digest('hex'), bytes }
}

export function logSink(): { log: (line: string) => void; lines: string[] } {
  const lines: string[] = []
  return { log: line => lines.push(line), lines }
}

/** The message of a rejected promise, failing the test if it resolved. */
export async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Error) return error
    throw error
  }
  throw new Error('expected a failure')
}

/** `prepare` and `deliver` as the action runs them, with a test's inputs over `defaults`. */
export function deliveryWith(defaults: Partial<RawDeliveryInputs>) {
  const prepare = (
    fileName: string,
    inputs: Partial<RawDeliveryInputs> = {},
    log = logSink().log
  ) => {
    const raw = {
      upload: 'artifact',
      'retention-days': '',
      overwrite: '',
      'release-tag': '',
      'asset-name': '',
      'github-token': ''
    }
    const options = parseDeliveryOptions({ ...raw, ...defaults, ...inputs }, process.env)
    return prepareDelivery(options, fileName, process.env, log)
  }
  const deliver = async (video: Video, inputs: Partial<RawDeliveryInputs> = {}) => {
    const { log, lines } = logSink()
    const prepared = await prepare(path.basename(video.path), inputs, log)
    return { result: await deliverVideo(prepared, video, log), lines }
  }
  return { prepare, deliver }
}
