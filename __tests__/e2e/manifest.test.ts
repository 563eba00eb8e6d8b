import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  CONVERSATION_PROJECT_ID,
  LEGACY_PROJECT_ID,
  SAMPLE_PROJECT_ID,
  startAiStudiosSim
} from '../../sim/aistudios/server.js'
import { startReleasesApi } from '../../sim/github/releases.js'
import { startResultsService } from '../../sim/github/results.js'
import { simulatedClock, type SimulatedClock } from '../../sim/clock.js'
import { errorAnnotations, newWorkspace, runAction, runInProcess, visibleLog } from './harness.js'

type Sim = Awaited<ReturnType<typeof startAiStudiosSim>>
let sim: Sim | undefined

afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const MANIFEST = [
  'videos:',
  `  tour: { project-id: ${SAMPLE_PROJECT_ID} }`,
  `  legacy: { project-id: ${LEGACY_PROJECT_ID} }`,
  `  talk: { project-id: ${CONVERSATION_PROJECT_ID} }`
].join('\n')

/**
 * A simulator and a manifest; with `clock`, on simulated time (pass it to runInProcess). Tests of concurrency
 * and spawned runs keep the wall clock: one video's sleep must not move time while another's request flies.
 */
async function setUp(
  renderMs: number,
  inputs: Record<string, string> = {},
  clock?: SimulatedClock
) {
  sim = await startAiStudiosSim({ renderMs, clock })
  const workspace = await newWorkspace()
  await writeFile(path.join(workspace, 'videos.yaml'), MANIFEST)
  return {
    sim,
    clock,
    workspace,
    inputs: {
      manifest: 'videos.yaml',
      'api-key': 'sim-api-key',
      'api-url': sim.apiUrl,
      upload: 'none',
      ...inputs
    }
  }
}

describe('a manifest run', () => {
  it('delivers the videos whose render succeeded, fails the one that did not, and exits 1', async () => {
    const { sim, clock, workspace, inputs } = await setUp(300, {}, simulatedClock())
    sim.failRender(LEGACY_PROJECT_ID, { msg: 'avatar model unavailable' })
    const result = await runInProcess({ clock, workspace, inputs })
    expect(result.code).toBe(1)
    expect(sim.exports).toHaveLength(3)
    for (const name of ['tour', 'talk'])
      expect(existsSync(path.join(workspace, `videos/${name}.mp4`))).toBe(true)
    expect(existsSync(path.join(workspace, 'videos/legacy.mp4'))).toBe(false)
    const videos = JSON.parse(result.outputs.videos) as Record<string, Record<string, unknown>>
    expect(Object.keys(videos)).toEqual(['tour', 'legacy', 'talk'])
    expect(videos.tour).toMatchObject({ 'project-id': SAMPLE_PROJECT_ID, error: '' })
    expect(videos.legacy.error).toContain('avatar model unavailable')
    expect(JSON.parse(result.outputs.matrix)).toEqual({
      include: [{ shard: '1/1' }]
    })
    const [videosTable, failures] = result.summary.split('<h3>Failed videos</h3>')
    const rows = videosTable.match(/<tr><td><code>[a-z]+<\/code><\/td><td>[a-z]+/g) ?? []
    expect(rows).toEqual([
      '<tr><td><code>tour</code></td><td>delivered',
      '<tr><td><code>legacy</code></td><td>failed',
      '<tr><td><code>talk</code></td><td>delivered'
    ])
    expect(failures.match(/<tr><td><code>[a-z]+/g)).toEqual(['<tr><td><code>legacy'])
    expect(failures).toContain('avatar model unavailable')
    expect(errorAnnotations(result)).toEqual([expect.stringContaining('legacy: ')])
    // Every line of a video's story names the video.
    const log = visibleLog(result)
    expect(log).toMatch(/^\[tour\] Export started/m)
    expect(log).toMatch(/^\[talk\] .*Downloading the video/m)
  })

  it('keeps at most max-parallel renders in flight at the simulator', async () => {
    const { sim, workspace, inputs } = await setUp(600, { 'max-parallel': '2' })
    const result = await runInProcess({ workspace, inputs })
    expect(result.code).toBe(0)
    expect(sim.exports).toHaveLength(3)
    expect(sim.rendersInFlight().max).toBe(2)
  })

  it('renders only the videos `only` names', async () => {
    const { sim, clock, workspace, inputs } = await setUp(100, { only: 'talk' }, simulatedClock())
    const result = await runInProcess({ clock, workspace, inputs })
    expect(result.code).toBe(0)
    expect(sim.exports.map(record => record.projectId)).toEqual([CONVERSATION_PROJECT_ID])
    // One video selected: the single-video outputs too.
    expect(result.outputs).toMatchObject({
      'project-id': CONVERSATION_PROJECT_ID,
      'video-path': 'videos/talk.mp4'
    })
  })

  it('exports nothing when more videos need an export than max-exports', async () => {
    const { sim, clock, workspace, inputs } = await setUp(
      100,
      { 'max-exports': '2' },
      simulatedClock()
    )
    const result = await runInProcess({ clock, workspace, inputs })
    expect(result.code).toBe(1)
    expect(sim.exports).toHaveLength(0)
    expect(errorAnnotations(result).join('\n')).toContain('set `max-exports: 3`')
  })

  it('refuses a manifest with an unknown key at its line, before any export', async () => {
    const { sim, workspace, inputs } = await setUp(100)
    await writeFile(path.join(workspace, 'videos.yaml'), `${MANIFEST}\n  extra: { projectid: x }`)
    const result = await runInProcess({ workspace, inputs })
    expect(result.code).toBe(1)
    expect(sim.exports).toHaveLength(0)
    expect(errorAnnotations(result)).toEqual([
      expect.stringMatching(
        /file=videos\.yaml,line=5,col=12::.*videos\.extra\.projectid: unknown key/
      )
    ])
  })

  it('checks every video before any export: each failure located, the others skipped, nothing exported', async () => {
    const { sim, workspace, inputs } = await setUp(100)
    await writeFile(
      path.join(workspace, 'tour.yaml'),
      'scenes:\n  - scene: 1\n    script: "{{ greeting }}, and welcome."\n'
    )
    await writeFile(
      path.join(workspace, 'videos.yaml'),
      [
        'videos:',
        `  tour-en: { project-id: ${SAMPLE_PROJECT_ID}, patch: tour.yaml, vars: { greeting: Hello } }`,
        `  tour-ko: { project-id: ${SAMPLE_PROJECT_ID}, patch: tour.yaml }`,
        `  legacy: { project-id: ${LEGACY_PROJECT_ID} }`,
        '  ghost: { project-id: 0123456789abcdef01234567 }'
      ].join('\n')
    )
    const result = await runInProcess({ workspace, inputs })
    expect(result.code).toBe(1)
    // legacy and tour-en are fine, but a run that cannot make every video spends nothing.
    expect(sim.exports).toHaveLength(0)
    const errors = errorAnnotations(result)
    expect(errors).toEqual([
      expect.stringMatching(/file=tour\.yaml,line=3,col=\d+::tour-ko: .*greeting/),
      expect.stringMatching(
        /file=videos\.yaml,line=5,col=3::ghost: videos\.yaml line 5, column 3: .*not found/
      )
    ])
    const statuses = result.summary.match(/<tr><td><code>[a-z-]+<\/code><\/td><td>[a-z]+/g)
    expect(statuses?.slice(0, 4)).toEqual([
      '<tr><td><code>tour-en</code></td><td>skipped',
      '<tr><td><code>tour-ko</code></td><td>failed',
      '<tr><td><code>legacy</code></td><td>skipped',
      '<tr><td><code>ghost</code></td><td>failed'
    ])
    expect(visibleLog(result)).toContain('Nothing was exported: the checks of 2 of 4 videos failed')
  })

  it.each(['true', 'false'])(
    'refuses two videos of the same content at the second one, before any export (cache: %s)',
    async cache => {
      const { sim, clock, workspace, inputs } = await setUp(100, { cache }, simulatedClock())
      await writeFile(
        path.join(workspace, 'videos.yaml'),
        [
          'videos:',
          `  tour: { project-id: ${SAMPLE_PROJECT_ID} }`,
          `  tour-again: { project-id: ${SAMPLE_PROJECT_ID}, output-path: videos/again.mp4 }`,
          `  legacy: { project-id: ${LEGACY_PROJECT_ID} }`
        ].join('\n')
      )
      const result = await runInProcess({ workspace, inputs, clock })
      expect(result.code).toBe(1)
      expect(sim.exports).toHaveLength(0)
      expect(errorAnnotations(result)).toEqual([
        expect.stringMatching(
          /file=videos\.yaml,line=3,col=\d+::tour-again: .*same content as `tour`.*paid for twice/
        )
      ])
    }
  )

  it('delivers one raw MP4 artifact per video, named after it, and release assets by asset-name', async () => {
    const { sim, clock, workspace, inputs } = await setUp(100, {}, simulatedClock())
    const results = await startResultsService({ blob: 'memory' })
    const releases = await startReleasesApi({ token: 'ghs_test', repo: 'o/r' })
    releases.addRelease({ tag: 'v1.0.0' })
    try {
      await writeFile(
        path.join(workspace, 'videos.yaml'),
        [
          'videos:',
          `  tour: { project-id: ${SAMPLE_PROJECT_ID}, asset-name: product-tour-en.mp4 }`,
          `  talk: { project-id: ${CONVERSATION_PROJECT_ID} }`
        ].join('\n')
      )
      const result = await runInProcess({
        clock,
        workspace,
        githubToken: 'ghs_test',
        inputs: { ...inputs, upload: 'artifact,release', 'release-tag': 'v1.0.0', cache: 'false' },
        runner: { results, releases }
      })
      expect({ code: result.code, log: result.code === 0 ? '' : visibleLog(result) }).toEqual({
        code: 0,
        log: ''
      })
      expect(sim.exports).toHaveLength(2)
      expect(results.artifacts.map(artifact => artifact.name).sort()).toEqual([
        'talk.mp4',
        'tour.mp4'
      ])
      const [release] = releases.state.releases
      expect(release.assets.map(asset => asset.name).sort()).toEqual([
        'product-tour-en.mp4',
        'talk.mp4'
      ])
      const videos = JSON.parse(result.outputs.videos) as Record<string, Record<string, string>>
      expect(videos.tour['asset-url']).toMatch(
        /\/releases\/download\/v1\.0\.0\/product-tour-en\.mp4$/
      )
      expect(videos.talk['artifact-url']).toMatch(/\/artifacts\/\d+$/)
    } finally {
      await results.close()
      await releases.close()
    }
  })

  it('refuses a manifest given with project-id', async () => {
    const { workspace, inputs } = await setUp(100, { 'project-id': SAMPLE_PROJECT_ID })
    const result = await runInProcess({ workspace, inputs })
    expect(result.code).toBe(1)
    expect(visibleLog(result)).toContain('Input `manifest` is set together with `project-id`')
  })
})

describe('a manifest across runs, with the Actions cache', () => {
  // In process (runInProcess gives the cache client the run's process.env), on simulated time. One runner:
  // RUNNER_TEMP stays from job to job.
  it('exports nothing the second time, counts max-exports after cache hits, and a dry run names what needs a render', async () => {
    const { sim, clock, inputs } = await setUp(300, {}, simulatedClock())
    const results = await startResultsService({ blob: 'memory' })
    const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'aistudios-fleet-runner-'))
    const run = async (manifest: string, extra: Record<string, string> = {}) => {
      const workspace = await newWorkspace()
      await writeFile(path.join(workspace, 'videos.yaml'), manifest)
      const result = await runInProcess({
        clock,
        workspace,
        inputs: { ...inputs, ...extra },
        env: { RUNNER_TEMP: runnerTemp },
        runner: { results }
      })
      const videos = JSON.parse(result.outputs.videos ?? '{}') as Record<
        string,
        { 'cache-hit': boolean; 'content-hash': string }
      >
      return { result, videos }
    }
    try {
      const first = await run(MANIFEST)
      expect(first.result.code).toBe(0)
      expect(sim.exports).toHaveLength(3)
      for (const video of Object.values(first.videos)) {
        expect(video['cache-hit']).toBe(false)
        expect(video['content-hash']).toMatch(/^v2-[0-9a-f]{64}$/)
      }

      const again = await run(MANIFEST)
      expect(again.result.code).toBe(0)
      expect(sim.exports).toHaveLength(3)
      expect(Object.keys(again.videos)).toEqual(['tour', 'legacy', 'talk'])
      for (const [name, video] of Object.entries(again.videos))
        expect(video).toEqual({
          ...first.videos[name],
          'cache-hit': true,
          status: 'cached',
          // A cache hit asks AI Studios for the download URL afresh, and spends nothing.
          'download-url': expect.any(String),
          exports: 0,
          'rendered-seconds': 0
        })

      // One video changes: only it needs a render, so max-exports 1 is enough for three videos.
      const changed = MANIFEST.replace(
        `talk: { project-id: ${CONVERSATION_PROJECT_ID} }`,
        `talk: { project-id: ${CONVERSATION_PROJECT_ID}, resolution: '720' }`
      )
      const dry = await run(changed, { 'dry-run': 'true' })
      expect(dry.result.code).toBe(0)
      expect(sim.exports).toHaveLength(3)
      expect(visibleLog(dry.result)).toContain('Dry run: 1 of 3 videos would need a render: talk.')
      expect(JSON.parse(dry.result.outputs.matrix)).toEqual({
        include: [{ shard: '1/1' }]
      })
      expect(Object.values(dry.videos).map(video => video['cache-hit'])).toEqual([
        true,
        true,
        false
      ])

      const once = await run(changed, { 'max-exports': '1' })
      expect(once.result.code).toBe(0)
      expect(sim.exports).toHaveLength(4)
      expect(sim.exports.at(-1)?.projectId).toBe(CONVERSATION_PROJECT_ID)
      expect(once.videos.talk['cache-hit']).toBe(false)
    } finally {
      await results.close()
    }
  }, 60_000)
})

describe('wall time', () => {
  const RENDER_MS = 4000
  const wall = new Map<number, number>()

  it.each([1, 3])(
    'of three 4 s renders at max-parallel %i',
    async maxParallel => {
      const { sim, workspace, inputs } = await setUp(RENDER_MS, {
        'max-parallel': String(maxParallel)
      })
      const result = await runAction({ workspace, inputs })
      expect(result.code).toBe(0)
      expect(sim.rendersInFlight().max).toBe(maxParallel)
      wall.set(maxParallel, result.durationMs)
      process.stdout.write(
        `wall time, three ${RENDER_MS} ms renders, max-parallel ${maxParallel}: ${result.durationMs} ms; most in flight ${sim.rendersInFlight().max}\n`
      )
      // Wide bounds: one after the other is at least the sum; side by side is well under it.
      if (maxParallel === 1) expect(result.durationMs).toBeGreaterThanOrEqual(3 * RENDER_MS)
      else expect(result.durationMs).toBeLessThan(2.5 * RENDER_MS)
    },
    60_000
  )
})
