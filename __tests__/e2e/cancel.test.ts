import { afterEach, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim, type Sim } from '../../sim/aistudios/server.js'
import { startResultsService } from '../../sim/github/results.js'
import { errorAnnotations, runAction, type RunResult } from './harness.js'

let sim: Sim | undefined
let results: Awaited<ReturnType<typeof startResultsService>> | undefined
afterEach(async () => {
  await sim?.close()
  await results?.close()
  sim = results = undefined
})

const inputs = (s: Sim, extra: Record<string, string> = {}) => ({
  'project-id': SAMPLE_PROJECT_ID,
  'api-key': 'sim-api-key',
  'api-url': s.apiUrl,
  upload: 'none',
  ...extra
})

async function leftInVideos(workspace: string): Promise<string[]> {
  const videos = path.join(workspace, 'videos')
  return existsSync(videos) ? readdir(videos) : []
}

/** Every cancel ends the same way: one error and the summary, both naming the render to resume. */
function expectCancelled(result: RunResult): string {
  expect(result.code).toBe(1)
  const errors = errorAnnotations(result)
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(/cancelled \(SIGINT\)/)
  expect(errors[0]).toContain(`resume-project-id: ${SAMPLE_PROJECT_ID}`)
  expect(result.summary).toContain(`resume-project-id: ${SAMPLE_PROJECT_ID}`)
  return errors[0]
}

// Cancels arrive on what the simulator saw; the durations are wide bounds (the runner kills at ~7.5 s).
it('stops within seconds when the job is cancelled mid-render, naming the render to resume', async () => {
  const s = (sim = await startAiStudiosSim({ renderMs: 120_000 }))
  let cancelledAt = 0
  const result = await runAction({
    inputs: inputs(s),
    cancelOn: cancel =>
      s.on('progress', count => {
        if (count !== 1) return
        cancelledAt = Date.now()
        cancel()
      })
  })
  expectCancelled(result)
  expect(Date.now() - cancelledAt).toBeLessThan(7000)
  expect(await leftInVideos(result.workspace)).toEqual([])
})

it('stops mid-download when cancelled and leaves no partial file', async () => {
  const s = (sim = await startAiStudiosSim({ renderMs: 200 }))
  // The download is cut after its first bytes and the resume hangs: the cancel arrives with the
  // resume, while the temporary file exists.
  s.inject({ route: 'download', kind: 'cut', afterBytes: 10_000 })
  s.inject({ route: 'download', kind: 'hang', times: 5 })
  const result = await runAction({
    inputs: inputs(s),
    cancelOn: cancel => s.on('download', count => count === 2 && cancel())
  })
  expectCancelled(result)
  expect(await leftInVideos(result.workspace)).toEqual([])
})

it('a cancel during delivery names the downloaded video and the render to resume', async () => {
  const s = (sim = await startAiStudiosSim({ renderMs: 200 }))
  const r = (results = await startResultsService({ blob: 'memory' }))
  r.inject({ rpc: 'blob', kind: 'hang', times: 10 })
  const result = await runAction({
    // Without the cache: its own uploads to the same blob store would meet the fault first.
    inputs: inputs(s, { upload: 'artifact', cache: 'false' }),
    runner: { results: r },
    cancelOn: cancel => r.on('request', request => request.target === 'blob' && cancel())
  })
  const error = expectCancelled(result)
  expect(error).toContain('not delivered: it is at videos/product-tour.mp4')
  expect(await leftInVideos(result.workspace)).toEqual(['product-tour.mp4'])
})

it('a stalled blob PUT ends at upload-timeout-minutes, not minutes later', async () => {
  const s = (sim = await startAiStudiosSim({ renderMs: 200 }))
  const r = (results = await startResultsService({ blob: 'memory' }))
  r.inject({ rpc: 'blob', kind: 'hang', times: 10 })
  let stalledAt = 0
  r.on('request', request => {
    if (request.target === 'blob' && !stalledAt) stalledAt = Date.now()
  })
  const result = await runAction({
    inputs: inputs(s, { upload: 'artifact', cache: 'false', 'upload-timeout-minutes': '0.05' }),
    runner: { results: r }
  })
  expect(result.code).toBe(1)
  const errors = errorAnnotations(result)
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(
    /did not finish within `upload-timeout-minutes` \(0\.05\)\. The video was downloaded but not delivered: it is at videos\/product-tour\.mp4\..*resume-project-id: /
  )
  expect(result.summary).toContain(`resume-project-id: ${SAMPLE_PROJECT_ID}`)
  // 3 s of deadline; @actions/artifact's own stall timeout would hold the job for minutes.
  expect(stalledAt).toBeGreaterThan(0)
  expect(Date.now() - stalledAt).toBeLessThan(3000 + 15_000)
})

it('a cancel while a cache call stalls ends like every cancel: a warning for the cache, then the one error', async () => {
  const s = (sim = await startAiStudiosSim({ renderMs: 200 }))
  const r = (results = await startResultsService({ blob: 'memory' }))
  // The first blob request is the render's entry, saved right after the export was accepted.
  r.inject({ rpc: 'blob', kind: 'hang' })
  let cancelledAt = 0
  const result = await runAction({
    inputs: inputs(s, { 'output-path': 'videos/out.mp4' }),
    runner: { results: r },
    cancelOn: cancel =>
      r.on('request', request => {
        if (request.target !== 'blob' || cancelledAt) return
        cancelledAt = Date.now()
        cancel()
      })
  })
  expectCancelled(result)
  expect(result.stdout).toMatch(
    /::warning::Cache: could not save the render \(The job was cancelled/
  )
  expect(s.exports).toHaveLength(1)
  // The cache's own bound is 120 s; the cancel ends the call at once.
  expect(Date.now() - cancelledAt).toBeLessThan(7000)
  expect(await leftInVideos(result.workspace)).toEqual([])
})
