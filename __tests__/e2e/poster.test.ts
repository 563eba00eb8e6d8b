// The poster frame, in process on simulated time, with a stand-in ffmpeg first on PATH (CI has none): made,
// refused, skipped, clamped, delivered beside the video to an artifact and a release, and kept in the cache.
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { simulatedClock } from '../../sim/clock.js'
import { startReleasesApi } from '../../sim/github/releases.js'
import { startResultsService } from '../../sim/github/results.js'
import { fakeFfmpeg, pathWithoutFfmpeg } from '../helpers/fake-ffmpeg.js'
import {
  errorAnnotations,
  runInProcess,
  sha256File,
  visibleLog,
  type RunResult
} from './harness.js'

type Sim = Awaited<ReturnType<typeof startAiStudiosSim>>

const clock = simulatedClock()
const closers: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

async function aiStudios(): Promise<Sim> {
  const sim = await startAiStudiosSim({ renderMs: 1500, clock })
  closers.push(() => sim.close())
  return sim
}

function render(
  sim: Sim,
  PATH: string,
  inputs: Record<string, string> = {},
  more: Partial<Parameters<typeof runInProcess>[0]> = {}
): Promise<RunResult> {
  return runInProcess({
    clock,
    inputs: {
      'project-id': SAMPLE_PROJECT_ID,
      'api-key': 'sim-api-key',
      'api-url': sim.apiUrl,
      upload: 'none',
      ...inputs
    },
    ...more,
    env: { PATH, ...more.env }
  })
}

const posterLines = (result: RunResult): string[] =>
  visibleLog(result)
    .split('\n')
    .filter(line => /poster/i.test(line))

async function isJpeg(file: string): Promise<boolean> {
  const bytes = await readFile(file)
  return (
    bytes.subarray(0, 2).toString('hex') === 'ffd8' && bytes.subarray(-2).toString('hex') === 'ffd9'
  )
}

describe('the poster frame', () => {
  it('auto with ffmpeg on PATH: one frame at poster-time from the verified video, beside it', async () => {
    const sim = await aiStudios()
    const ffmpeg = await fakeFfmpeg()
    const result = await render(sim, ffmpeg.path)
    expect(result.code).toBe(0)
    expect(result.outputs['poster-path']).toBe('videos/product-tour.mp4.jpg')
    expect(result.outputs['poster-url']).toBe('')
    expect(await isJpeg(path.join(result.workspace, result.outputs['poster-path']))).toBe(true)
    const [args, ...more] = await ffmpeg.calls()
    expect(more).toEqual([])
    expect(args.slice(args.indexOf('-ss'), args.indexOf('-ss') + 4)).toEqual([
      '-ss',
      '1.000',
      '-i',
      path.join(result.workspace, 'videos/product-tour.mp4')
    ])
    expect(args.at(-1)).toBe(path.join(result.workspace, 'videos/product-tour.mp4.jpg.part'))
    expect(existsSync(path.join(result.workspace, 'videos/product-tour.mp4.jpg.part'))).toBe(false)
  })

  it('auto without ffmpeg: one notice, no poster, the video delivered', async () => {
    const sim = await aiStudios()
    const result = await render(sim, await pathWithoutFfmpeg())
    expect({ code: result.code, log: result.code === 0 ? '' : visibleLog(result) }).toEqual({
      code: 0,
      log: ''
    })
    expect(result.outputs['video-path']).toBe('videos/product-tour.mp4')
    expect(result.outputs['poster-path']).toBe('')
    expect(posterLines(result)).toEqual([
      '::notice title=aistudios-render::Poster: no ffmpeg on PATH, so no poster frame (poster: auto); docs/poster.md says how to install it.'
    ])
    expect(existsSync(path.join(result.workspace, 'videos/product-tour.mp4.jpg'))).toBe(false)
  })

  it('true without ffmpeg: fails before the export, naming the input', async () => {
    const sim = await aiStudios()
    const result = await render(sim, await pathWithoutFfmpeg(), { poster: 'true' })
    expect(result.code).toBe(1)
    expect(sim.exports).toHaveLength(0)
    expect(errorAnnotations(result)).toEqual([
      expect.stringContaining('`poster` is true, but there is no ffmpeg on PATH')
    ])
  })

  it('false: no poster and no ffmpeg call, even with one on PATH', async () => {
    const sim = await aiStudios()
    const ffmpeg = await fakeFfmpeg()
    const result = await render(sim, ffmpeg.path, { poster: 'false' })
    expect(result.code).toBe(0)
    expect(result.outputs['poster-path']).toBe('')
    expect(await ffmpeg.calls()).toEqual([])
  })

  it("a failing ffmpeg under auto: one notice with ffmpeg's reason, the video still delivered", async () => {
    const sim = await aiStudios()
    const ffmpeg = await fakeFfmpeg('fails')
    const result = await render(sim, ffmpeg.path)
    expect(result.code).toBe(0)
    expect(result.outputs['video-sha256']).toMatch(/^[0-9a-f]{64}$/)
    expect(result.outputs['poster-path']).toBe('')
    expect(posterLines(result)).toEqual([
      expect.stringMatching(
        /^::notice title=aistudios-render::Poster: ffmpeg could not make the poster frame \(.*Invalid data found when processing input\); delivering the video without it\.$/
      )
    ])
    expect(await ffmpeg.calls()).toHaveLength(1)
    expect(errorAnnotations(result)).toEqual([])
  })

  it('a failing ffmpeg with true: fails after the export, naming the render to resume', async () => {
    const sim = await aiStudios()
    const ffmpeg = await fakeFfmpeg('fails')
    const result = await render(sim, ffmpeg.path, { poster: 'true' })
    expect(result.code).toBe(1)
    expect(sim.exports).toHaveLength(1)
    const [error] = errorAnnotations(result)
    expect(error).toContain('ffmpeg could not make the poster frame (poster: true)')
    expect(error).toContain(`resume-project-id: ${result.outputs['project-id']}`)
  })

  it('clamps poster-time to the video: 30 s of a 3 s video is half a second before its end', async () => {
    const sim = await aiStudios()
    const ffmpeg = await fakeFfmpeg()
    const result = await render(sim, ffmpeg.path, { 'poster-time': '30' })
    expect(result.code).toBe(0)
    expect(result.outputs['video-duration']).toBe('3.000')
    const [args] = await ffmpeg.calls()
    expect(args[args.indexOf('-ss') + 1]).toBe('2.500')
  })

  it('refuses a poster-time that is not a positive number, before anything', async () => {
    const sim = await aiStudios()
    const result = await render(sim, await pathWithoutFfmpeg(), { 'poster-time': '-1' })
    expect(result.code).toBe(1)
    expect(sim.requests).toHaveLength(0)
    expect(errorAnnotations(result).join('\n')).toContain('poster-time')
  })

  it('delivers the poster as a second raw artifact (real @actions/artifact, Azurite)', async () => {
    const sim = await aiStudios()
    const ffmpeg = await fakeFfmpeg()
    const results = await startResultsService({ blob: 'azurite' })
    closers.push(() => results.close())
    const result = await render(sim, ffmpeg.path, { upload: 'artifact' }, { runner: { results } })
    expect({ code: result.code, log: result.code === 0 ? '' : visibleLog(result) }).toEqual({
      code: 0,
      log: ''
    })
    expect(results.artifacts.map(artifact => artifact.name).sort()).toEqual([
      'product-tour.mp4',
      'product-tour.mp4.jpg'
    ])
    const poster = path.join(result.workspace, result.outputs['poster-path'])
    expect(await results.readArtifactBytes('product-tour.mp4.jpg')).toEqual(await readFile(poster))
    expect(result.outputs['poster-url']).toMatch(/\/actions\/runs\/4242\/artifacts\/\d+$/)
    expect(result.outputs['poster-url']).not.toBe(result.outputs['artifact-url'])
    expect(result.summary).toContain(
      `<a href="${result.outputs['poster-url']}">poster (artifact)</a>`
    )
  })

  it('delivers the poster as a second release asset (image/jpeg); poster-url is its download URL', async () => {
    const sim = await aiStudios()
    const ffmpeg = await fakeFfmpeg()
    const releases = await startReleasesApi({ token: 'ghs_test', repo: 'o/r' })
    closers.push(() => releases.close())
    releases.addRelease({ tag: 'v1.0.0' })
    const result = await render(
      sim,
      ffmpeg.path,
      { upload: 'release', 'release-tag': 'v1.0.0', 'asset-name': 'tour.mp4' },
      { githubToken: 'ghs_test', runner: { releases } }
    )
    expect({ code: result.code, log: result.code === 0 ? '' : visibleLog(result) }).toEqual({
      code: 0,
      log: ''
    })
    const [release] = releases.state.releases
    const poster = release.assets.find(asset => asset.name === 'tour.mp4.jpg')
    expect(release.assets.map(asset => asset.name).sort()).toEqual(['tour.mp4', 'tour.mp4.jpg'])
    expect(poster?.contentType).toBe('image/jpeg')
    expect(poster?.bytes).toEqual(
      await readFile(path.join(result.workspace, result.outputs['poster-path']))
    )
    expect(result.outputs['poster-url']).toMatch(
      /\/o\/r\/releases\/download\/v1\.0\.0\/tour\.mp4\.jpg$/
    )
  })

  it('a cache hit has the poster of the run that rendered, with no ffmpeg run', async () => {
    const sim = await aiStudios()
    const results = await startResultsService({ blob: 'memory' })
    closers.push(() => results.close())
    // One runner: the cached paths live in its RUNNER_TEMP, the same from run to run.
    const runner = { results }
    const env = { RUNNER_TEMP: await mkdtemp(path.join(os.tmpdir(), 'poster-runner-')) }
    const works = await fakeFfmpeg()
    const first = await render(sim, works.path, {}, { runner, env })
    expect(first.code).toBe(0)
    expect(first.outputs['poster-path']).toBe('videos/product-tour.mp4.jpg')
    const made = await sha256File(path.join(first.workspace, first.outputs['poster-path']))

    // Had the next run needed ffmpeg, it would have failed (poster: true).
    const fails = await fakeFfmpeg('fails')
    const hit = await render(sim, fails.path, { poster: 'true' }, { runner, env })
    expect({ code: hit.code, log: hit.code === 0 ? '' : visibleLog(hit) }).toEqual({
      code: 0,
      log: ''
    })
    expect(hit.outputs['cache-hit']).toBe('true')
    expect(sim.exports).toHaveLength(1)
    expect(await fails.calls()).toEqual([])
    expect(hit.outputs['poster-path']).toBe('videos/product-tour.mp4.jpg')
    expect(await sha256File(path.join(hit.workspace, hit.outputs['poster-path']))).toBe(made)

    // Another poster-time is another poster: made anew from the cached video.
    const other = await render(sim, works.path, { 'poster-time': '2' }, { runner, env })
    expect(other.outputs['cache-hit']).toBe('true')
    const [, again] = await works.calls()
    expect(again[again.indexOf('-ss') + 1]).toBe('2.000')
  })
})
