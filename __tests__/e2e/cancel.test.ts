import { afterEach, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim, type Sim } from '../../sim/aistudios/server.js'
import { errorAnnotations, runAction } from './harness.js'

let sim: Sim | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

/** The action against the simulator, sent SIGINT after `cancelAfterMs` as the runner does on cancel. */
function cancelledRun(s: Sim, cancelAfterMs: number) {
  return runAction({
    cancelAfterMs,
    inputs: {
      'project-id': SAMPLE_PROJECT_ID,
      'api-key': 'sim-api-key',
      'api-url': s.apiUrl,
      upload: 'none'
    }
  })
}

async function leftInVideos(workspace: string): Promise<string[]> {
  const videos = path.join(workspace, 'videos')
  return existsSync(videos) ? readdir(videos) : []
}

it('stops within seconds when the job is cancelled, naming the render to resume', async () => {
  const s = (sim = await startAiStudiosSim({ renderMs: 120_000 }))
  const result = await cancelledRun(s, 2000)
  expect(result.code).toBe(1)
  expect(result.durationMs).toBeLessThan(2000 + 5000)
  const [annotation] = errorAnnotations(result)
  expect(annotation).toMatch(/cancelled \(SIGINT\)/)
  expect(annotation).toContain(`resume-project-id: ${SAMPLE_PROJECT_ID}`)
  expect(result.summary).toContain(`resume-project-id: ${SAMPLE_PROJECT_ID}`)
  expect(await leftInVideos(result.workspace)).toEqual([])
})

it('stops mid-download when cancelled and leaves no partial file', async () => {
  const s = (sim = await startAiStudiosSim({ renderMs: 200 }))
  // The download is cut after its first bytes and the resume hangs: the cancel arrives while the
  // temporary file exists.
  s.inject({ route: 'download', kind: 'cut', afterBytes: 10_000 })
  s.inject({ route: 'download', kind: 'hang', times: 5 })
  const result = await cancelledRun(s, 5000)
  expect(result.code).toBe(1)
  expect(result.durationMs).toBeLessThan(5000 + 5000)
  expect(errorAnnotations(result)[0]).toContain(`resume-project-id: ${SAMPLE_PROJECT_ID}`)
  expect(await leftInVideos(result.workspace)).toEqual([])
})
