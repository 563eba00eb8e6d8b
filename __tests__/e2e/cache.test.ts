// Runs sharing one Actions cache (the results fake), in process on simulated time: exports counted by the
// simulator. @actions/cache reads process.env, which runInProcess sets to the run's environment and restores.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as actionsCache from '@actions/cache'
import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { runnerEnv } from '../../sim/github/env.js'
import { startResultsService } from '../../sim/github/results.js'
import { nextKey, placeOf, prefixOf } from '../../src/cache/entries.js'
import { useEnv } from '../helpers/env.js'
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

  /**
   * `asRunner`: the run's cwd is its workspace, as on a runner (the cache's paths are then relative, the same on
   * every runner); `temp`: its RUNNER_TEMP.
   */
  async function run(
    patch: string | undefined,
    inputs: Record<string, string> = {},
    where: { asRunner?: boolean; temp?: string } = {}
  ): Promise<RunResult> {
    const workspace = await newWorkspace()
    if (patch !== undefined) await writeFile(path.join(workspace, 'edit.yaml'), patch)
    const cwd = process.cwd()
    if (where.asRunner) process.chdir(workspace)
    try {
      return await runIn(workspace, patch, inputs, where.temp ?? runnerTemp)
    } finally {
      process.chdir(cwd)
    }
  }

  function runIn(
    workspace: string,
    patch: string | undefined,
    inputs: Record<string, string>,
    temp: string
  ): Promise<RunResult> {
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
      env: { RUNNER_TEMP: temp },
      runner: { results }
    })
  }

  const cacheLines = (result: RunResult): string[] =>
    result.stdout.split('\n').filter(line => line.startsWith('::warning::Cache'))

  it('renders once per content: identical and comment-only re-runs export nothing; a change exports once; cache: false always exports', async () => {
    const first = await run(PATCH)
    expect(first.code).toBe(0)
    expect(sim.exports).toHaveLength(1)
    expect(first.outputs['cache-hit']).toBe('false')
    expect(first.outputs['content-hash']).toMatch(/^v2-[0-9a-f]{64}$/)

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
    // The content hash is an output with the cache off too: the same content, the same hash.
    expect(off.outputs['content-hash']).toBe(first.outputs['content-hash'])
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
    // The cache is off after the first: what is left of the faults must not reach the next tests.
    results.clearFaults('GetCacheEntryDownloadURL')
    results.clearFaults('CreateCacheEntry')
    expect(result.code).toBe(0)
    expect(sim.exports).toHaveLength(before + 1)
    expect(result.stdout).toContain('::warning')
  })

  it('hits from another runner: another RUNNER_TEMP and workspace path export nothing, and leave nothing in the workspace', async () => {
    const patch = PATCH.replace('live.', 'live, on any runner.')
    const before = sim.exports.length
    const a = await mkdtemp(path.join(os.tmpdir(), 'runner-a-'))
    const b = await mkdtemp(path.join(os.tmpdir(), 'runner-b-'))
    const saved = await run(patch, {}, { asRunner: true, temp: a })
    expect(saved.outputs['cache-hit']).toBe('false')
    const hit = await run(patch, {}, { asRunner: true, temp: b })
    expect(hit.code).toBe(0)
    expect(hit.outputs['cache-hit']).toBe('true')
    expect(hit.outputs['video-sha256']).toBe(saved.outputs['video-sha256'])
    expect(sim.exports.length - before).toBe(1)
    for (const result of [saved, hit])
      expect(
        (await readdir(result.workspace)).filter(name => name.includes('aistudios-render-cache'))
      ).toEqual([])
    process.stderr.write(`exports, RUNNER_TEMP ${a} then ${b}: ${sim.exports.length - before}\n`)
    await Promise.all([a, b].map(dir => rm(dir, { recursive: true, force: true })))
  })

  it('never gets stuck on a video entry that restores as a corrupt archive: then five runs, one export', async () => {
    const patch = PATCH.replace('live.', 'live, once corrupt.')
    expect((await run(patch, {}, { asRunner: true })).code).toBe(0)
    const hash = (await run(patch, { 'dry-run': 'true' })).outputs['content-hash']
    const bad = nextKey(prefixOf('video', hash), undefined)
    expect(results.cacheEntries.some(entry => entry.key === bad && entry.finalized)).toBe(true)
    await results.corruptCacheEntry(bad)
    const before = sim.exports.length
    const runs: RunResult[] = []
    for (let n = 0; n < 5; n++) runs.push(await run(patch, {}, { asRunner: true }))
    expect(runs.map(r => r.code)).toEqual([0, 0, 0, 0, 0])
    expect(runs.map(r => r.outputs['cache-hit'])).toEqual(['false', 'true', 'true', 'true', 'true'])
    expect(sim.exports.length - before).toBe(1)
    expect(cacheLines(runs[0])).toEqual([
      expect.stringContaining(`${bad} cannot be used (its archive cannot be restored)`)
    ])
    expect(runs.slice(1).flatMap(cacheLines)).toEqual([])
    process.stderr.write(
      `exports, a corrupt entry then five runs: ${sim.exports.length - before}\n`
    )
  })

  it('never delivers a forged entry: a 720 video under the 1080 content key is a miss', async () => {
    const patch = PATCH.replace('live.', 'live, forged.')
    const at720 = await run(patch, { resolution: '720' }, { asRunner: true })
    expect(at720.code).toBe(0)
    const hash1080 = (await run(patch, { 'dry-run': 'true' })).outputs['content-hash']
    expect(hash1080).not.toBe(at720.outputs['content-hash'])
    const forged = await plantVideo(
      hash1080,
      path.join(at720.workspace, at720.outputs['video-path']),
      {
        contentHash: at720.outputs['content-hash'],
        projectId: at720.outputs['project-id'],
        resolution: '720'
      }
    )
    const before = sim.exports.length
    const at1080 = await run(patch, {}, { asRunner: true })
    expect(at1080.code).toBe(0)
    expect(at1080.outputs['cache-hit']).toBe('false')
    // The video delivered is the new render's, not the forged entry's.
    expect(at1080.outputs['project-id']).not.toBe(at720.outputs['project-id'])
    expect(sim.exports.length - before).toBe(1)
    expect(cacheLines(at1080)).toEqual([
      expect.stringContaining(`${forged} cannot be used (it was saved for content`)
    ])
    process.stderr.write(`exports, a forged entry: ${sim.exports.length - before}\n`)
  })

  /** Saves `video` under the first key of `hash` with the real client, as a job on a runner would. */
  async function plantVideo(
    hash: string,
    video: string,
    meta: Record<string, string>
  ): Promise<string> {
    const workspace = await newWorkspace()
    const bytes = await readFile(video)
    const cwd = process.cwd()
    const restore = useEnv(
      runnerEnv({
        results,
        workspace,
        runnerTemp,
        base: { PATH: process.env.PATH, HOME: process.env.HOME }
      })
    )
    process.chdir(workspace)
    try {
      const place = placeOf('video', hash, { workspace, cwd: workspace, tempDir: runnerTemp })
      await mkdir(place.dir, { recursive: true })
      await writeFile(path.join(place.dir, 'video.mp4'), bytes)
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      await writeFile(
        path.join(place.dir, 'meta.json'),
        JSON.stringify({ ...meta, sha256, size: bytes.length, savedAt: new Date().toISOString() })
      )
      const key = nextKey(prefixOf('video', hash), undefined)
      expect(await actionsCache.saveCache([place.cachePath], key, undefined, true)).toBeGreaterThan(
        0
      )
      return key
    } finally {
      process.chdir(cwd)
      restore()
    }
  }

  it('renders again when a pronunciation is edited in the editor, with no patch', async () => {
    const before = sim.exports.length
    const project = sim.projects.get(SAMPLE_PROJECT_ID) as { dictionary?: Record<string, string> }
    project.dictionary = { SQL: 'sequel' }
    expect((await run(undefined)).code).toBe(0)
    expect((await run(undefined)).outputs['cache-hit']).toBe('true')
    project.dictionary = { SQL: 'ess queue ell' }
    const edited = await run(undefined)
    expect(edited.outputs['cache-hit']).toBe('false')
    expect(sim.exports.length - before).toBe(2)
    process.stderr.write(`exports, a dictionary edit: ${sim.exports.length - before}\n`)
  })

  it('keeps a 1.5-minute run off its deadline when the cache service answers HTML to every call', async () => {
    const targets = [
      'GetCacheEntryDownloadURL',
      'CreateCacheEntry',
      'FinalizeCacheEntryUpload',
      'blob'
    ]
    for (const rpc of targets)
      results.inject({ rpc, kind: 'html', times: Number.POSITIVE_INFINITY })
    try {
      const started = Date.now()
      const result = await run(PATCH.replace('live.', 'live, behind a proxy.'), {
        'timeout-minutes': '1.5'
      })
      expect(result.code).toBe(0)
      expect(Date.now() - started).toBeLessThan(45_000)
      expect(cacheLines(result)).toEqual([expect.stringContaining('no answer within 10 s')])
    } finally {
      for (const rpc of targets) results.clearFaults(rpc)
    }
  })
})
