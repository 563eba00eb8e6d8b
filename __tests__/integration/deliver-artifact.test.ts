// Artifact delivery with the real @actions/artifact against the results fake, blobs in Azurite.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { runnerEnv } from '../../sim/github/env.js'
import { startResultsService } from '../../sim/github/results.js'
import { deliverVideo } from '../../src/deliver/index.js'
import { ActionError } from '../../src/shared/errors.js'
import { deliveryWith, failureOf, tempDir, useEnv, writeVideo } from './deliver-fixtures.js'

let results: Awaited<ReturnType<typeof startResultsService>>
let dir: string
let restoreEnv: () => void

beforeAll(async () => {
  results = await startResultsService({ blob: 'azurite' })
  dir = tempDir('deliver-artifact')
  restoreEnv = useEnv(
    runnerEnv({ results, workspace: dir, runnerTemp: path.join(dir, 'runner-temp') })
  )
})

afterAll(async () => {
  restoreEnv()
  await results.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const { prepare, deliver } = deliveryWith({ upload: 'artifact' })

/** The requests from now on, as "target:op:status". */
function watchRequests(): () => string[] {
  const start = results.requests.length
  return () => results.requests.slice(start).map(r => [r.target, r.op ?? '', r.status].join(':'))
}

const named = (name: string) => results.artifacts.filter(a => a.name === name)

describe('artifact delivery', () => {
  it('uploads the raw MP4, not a zip, and reports id, URL and digest', async () => {
    const video = writeVideo(dir, 'raw.mp4', 300 * 1024)

    const { result } = await deliver(video, { 'retention-days': '3' })

    const [artifact] = named('raw.mp4')
    expect(artifact).toMatchObject({
      finalized: true,
      size: video.size,
      hash: `sha256:${video.sha256}`,
      mimeType: 'video/mp4',
      contentType: 'video/mp4'
    })
    const days = (Date.parse(artifact.expiresAt ?? '') - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(2.9)
    expect(days).toBeLessThan(3.1)
    const stored = await results.readArtifactBytes('raw.mp4')
    expect(stored.subarray(4, 8).toString('latin1')).toBe('ftyp')
    expect(stored.equals(video.bytes)).toBe(true)
    const url = `https://github.com/o/r/actions/runs/4242/artifacts/${artifact.id}`
    expect(result).toEqual({
      outputs: {
        'artifact-id': String(artifact.id),
        'artifact-url': url,
        'artifact-digest': video.sha256
      },
      links: [{ label: 'Artifact', text: `artifact ${artifact.id}`, url }],
      where: `as workflow artifact ${url}`
    })
  })

  it('stages a file over 8 MiB as several blocks and reassembles it in order', async () => {
    const video = writeVideo(dir, 'big.mp4', 17 * 1024 * 1024 + 5)
    const requests = watchRequests()

    await deliver(video)

    expect(requests().filter(r => r.startsWith('blob:block:201'))).toHaveLength(3)
    expect((await results.readArtifactBytes('big.mp4')).equals(video.bytes)).toBe(true)
  })

  it('replaces the earlier artifact of this run on a re-run, leaving one', async () => {
    await deliver(writeVideo(dir, 'rerun.mp4', 2048))
    const second = writeVideo(dir, 'rerun.mp4', 4096)
    const requests = watchRequests()

    const { lines } = await deliver(second)

    expect(named('rerun.mp4')).toHaveLength(1)
    expect((await results.readArtifactBytes('rerun.mp4')).equals(second.bytes)).toBe(true)
    const rpcs = requests().filter(r => !r.startsWith('blob'))
    expect(rpcs.indexOf('DeleteArtifact::200')).toBeLessThan(rpcs.indexOf('CreateArtifact::200'))
    expect(lines[0]).toMatch(
      /^Artifact rerun\.mp4 \(id \d+\) exists in this run; it will be replaced/
    )
  })

  it('refuses in prepare, before the render, when the name is taken and overwrite is false', async () => {
    await deliver(writeVideo(dir, 'taken.mp4', 1024))
    const requests = watchRequests()

    const error = await failureOf(prepare('taken.mp4', { overwrite: 'false' }))

    expect(error).toBeInstanceOf(ActionError)
    expect(error.message).toMatch(
      /^An artifact named taken\.mp4 already exists in this workflow run .*set overwrite: true .*output-path:/
    )
    expect(requests()).toEqual(['ListArtifacts::200'])
  })

  it('refuses with the same message when a matrix sibling takes the name during the render', async () => {
    const video = writeVideo(dir, 'race.mp4', 1024)
    const prepared = await prepare('race.mp4', { overwrite: 'false' })
    await deliver(video) // the sibling

    const error = await failureOf(deliverVideo(prepared, video, () => {}))

    expect(error.message).toMatch(/^An artifact named race\.mp4 already exists/)
    expect(named('race.mp4')).toHaveLength(1)
  })

  it('fails in prepare when the runner gave no artifact runtime', async () => {
    const token = process.env.ACTIONS_RUNTIME_TOKEN
    delete process.env.ACTIONS_RUNTIME_TOKEN
    try {
      const error = await failureOf(prepare('clip.mp4'))
      expect(error.message).toMatch(
        /^upload includes artifact, but ACTIONS_RUNTIME_TOKEN is not set/
      )
      expect((error as ActionError).details.input).toBe('upload')
    } finally {
      process.env.ACTIONS_RUNTIME_TOKEN = token
    }
  })

  it('explains GitHub Enterprise Server, where this kind of artifact does not exist', async () => {
    process.env.GITHUB_SERVER_URL = 'https://ghe.example.com'
    try {
      const error = await failureOf(prepare('clip.mp4'))
      expect(error.message).toMatch(
        /not available on GitHub Enterprise Server: use upload: release/
      )
    } finally {
      process.env.GITHUB_SERVER_URL = 'https://github.com'
    }
  })

  it('explains a used-up storage quota', async () => {
    const video = writeVideo(dir, 'quota.mp4', 1024)
    results.inject({
      rpc: 'CreateArtifact',
      kind: 'status',
      status: 403,
      msg: 'insufficient usage'
    })

    const error = await failureOf(deliver(video))

    expect(error.message).toMatch(
      /^The artifact storage quota is used up, so quota\.mp4 could not be stored/
    )
  })

  it('retries a dropped results connection itself; the Azure SDK retries a failed block', async () => {
    const video = writeVideo(dir, 'flaky.mp4', 300 * 1024)
    results.inject({ rpc: 'CreateArtifact', kind: 'reset' })
    results.inject({ rpc: 'blob', kind: 'status', status: 500 })
    const requests = watchRequests()

    const { lines } = await deliver(video)

    expect(requests().filter(r => r.startsWith('CreateArtifact'))).toEqual([
      'CreateArtifact::0',
      'CreateArtifact::200'
    ])
    expect(requests().filter(r => r.startsWith('blob:block:'))).toEqual([
      'blob:block:500',
      'blob:block:201'
    ])
    // The shared backoff: the first wait is 0.5 to 1 s, jittered.
    expect(lines.join('\n')).toMatch(
      /Artifact upload attempt 1 failed .*retrying in (0\.\d+|1) s \(attempt 2 of 4\)/
    )
    expect((await results.readArtifactBytes('flaky.mp4')).equals(video.bytes)).toBe(true)
  })

  it('leaves a 503 from the results service to the library, which retries it', async () => {
    const video = writeVideo(dir, 'busy.mp4', 1024)
    results.inject({ rpc: 'FinalizeArtifact', kind: 'status', status: 503 })
    const requests = watchRequests()

    await deliver(video)

    expect(requests().filter(r => r.startsWith('FinalizeArtifact'))).toEqual([
      'FinalizeArtifact::503',
      'FinalizeArtifact::200'
    ])
    expect(named('busy.mp4')).toHaveLength(1)
  })

  it('takes a finished upload whose answer was lost as done instead of uploading twice', async () => {
    const video = writeVideo(dir, 'lost.mp4', 1024)
    results.inject({ rpc: 'FinalizeArtifact', kind: 'dropAnswer' })
    const requests = watchRequests()

    const { result } = await deliver(video, { overwrite: 'false' })

    expect(requests().filter(r => r.startsWith('CreateArtifact'))).toHaveLength(1)
    expect(named('lost.mp4')).toHaveLength(1)
    expect(result.outputs['artifact-id']).toBe(String(named('lost.mp4')[0].id))
  })
})
