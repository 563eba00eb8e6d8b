import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FIXTURE_MP4, SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { simulatedClock, type SimulatedClock } from '../../sim/clock.js'
import {
  errorAnnotations,
  newWorkspace,
  runAction,
  runInProcess,
  sha256File,
  visibleLog,
  type RunResult
} from './harness.js'

/* Paths stay in the workspace by their real paths, and what a killed run left behind is cleared. */

let sim: Awaited<ReturnType<typeof startAiStudiosSim>> | undefined
let clock: SimulatedClock
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

/** A simulator on simulated time, shared with the in-process runs (`clock`). */
async function start(): Promise<NonNullable<typeof sim>> {
  clock = simulatedClock()
  sim = await startAiStudiosSim({ renderMs: 300, clock })
  return sim
}

const inputs = (s: NonNullable<typeof sim>, extra: Record<string, string> = {}) => ({
  'project-id': SAMPLE_PROJECT_ID,
  'api-key': 'sim-api-key',
  'api-url': s.apiUrl,
  upload: 'none',
  ...extra
})

/** One clear error, and nothing spent. */
function expectRefused(result: RunResult, s: NonNullable<typeof sim>, text: RegExp): void {
  expect(result.code).toBe(1)
  const errors = errorAnnotations(result)
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(text)
  expect(s.exports).toHaveLength(0)
}

const SECRET = 'root:x:0:0:confine-canary-3f9a:/root:/bin/bash'

async function outsideDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'outside-'))
  await writeFile(path.join(dir, 'passwd'), `${SECRET}\n`)
  return dir
}

describe('files outside the workspace are never read', () => {
  it.each([
    ['the patch itself is a symlink', 'patch.yaml', 'patch.yaml'],
    ['the patch is in a symlinked folder', 'linked/passwd', 'linked'],
    ['a script file is a symlink', 'tour.yaml', 'script.md']
  ])('%s: one error, and the file content appears nowhere', async (_, patch, link) => {
    const s = await start()
    const outside = await outsideDir()
    const workspace = await newWorkspace()
    const target = link === 'linked' ? outside : path.join(outside, 'passwd')
    await symlink(target, path.join(workspace, link))
    await writeFile(
      path.join(workspace, 'tour.yaml'),
      'scenes:\n  - scene: { tag: pricing }\n    script: { file: script.md }\n'
    )
    const result = await runInProcess({ clock, workspace, inputs: inputs(s, { patch }) })
    expectRefused(result, s, /resolves \(through a symlink\) to a place outside the workspace/)
    for (const text of [
      visibleLog(result),
      result.stderr,
      result.summary,
      JSON.stringify(result.outputs)
    ])
      expect(text).not.toContain('confine-canary')
  })
})

describe('output-path', () => {
  it('an existing directory is refused before any export', async () => {
    const s = await start()
    const workspace = await newWorkspace()
    await mkdir(path.join(workspace, 'out.mp4'))
    const result = await runInProcess({
      clock,
      workspace,
      inputs: inputs(s, { 'output-path': 'out.mp4' })
    })
    expectRefused(result, s, /Input `output-path` out\.mp4 is an existing directory: name the file/)
  })

  it('a folder on the way that is a symlink out of the workspace is refused before any export', async () => {
    const s = await start()
    const outside = await outsideDir()
    const workspace = await newWorkspace()
    await symlink(outside, path.join(workspace, 'videos'))
    const result = await runInProcess({ clock, workspace, inputs: inputs(s) })
    expectRefused(result, s, /output-path.* resolves \(through a symlink\) to a place outside/)
    expect(await readdir(outside)).toEqual(['passwd'])
  })

  it('temporary files a killed run left beside the output are removed, and the video is whole', async () => {
    const s = await start()
    const workspace = await newWorkspace()
    const videos = path.join(workspace, 'videos')
    await mkdir(videos)
    const stale = ['.product-tour.mp4.0a1b2c3d4e5f.part', '.product-tour.mp4.ffffffffffff.part']
    for (const name of stale) await writeFile(path.join(videos, name), 'half a video')
    await writeFile(path.join(videos, 'notes.part'), 'not ours')
    const result = await runInProcess({ clock, workspace, inputs: inputs(s) })
    expect(result.code).toBe(0)
    expect((await readdir(videos)).sort()).toEqual(['notes.part', 'product-tour.mp4'])
    expect(await sha256File(path.join(videos, 'product-tour.mp4'))).toBe(
      await sha256File(FIXTURE_MP4)
    )
    expect(visibleLog(result)).toContain(
      `Removed ${stale[0]}, left by an earlier run that was stopped.`
    )
  })
})

it('a run outside Actions (no GITHUB_STEP_SUMMARY) skips the summary, not the success', async () => {
  // A spawned run is on the wall clock, and so must its simulator be.
  const s = (sim = await startAiStudiosSim({ renderMs: 300 }))
  const result = await runAction({ inputs: inputs(s), env: { GITHUB_STEP_SUMMARY: undefined } })
  expect(result.code).toBe(0)
  expect(errorAnnotations(result)).toEqual([])
  expect(result.outputs['video-path']).toBe('videos/product-tour.mp4')
  expect(result.outputs['video-sha256']).toBe(await sha256File(FIXTURE_MP4))
  expect(existsSync(path.join(result.workspace, 'videos/product-tour.mp4'))).toBe(true)
})
