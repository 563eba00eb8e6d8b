// The fake cache service v2 with the real @actions/cache client, and the VideoCache room on top of it.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import * as cache from '@actions/cache'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { CancelledError, DeadlineError } from '../../src/shared/deadline.js'
import { VideoCache, keyOf } from '../../src/cache/video-cache.js'
import type { Reporter } from '../../src/shared/reporter.js'
import { runnerEnv } from '../../sim/github/env.js'
import { startResultsService } from '../../sim/github/results.js'

type Results = Awaited<ReturnType<typeof startResultsService>>

const HASH = `v1-${'ab'.repeat(32)}`

function recorder(): Reporter & { warnings: string[]; lines: string[] } {
  const warnings: string[] = []
  const lines: string[] = []
  return {
    warnings,
    lines,
    log: line => void lines.push(line),
    warn: line => void warnings.push(line),
    group: (_name, work) => work()
  }
}

describe.each(['memory', 'azurite'] as const)('cache service v2 with %s blobs', blob => {
  let results: Results
  let temp: string
  let saved: NodeJS.ProcessEnv
  const realWrite = process.stdout.write.bind(process.stdout)

  beforeAll(async () => {
    results = await startResultsService({ blob })
  })
  afterAll(() => results.close())

  beforeEach(async () => {
    temp = await fs.mkdtemp(path.join(os.tmpdir(), 'cache-sim-'))
    saved = process.env
    // @actions/cache reads its configuration from process.env at each call.
    process.env = runnerEnv({
      results,
      workspace: path.join(temp, 'ws'),
      runnerTemp: path.join(temp, 'tmp'),
      base: { PATH: saved.PATH, HOME: saved.HOME }
    })
    await fs.mkdir(path.join(temp, 'ws'), { recursive: true })
    // @actions/core prints workflow commands on stdout; keep the test log readable.
    if (!process.env.SHOW) process.stdout.write = (() => true) as typeof process.stdout.write
  })
  afterEach(async () => {
    process.stdout.write = realWrite
    process.env = saved
    await fs.rm(temp, { recursive: true, force: true })
  })

  async function stageFile(dir: string, name: string, content: string): Promise<string> {
    await fs.rm(dir, { recursive: true, force: true })
    await fs.mkdir(dir, { recursive: true })
    await fs.writeFile(path.join(dir, name), content)
    return dir
  }

  it('saves and restores with the real client; keys are immutable; restore keys match by prefix, newest first', async () => {
    const dir = path.join(temp, 'tmp', 'c')
    const key = `k-${blob}-1`
    await stageFile(dir, 'a.txt', 'first')
    expect(await cache.saveCache([dir], key)).toBeGreaterThan(0)
    // A second save of the same key and version is refused (409) and reported as -1.
    expect(await cache.saveCache([dir], key)).toBe(-1)
    await stageFile(dir, 'a.txt', 'second')
    expect(await cache.saveCache([dir], `k-${blob}-2`)).toBeGreaterThan(0)

    await fs.rm(dir, { recursive: true })
    expect(await cache.restoreCache([dir], key)).toBe(key)
    expect(await fs.readFile(path.join(dir, 'a.txt'), 'utf8')).toBe('first')
    expect(await cache.restoreCache([dir], `k-${blob}-none`, [`k-${blob}-`])).toBe(`k-${blob}-2`)
    expect(await fs.readFile(path.join(dir, 'a.txt'), 'utf8')).toBe('second')
    // The paths are part of the version: other paths never match.
    expect(await cache.restoreCache([path.join(temp, 'tmp', 'other')], key)).toBeUndefined()

    const before = results.requests.length
    expect(await cache.restoreCache([dir], key, [], { lookupOnly: true })).toBe(key)
    expect(results.requests.slice(before).map(r => r.target)).toEqual(['GetCacheEntryDownloadURL'])
  })

  it('stores the video and the render per content hash and checks the video against its SHA-256', async () => {
    const reporter = recorder()
    const room = await VideoCache.open({ reporter, tempDir: path.join(temp, 'tmp') })
    const hash = `${HASH}-${blob}`
    expect(await room.lookupVideo(hash)).toBeUndefined()
    expect(await room.lookupOnly(hash)).toBe(false)
    expect(await room.lookupRender(hash)).toBeUndefined()

    await room.saveRender(hash, 'proj-rendered')
    expect(await room.lookupRender(hash)).toBe('proj-rendered')

    const bytes = Buffer.from('not really an mp4 but bytes all the same')
    const mp4 = path.join(temp, 'out.mp4')
    await fs.writeFile(mp4, bytes)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    await room.saveVideo(
      hash,
      { path: mp4, size: bytes.length, sha256 },
      { projectId: 'proj-rendered', resolution: '1080', downloadUrl: 'https://cdn.example/v.mp4' }
    )
    expect(await room.lookupOnly(hash)).toBe(true)
    const hit = await room.lookupVideo(hash)
    expect(hit?.meta).toMatchObject({
      sha256,
      size: bytes.length,
      projectId: 'proj-rendered',
      resolution: '1080'
    })
    expect(await fs.readFile(hit?.video.path ?? '')).toEqual(bytes)
    expect(reporter.warnings).toEqual([])
  })

  it('refuses a cached video whose bytes do not match its metadata', async () => {
    const reporter = recorder()
    const tempDir = path.join(temp, 'tmp')
    const hash = `${HASH}-${blob}-bad`
    const dir = await stageFile(
      path.join(tempDir, 'aistudios-render-cache', 'video', hash),
      'video.mp4',
      'tampered'
    )
    const meta = {
      sha256: 'c'.repeat(64),
      size: 8,
      projectId: 'p',
      resolution: '1080',
      savedAt: 'x'
    }
    await fs.writeFile(path.join(dir, 'meta.json'), JSON.stringify(meta))
    expect(await cache.saveCache([dir], keyOf('video', hash))).toBeGreaterThan(0)

    expect(await (await VideoCache.open({ reporter, tempDir })).lookupVideo(hash)).toBeUndefined()
    expect(reporter.warnings).toEqual([expect.stringContaining('does not match its SHA-256')])
  })

  it('goes on without the cache when the service refuses, and when it is not there at all', async () => {
    results.inject({ rpc: 'CreateCacheEntry', kind: 'status', status: 403, msg: 'quota' })
    const reporter = recorder()
    const room = await VideoCache.open({ reporter, tempDir: path.join(temp, 'tmp') })
    await expect(room.saveRender(`${HASH}-refused`, 'p')).resolves.toBeUndefined()
    expect(reporter.warnings).toEqual([expect.stringContaining('did not save the render entry')])
    // Off for the rest of the run: nothing more reaches the service.
    const before = results.requests.length
    expect(await room.lookupRender(`${HASH}-refused`)).toBeUndefined()
    expect(results.requests.length).toBe(before)
    expect(reporter.warnings).toHaveLength(1)

    const none = recorder()
    const off = await VideoCache.open({ reporter: none, tempDir: path.join(temp, 'tmp'), env: {} })
    expect(off.enabled).toBe(false)
    expect(await off.lookupVideo(HASH)).toBeUndefined()
    await off.saveRender(HASH, 'p')
    expect(none.warnings).toEqual([
      expect.stringContaining('ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN unset')
    ])
  })

  it.each([
    ['the deadline', new DeadlineError('The deadline (`timeout-minutes`) passed.'), /deadline/],
    ['a cancel', new CancelledError('The job was cancelled (SIGINT).'), /cancelled \(SIGINT\)/]
  ])('abandons a stalled blob upload at %s, with one warning', async (_, reason, said) => {
    results.inject({ rpc: 'blob', kind: 'hang' })
    // The abandoned upload still reads its archive in RUNNER_TEMP: keep that beyond this test's clean-up.
    process.env.RUNNER_TEMP = await fs.mkdtemp(path.join(os.tmpdir(), 'cache-stalled-'))
    const run = new AbortController()
    // Stopped when the service holds the stalled upload, not on a timer.
    const onRequest = (request: { target: string }): void => {
      if (request.target === 'blob') run.abort(reason)
    }
    results.on('request', onRequest)
    const reporter = recorder()
    const room = await VideoCache.open({
      reporter,
      tempDir: path.join(temp, 'tmp'),
      signal: run.signal
    })
    const started = Date.now()
    await expect(room.saveRender(`${HASH}-${blob}-stalled`, 'p')).resolves.toBeUndefined()
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(reporter.warnings).toEqual([expect.stringMatching(/^Cache: could not save the render/)])
    expect(reporter.warnings[0]).toMatch(said)
    // Off from then on: nothing waits on the cache again.
    await expect(room.lookupRender(`${HASH}-${blob}-stalled`)).resolves.toBeUndefined()
    expect(reporter.warnings).toHaveLength(1)
  })
})
