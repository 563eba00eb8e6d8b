// @ts-check
// Upload: a large MP4 through our artifact path (prepare + deliver, compiled from src/) against a direct
// @actions/artifact call of the same kind (raw, skipArchive), and the same file zipped at the library's
// default compression level, all against the local results service in this one script.
// Usage: node bench/upload.js [--smoke]   (after `tsc -p tsconfig.build.json`, which builds .build/src/)
import { DefaultArtifactClient } from '@actions/artifact'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { link, mkdtemp, open, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { runnerEnv } from '../sim/github/env.js'
import { startResultsService } from '../sim/github/results.js'
import { readGuards } from './guards.js'

const TARGET_RATIO = readGuards().uploadRatio
const MiB = 2 ** 20

/**
 * An MP4-looking file (an `ftyp` box, then incompressible bytes, as a real video is).
 * @param {string} file
 * @param {number} size
 */
async function makeVideo(file, size) {
  const block = Buffer.alloc(MiB)
  for (let i = 0; i < block.length; i += 4) block.writeUInt32LE((Math.random() * 2 ** 32) >>> 0, i)
  Buffer.from('\0\0\0\x18ftypisom\0\0\x02\0isomiso2', 'latin1').copy(block)
  const handle = await open(file, 'w')
  for (let written = 0; written < size; written += MiB)
    await handle.write(block, 0, Math.min(MiB, size - written))
  await handle.close()
}

/** @param {string} file */
async function sha256(file) {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk)
  return hash.digest('hex')
}

/** @param {() => Promise<unknown>} work */
async function seconds(work) {
  const started = performance.now()
  await work()
  return (performance.now() - started) / 1000
}

/** @param {number[]} values */
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * @param {{ smoke?: boolean, size?: number }} [options]
 */
export async function benchUpload({ smoke = false, size = smoke ? 16 * MiB : 1024 * MiB } = {}) {
  /** @type {typeof import('../src/deliver/index.js')} */
  const deliver = await import(new URL('../.build/src/deliver/index.js', import.meta.url).href)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-upload-'))
  const results = await startResultsService({ blob: 'memory' })
  const saved = { ...process.env }
  // @actions/artifact logs every block through @actions/core on stdout: keep the bench's own table readable.
  const write = process.stdout.write
  process.stdout.write = () => true
  try {
    Object.assign(
      process.env,
      runnerEnv({ results, workspace: dir, runnerTemp: path.join(dir, 'runner') })
    )
    const source = path.join(dir, 'video.mp4')
    await makeVideo(source, size)
    const digest = await sha256(source)
    const client = new DefaultArtifactClient()
    const quiet = () => undefined
    let n = 0
    // skipArchive names the artifact after the file: a hard link per upload gives each its own name.
    const copy = async () => {
      const file = path.join(dir, `video-${++n}.mp4`)
      await link(source, file)
      return file
    }
    const ours = async () => {
      const file = await copy()
      /** @type {import('../src/deliver/options.js').DeliveryOptions} */
      const options = { modes: new Set(['artifact']), overwrite: true }
      const prepared = await deliver.prepareDelivery(
        options,
        path.basename(file),
        process.env,
        quiet
      )
      await deliver.deliverVideo(prepared, { path: file, size, sha256: digest }, quiet)
    }
    const direct = async () => {
      const file = await copy()
      await client.uploadArtifact(path.basename(file), [file], dir, { skipArchive: true })
    }
    const zipped = async () => {
      const file = await copy()
      await client.uploadArtifact(`zip-${n}`, [file], dir)
    }
    const runs = smoke ? 1 : 3
    /** @type {{ ours: number[], direct: number[], zip: number[] }} */
    const times = { ours: [], direct: [], zip: [] }
    for (let i = 0; i < runs; i++) {
      // Alternate the order so neither path always meets a warmer cache.
      if (i % 2 === 0) {
        times.ours.push(await seconds(ours))
        times.direct.push(await seconds(direct))
      } else {
        times.direct.push(await seconds(direct))
        times.ours.push(await seconds(ours))
      }
    }
    times.zip.push(await seconds(zipped))
    const zipArtifact = results.artifacts.find(a => a.name.startsWith('zip-'))
    const ratio = median(times.ours) / median(times.direct)
    return {
      sizeMiB: size / MiB,
      oursS: median(times.ours),
      directS: median(times.direct),
      ratio,
      targetRatio: TARGET_RATIO,
      pass: ratio <= TARGET_RATIO,
      zipS: median(times.zip),
      rawSavesTime: 1 - median(times.direct) / median(times.zip),
      zipSizeVsRaw: Number(zipArtifact?.size ?? 0) / size
    }
  } finally {
    process.stdout.write = write
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
    await results.close()
    await rm(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table([await benchUpload({ smoke: process.argv.includes('--smoke') })])
}
