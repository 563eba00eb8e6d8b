// delete-rendered-project: which project a run may delete, and a delete that fails, against the simulator.
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { startResultsService } from '../../sim/github/results.js'
import { simulatedClock } from '../../sim/clock.js'
import { newWorkspace, runInProcess, type RunResult } from './harness.js'

type Sim = Awaited<ReturnType<typeof startAiStudiosSim>>

const PATCH = 'scenes:\n  - scene: 0\n    script: "Welcome to the new tour."\n'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map(close => close()))
})

// Simulated time, shared by the simulator and the runs: polls and the delete's retries cost no wall time.
const clock = simulatedClock()

async function simulator(): Promise<Sim> {
  const sim = await startAiStudiosSim({ renderMs: 300, clock })
  closers.push(() => sim.close())
  return sim
}

function run(
  sim: Sim,
  inputs: Record<string, string>,
  options: {
    patch?: string
    runner?: Parameters<typeof runInProcess>[0]['runner']
    env?: Record<string, string>
  } = {}
): Promise<RunResult> {
  return (async () => {
    const workspace = await newWorkspace()
    if (options.patch !== undefined)
      await writeFile(path.join(workspace, 'edit.yaml'), options.patch)
    return runInProcess({
      clock,
      workspace,
      inputs: {
        'project-id': SAMPLE_PROJECT_ID,
        'api-key': 'sim-api-key',
        'api-url': sim.apiUrl,
        upload: 'none',
        cache: 'false',
        ...(options.patch !== undefined ? { patch: 'edit.yaml' } : {}),
        ...inputs
      },
      runner: options.runner,
      env: options.env
    })
  })()
}

const warnings = (result: RunResult): string[] =>
  result.stdout.split('\n').filter(line => line.startsWith('::warning::'))

describe('delete-rendered-project', () => {
  it('is off by default: the edited copy stays in the account', async () => {
    const sim = await simulator()
    const result = await run(sim, {}, { patch: PATCH })
    expect(result.code).toBe(0)
    expect(sim.deletions).toEqual([])
    expect(sim.projects.has(result.outputs['project-id'])).toBe(true)
  })

  it("deletes the project this run's export created, after the download and delivery, never the source", async () => {
    const sim = await simulator()
    const result = await run(sim, { 'delete-rendered-project': 'true' }, { patch: PATCH })
    expect(result.code).toBe(0)
    const rendered = result.outputs['project-id']
    expect(rendered).not.toBe(SAMPLE_PROJECT_ID)
    expect(sim.deletions).toEqual([
      expect.objectContaining({ ids: [rendered], deleted: [rendered] })
    ])
    expect(sim.projects.has(rendered)).toBe(false)
    expect(sim.projects.has(SAMPLE_PROJECT_ID)).toBe(true)
    // After the verified download: the last download request comes before the delete.
    const order = sim.requests.map(request => request.route)
    expect(order.lastIndexOf('download')).toBeLessThan(order.indexOf('delete'))
    expect(result.stdout).toContain(`Deleted the rendered project ${rendered} from AI Studios`)
    expect(result.summary).toContain('deleted after delivery')
    expect(warnings(result).filter(line => /delet/i.test(line))).toEqual([])
  })

  it('never deletes the source project, which a run without a patch renders itself', async () => {
    const sim = await simulator()
    const result = await run(sim, { 'delete-rendered-project': 'true' })
    expect(result.code).toBe(0)
    expect(result.outputs['project-id']).toBe(SAMPLE_PROJECT_ID)
    expect(sim.exports[0].route).toBe('export')
    expect(sim.deletions).toEqual([])
  })

  it('never deletes a resumed render: an earlier run started it', async () => {
    const sim = await simulator()
    const first = await run(sim, {}, { patch: PATCH })
    const rendered = first.outputs['project-id']
    const resumed = await run(
      sim,
      { 'delete-rendered-project': 'true', 'resume-project-id': rendered },
      { patch: PATCH }
    )
    expect(resumed.code).toBe(0)
    expect(resumed.outputs['project-id']).toBe(rendered)
    expect(sim.exports).toHaveLength(1)
    expect(sim.deletions).toEqual([])
  })

  it("never deletes a cached video's project: the cache hit exported nothing", async () => {
    const sim = await simulator()
    const results = await startResultsService({ blob: 'memory' })
    closers.push(() => results.close())
    // One runner for both jobs, as the cache's paths live in RUNNER_TEMP.
    const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'aistudios-cleanup-runner-'))
    const cached = { cache: 'true', 'delete-rendered-project': 'true' }
    const options = { patch: PATCH, runner: { results }, env: { RUNNER_TEMP: runnerTemp } }
    const first = await run(sim, cached, options)
    expect(first.code).toBe(0)
    expect(sim.deletions).toHaveLength(1)
    const second = await run(sim, cached, options)
    expect(second.code).toBe(0)
    expect(second.outputs['cache-hit']).toBe('true')
    expect(sim.exports).toHaveLength(1)
    expect(sim.deletions).toHaveLength(1)
  })

  it('a delete that keeps failing is retried within its budget, then one warning; the run succeeds', async () => {
    const sim = await simulator()
    sim.inject({ route: 'delete', kind: 'status', status: 503, times: Infinity })
    const result = await run(sim, { 'delete-rendered-project': 'true' }, { patch: PATCH })
    expect(result.code).toBe(0)
    const rendered = result.outputs['project-id']
    expect(sim.requests.filter(request => request.route === 'delete')).toHaveLength(3)
    // The retries are logged; only the final failure warns.
    expect(warnings(result).filter(line => /delet/i.test(line))).toEqual([
      expect.stringContaining(`The rendered project ${rendered} could not be deleted`)
    ])
    expect(sim.projects.has(rendered)).toBe(true)
    expect(result.outputs['video-sha256']).toMatch(/^[0-9a-f]{64}$/)
  })

  it('a delete whose answer was lost is sent again and finds the project gone: no warning', async () => {
    const sim = await simulator()
    sim.inject({ route: 'delete', kind: 'reset', processed: true })
    const result = await run(sim, { 'delete-rendered-project': 'true' }, { patch: PATCH })
    expect(result.code).toBe(0)
    expect(sim.deletions.map(deletion => deletion.deleted.length)).toEqual([1, 0])
    expect(result.stdout).toContain('left to delete: it is gone already')
    expect(warnings(result).filter(line => /delet/i.test(line))).toEqual([])
  })
})
