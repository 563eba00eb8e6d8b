// Runs sharing one Actions cache (the results fake), in process on simulated time: exports counted by the
// simulator. @actions/cache reads process.env, which runInProcess sets to the run's environment and restores.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { startResultsService } from '../../sim/github/results.js'
import { simulatedClock } from '../../sim/clock.js'
import { newWorkspace, runInProcess, sha256File, visibleLog, type RunResult } from './harness.js'

type Sim = Awaited<ReturnType<typeof startAiStudiosSim>>
type Results = Awaited<ReturnType<typeof startResultsService>>

const PATCH = 'scenes:\n  - scene: 2\n    script: "The dashboard, live."\n'

describe('the cache across runs', () => {
  let sim: Sim
  let results: Results
  let runnerTemp: string
  const clock = simulatedClock()

  beforeAll(async () => {
    sim = await startAiStudiosSim({ renderMs: 1500, clock })
    results = await startResultsService({ blob: 'memory' })
    // One runner: RUNNER_TEMP stays the same from job to job, and the cached paths live there.
    runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'aistudios-cache-runner-'))
  })
  afterAll(async () => {
    await sim.close()
    await results.close()
  })

  async function run(
    patch: string | undefined,
    inputs: Record<string, string> = {}
  ): Promise<RunResult> {
    const workspace = await newWorkspace()
    if (patch !== undefined) await writeFile(path.join(workspace, 'edit.yaml'), patch)
    return runInProcess({
      clock,
      workspace,
      inputs: {
        'project-id': SAMPLE_PROJECT_ID,
        'api-key': 'sim-api-key',
        'api-url': sim.apiUrl,
        upload: 'none',
        ...(patch !== undefined ? { patch: 'edit.yaml' } : {}),
        ...inputs
      },
      env: { RUNNER_TEMP: runnerTemp },
      runner: { results }
    })
  }

  it('renders once per content: identical and comment-only re-runs export nothing; a change exports once; cache: false always exports', async () => {
    const first = await run(PATCH)
    expect(first.code).toBe(0)
    expect(sim.exports).toHaveLength(1)
    expect(first.outputs['cache-hit']).toBe('false')
    expect(first.outputs['content-hash']).toMatch(/^v1-[0-9a-f]{64}$/)

    const again = await run(PATCH)
    expect(again.code).toBe(0)
    expect(sim.exports).toHaveLength(1)
    expect(again.outputs['cache-hit']).toBe('true')
    expect(again.outputs['content-hash']).toBe(first.outputs['content-hash'])
    expect(again.outputs['video-sha256']).toBe(first.outputs['video-sha256'])
    expect(await sha256File(path.join(again.workspace, again.outputs['video-path']))).toBe(
      first.outputs['video-sha256']
    )

    const commented = await run(
      `# shorter\n${PATCH.replace('scene: 2', 'scene:   2   # dashboard')}`
    )
    expect(commented.outputs['cache-hit']).toBe('true')
    expect(sim.exports).toHaveLength(1)

    const changed = await run(PATCH.replace('live.', 'live!'))
    expect(changed.code).toBe(0)
    expect(changed.outputs['cache-hit']).toBe('false')
    expect(sim.exports).toHaveLength(2)

    const off = await run(PATCH, { cache: 'false' })
    expect(off.code).toBe(0)
    expect(off.outputs['content-hash']).toBe('')
    expect(sim.exports).toHaveLength(3)

    const dry = await run(PATCH, { 'dry-run': 'true' })
    expect(visibleLog(dry)).toContain('A real run would reuse the cached video: no render needed.')
    expect(sim.exports).toHaveLength(3)

    process.stderr.write(
      `cache e2e wall time: render run ${first.durationMs} ms, cache-hit run ${again.durationMs} ms\n`
    )
  })

  it.each([
    [
      'the render of a run that hit its deadline, with no new export',
      'cut short',
      () => undefined,
      'started earlier for this content (0 new exports)'
    ],
    [
      'a cached render whose progress answer says nothing clear, rather than paying again',
      'then unclear',
      // The next run's first progress check asks about the cached render: a 200 with an empty body.
      (s: Sim) => s.inject({ route: 'progress', kind: 'odd', answer: 'empty' }),
      'resuming it rather than exporting again'
    ]
  ])('resumes %s', async (_, edit, beforeResume, said) => {
    // The render stays at 10 % until the first run is over: its deadline comes before the render ends,
    // whatever the machine's speed, with the export accepted long before.
    let stuck = true
    const main = sim
    sim = await startAiStudiosSim({
      progressCurve: ms => (stuck ? 10 : Math.min(100, ms / 10)),
      clock
    })
    try {
      const patch = PATCH.replace('live.', `live, ${edit}.`)
      const cut = await run(patch, { 'timeout-minutes': '0.05' })
      expect(cut.code).toBe(1)
      expect(sim.exports).toHaveLength(1)
      stuck = false
      beforeResume(sim)
      const resumed = await run(patch)
      expect(resumed.code).toBe(0)
      expect(sim.exports).toHaveLength(1)
      expect(visibleLog(resumed)).toContain(said)
    } finally {
      await sim.close()
      sim = main
    }
  })

  it('exports again without a patch when the project was edited in the editor', async () => {
    const before = sim.exports.length
    expect((await run(undefined)).code).toBe(0)
    expect((await run(undefined)).outputs['cache-hit']).toBe('true')
    expect(sim.exports).toHaveLength(before + 1)
    const project = sim.projects.get(SAMPLE_PROJECT_ID) as {
      scenes: { scripts?: { org: string }[] }[]
    }
    const script = project.scenes[0].scripts?.[0]
    if (script) script.org = 'Edited in the editor.'
    const edited = await run(undefined)
    expect(edited.outputs['cache-hit']).toBe('false')
    expect(sim.exports).toHaveLength(before + 2)
  })

  it('copies no video to stage when the cache service is not there', async () => {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'aistudios-no-cache-runner-'))
    try {
      const result = await runInProcess({
        workspace: await newWorkspace(),
        inputs: {
          'project-id': SAMPLE_PROJECT_ID,
          'api-key': 'sim-api-key',
          'api-url': sim.apiUrl,
          upload: 'none'
        },
        env: { RUNNER_TEMP: temp },
        clock
      })
      expect(result.code).toBe(0)
      expect(result.outputs['cache-hit']).toBe('false')
      const staged = await readdir(temp, { recursive: true })
      expect(staged.filter(file => file.endsWith('.mp4'))).toEqual([])
    } finally {
      await rm(temp, { recursive: true, force: true })
    }
  })

  it('goes on as without the cache when the service fails', async () => {
    results.inject({ rpc: 'GetCacheEntryDownloadURL', kind: 'status', status: 403, times: 10 })
    results.inject({ rpc: 'CreateCacheEntry', kind: 'status', status: 403, times: 10 })
    const before = sim.exports.length
    const result = await run(PATCH.replace('live.', 'live?'))
    expect(result.code).toBe(0)
    expect(sim.exports).toHaveLength(before + 1)
    expect(result.stdout).toContain('::warning')
  })
})
