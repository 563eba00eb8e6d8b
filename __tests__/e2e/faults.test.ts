import { afterEach, describe, expect, it } from '@jest/globals'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import {
  FIXTURE_MP4,
  SAMPLE_PROJECT_ID,
  startAiStudiosSim,
  type Sim
} from '../../sim/aistudios/server.js'
import { startResultsService } from '../../sim/github/results.js'
import { simulatedClock } from '../../sim/clock.js'
import { ROOT } from '../../sim/runner.js'
import { FAULTS } from './faults.js'
import {
  errorAnnotations,
  newWorkspace,
  runAction,
  runInProcess,
  sha256File,
  visibleLog
} from './harness.js'

let sim: Sim | undefined
let results: Awaited<ReturnType<typeof startResultsService>> | undefined
afterEach(async () => {
  await sim?.close()
  await results?.close()
  sim = results = undefined
})

const AUTH = {
  key: { 'api-key': 'sim-api-key' },
  app: { 'app-id': 'sim-app', 'user-key': 'sim-user-key' }
}

describe('the fault matrix', () => {
  it.each(FAULTS.map(row => [row.fault, row] as const))('%s', async (_name, row) => {
    // Simulated time, shared by the simulator and the action: backoffs and polls cost no wall time.
    const clock = row.spawned ? undefined : simulatedClock()
    const s = (sim = await startAiStudiosSim({ renderMs: row.renderMs ?? 1500, clock }))
    const workspace = await newWorkspace()
    await writeFile(
      path.join(workspace, 'edit.json'),
      JSON.stringify([{ op: 'replace', path: '/name', value: 'Faulty' }])
    )
    if (row.cache) row.cache((results = await startResultsService({ blob: 'memory' })))
    const during = row.arm(s)
    // Mid-render, by what the simulator saw: after its first progress answer.
    if (during) s.on('progress', answered => answered === 1 && during(s))
    const run = row.spawned ? runAction : runInProcess
    const result = await run({
      clock,
      workspace,
      inputs: {
        'project-id': SAMPLE_PROJECT_ID,
        'api-url': s.apiUrl,
        upload: 'none',
        'output-path': 'videos/out.mp4',
        ...AUTH[row.auth ?? 'key'],
        ...row.inputs
      },
      runner: results ? { results } : undefined
    })
    const log = visibleLog(result)
    if (row.outcome === 'video') {
      expect({ code: result.code, errors: errorAnnotations(result) }).toEqual({
        code: 0,
        errors: []
      })
      expect(await sha256File(path.join(workspace, 'videos/out.mp4'))).toBe(
        await sha256File(FIXTURE_MP4)
      )
    } else {
      expect(result.code).toBe(1)
      const annotations = errorAnnotations(result)
      expect(annotations).toHaveLength(1)
      expect(annotations[0]).toMatch(row.outcome)
      expect(log).not.toMatch(/^\s+at /m)
    }
    // Nothing half-downloaded is left: only the verified video, or nothing.
    const videos = existsSync(path.join(workspace, 'videos'))
      ? await readdir(path.join(workspace, 'videos'))
      : []
    expect(videos).toEqual(row.outcome === 'video' ? ['out.mp4'] : [])
    for (const secret of ['sim-api-key', 'sim-user-key', ...s.tokens()])
      expect(log + result.summary).not.toContain(secret)
    row.check?.(s, log)
  })
})

describe('docs/reliability.md', () => {
  it('lists every row of the fault matrix in its table', async () => {
    const doc = (await readFile(path.join(ROOT, 'docs/reliability.md'), 'utf8')).replace(
      / {2,}\|/g,
      ' |'
    )
    for (const row of FAULTS) expect(doc).toContain(`| ${row.fault} | ${row.behaviour} |`)
  })
})
