import { afterEach, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { FIXTURE_MP4, SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { errorAnnotations, newWorkspace, runAction, sha256File, visibleLog } from './harness.js'

/*
 * What only a real process shows, through the committed bundle as a runner starts it: the exit code, the
 * outputs and summary written to the runner's files, annotations as workflow commands. The story itself is
 * tested in process (pipeline, faults); cancellation by signal is in cancel.test.ts.
 */

let sim: Awaited<ReturnType<typeof startAiStudiosSim>> | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

it('renders with a patch: exit 0, outputs in GITHUB_OUTPUT, the summary in GITHUB_STEP_SUMMARY', async () => {
  sim = await startAiStudiosSim({ renderMs: 500 })
  const workspace = await newWorkspace()
  await writeFile(
    path.join(workspace, 'edit.json'),
    JSON.stringify([{ op: 'replace', path: '/name', value: 'From a real process' }])
  )
  const result = await runAction({
    workspace,
    inputs: {
      'project-id': SAMPLE_PROJECT_ID,
      'api-key': 'sim-api-key',
      'api-url': sim.apiUrl,
      patch: 'edit.json',
      upload: 'none'
    }
  })
  expect(result.code).toBe(0)
  expect(result.outputs['video-path']).toBe('videos/from-a-real-process.mp4')
  expect(result.outputs['video-sha256']).toBe(await sha256File(FIXTURE_MP4))
  expect(result.outputs.changes).toBe('1')
  expect(result.summary).toContain('<h3>Planned edits</h3>')
  expect(visibleLog(result)).not.toContain('sim-api-key')
})

it('bad input: exit 1 and one ::error annotation naming the input, before any request', async () => {
  sim = await startAiStudiosSim()
  const result = await runAction({
    inputs: {
      'project-id': SAMPLE_PROJECT_ID,
      'api-key': 'k',
      'api-url': sim.apiUrl,
      resolution: '8k'
    }
  })
  expect(result.code).toBe(1)
  expect(errorAnnotations(result)).toEqual([
    expect.stringMatching(
      /^::error.*::Input `resolution` is "8k": use one of 4k, 1080, 720, 480\.$/
    )
  ])
  expect(sim.requests).toHaveLength(0)
})
