// The fake cache service v2 with the real @actions/cache client, and the VideoCache room on top of it.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import * as cache from '@actions/cache'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { CancelledError, DeadlineError } from '../../src/shared/deadline.js'
import { nextKey, placeOf, prefixOf } from '../../src/cache/entries.js'
import { VideoCache } from '../../src/cache/video-cache.js'
import type { Reporter } from '../../src/shared/reporter.js'
import { runnerEnv } from '../../sim/github/env.js'
import { startResultsService } from '../../sim/github/results.js'

type Results = Awaited<ReturnType<typeof startResultsService>>

const HASH = `v2-${'ab'.repeat(32)}`
const P1080 = { resolution: '1080' }

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
    expect(await room.lookupVideo(hash, P1080)).toBeUndefined()
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
    const hit = await room.lookupVideo(hash, P1080)
    expect(hit?.meta).toMatchObject({
      contentHash: hash,
      sha256,
      size: bytes.length,
      projectId: 'proj-rendered',
      resolution: '1080'
    })
    expect(await fs.readFile(hit?.video.path ?? '')).toEqual(bytes)
    expect(reporter.warnings).toEqual([])
  })

  /** An entry saved with the real client as another job (or a forger) would: the first generation of `hash`. */
  async function plant(hash: string, meta: object, video = 'tampered'): Promise<string> {
    const place = placeOf('video', hash, {
      workspace: process.env.GITHUB_WORKSPACE,
      cwd: process.cwd(),
      tempDir: path.join(temp, 'tmp')
    })
    await stageFile(place.dir, 'video.mp4', video)
    await fs.writeFile(path.join(place.dir, 'meta.json'), JSON.stringify(meta))
    const key = nextKey(prefixOf('video', hash), undefined)
    expect(await cache.saveCache([place.cachePath], key, undefined, true)).toBeGreaterThan(0)
    return key
  }

  const metaOf = (video: string, fields: object): object => ({
    sha256: createHash('sha256').update(video).digest('hex'),
    size: video.length,
    projectId: 'p',
    resolution: '1080',
    savedAt: 'x',
    ...fields
  })

  it('refuses a cached video whose bytes do not match its metadata', async () => {
    const reporter = recorder()
    const tempDir = path.join(temp, 'tmp')
    const hash = `${HASH}-${blob}-bad`
    await plant(hash, metaOf('other bytes', { contentHash: hash, size: 8 }))
    expect(
      await (await VideoCache.open({ reporter, tempDir })).lookupVideo(hash, P1080)
    ).toBeUndefined()
    expect(reporter.warnings).toEqual([expect.stringContaining('does not match its SHA-256')])
  })

  it('refuses a forged entry (a 720 video under a 1080 content key) and supersedes it', async () => {
    const hash1080 = `${HASH}-${blob}-1080`
    const forged = await plant(
      hash1080,
      metaOf('a 720 video', { contentHash: `${HASH}-${blob}-720`, resolution: '720' }),
      'a 720 video'
    )
    const tempDir = path.join(temp, 'tmp')
    const reporter = recorder()
    const room = await VideoCache.open({ reporter, tempDir })
    expect(await room.lookupVideo(hash1080, P1080)).toBeUndefined()
    expect(reporter.warnings).toEqual([
      expect.stringContaining(
        `${forged} cannot be used (it was saved for content ${HASH}-${blob}-720)`
      )
    ])
    // Under its own content's key too, the meta has to be the request's.
    const honest = `${HASH}-${blob}-720-as-1080`
    await plant(
      honest,
      metaOf('a 720 video', { contentHash: honest, resolution: '720' }),
      'a 720 video'
    )
    const other = recorder()
    expect(
      await (await VideoCache.open({ reporter: other, tempDir })).lookupVideo(honest, P1080)
    ).toBeUndefined()
    expect(other.warnings).toEqual([expect.stringContaining('it is a 720 video, not 1080')])

    // The run renders anew and saves the next generation, which every later run restores.
    const mp4 = path.join(temp, 'fresh.mp4')
    await fs.writeFile(mp4, 'a 1080 video')
    const sha256 = createHash('sha256').update('a 1080 video').digest('hex')
    await room.saveVideo(
      hash1080,
      { path: mp4, size: 12, sha256 },
      { projectId: 'p2', resolution: '1080' }
    )
    expect(results.cacheEntries.map(e => e.key)).toContain(
      nextKey(prefixOf('video', hash1080), forged)
    )
    const later = recorder()
    const hit = await (
      await VideoCache.open({ reporter: later, tempDir })
    ).lookupVideo(hash1080, P1080)
    expect(hit?.meta).toMatchObject({ sha256, projectId: 'p2' })
    expect(later.warnings).toEqual([])
  })

  it('never gets stuck on an entry that restores as a corrupt archive', async () => {
    const tempDir = path.join(temp, 'tmp')
    const hash = `${HASH}-${blob}-corrupt`
    await (await VideoCache.open({ reporter: recorder(), tempDir })).saveRender(hash, 'proj-a')
    const bad = nextKey(prefixOf('render', hash), undefined)
    await results.corruptCacheEntry(bad)

    const reporter = recorder()
    const room = await VideoCache.open({ reporter, tempDir })
    expect(await room.lookupRender(hash)).toBeUndefined()
    expect(reporter.warnings).toEqual([
      expect.stringContaining(`${bad} cannot be used (its archive cannot be restored)`)
    ])
    // Restores are off for the rest of the run, saves are not: the next generation supersedes the bad one.
    expect(await room.lookupVideo(hash, P1080)).toBeUndefined()
    await room.saveRender(hash, 'proj-b')
    expect(reporter.warnings).toHaveLength(1)
    expect(room.enabled).toBe(true)

    const later = recorder()
    expect(await (await VideoCache.open({ reporter: later, tempDir })).lookupRender(hash)).toBe(
      'proj-b'
    )
    expect(later.warnings).toEqual([])
  })

  it('meets an HTML page at every call: one warning within the lookup bound, then nothing more', async () => {
    const targets = [
      'GetCacheEntryDownloadURL',
      'CreateCacheEntry',
      'FinalizeCacheEntryUpload',
      'blob'
    ]
    for (const rpc of targets)
      results.inject({ rpc, kind: 'html', times: Number.POSITIVE_INFINITY })
    const reporter = recorder()
    const room = await VideoCache.open({ reporter, tempDir: path.join(temp, 'tmp') })
    const started = Date.now()
    try {
      expect(await room.lookupVideo(`${HASH}-html`, P1080)).toBeUndefined()
      // The client alone retries a garbled answer for about 30 s; the lookup is abandoned at its 10 s bound.
      expect(Date.now() - started).toBeLessThan(20_000)
      expect(reporter.warnings).toEqual([
        expect.stringMatching(/^Cache: could not look up the video \(no answer within 10 s\)/)
      ])
      const before = results.requests.length
      expect(await room.lookupRender(`${HASH}-html`)).toBeUndefined()
      await room.saveRender(`${HASH}-html`, 'p')
      expect(results.requests.length).toBe(before)
      expect(reporter.warnings).toHaveLength(1)
    } finally {
      for (const rpc of targets) results.clearFaults(rpc)
    }
  })

  it('says a twin job saved the entry first, or is writing it, at info level and not as an outage', async () => {
    const tempDir = path.join(temp, 'tmp')
    const hash = `${HASH}-${blob}-twin`
    const reporter = recorder()
    const room = await VideoCache.open({ reporter, tempDir })
    expect(await room.lookupRender(hash)).toBeUndefined()
    // The twin job saves while this one renders.
    await (await VideoCache.open({ reporter: recorder(), tempDir })).saveRender(hash, 'proj-twin')
    const creates = (): number =>
      results.requests.filter(r => r.target === 'CreateCacheEntry').length
    const before = creates()
    await room.saveRender(hash, 'proj-mine')
    expect(creates()).toBe(before)
    expect(reporter.lines).toEqual([
      expect.stringContaining('another job saved the render of this content')
    ])

    // The twin reserves the same key a moment before this job does, and is still writing it.
    results.inject({ rpc: 'CreateCacheEntry', kind: 'twin' })
    const writing = recorder()
    const other = await VideoCache.open({ reporter: writing, tempDir })
    await other.saveRender(`${hash}-2`, 'proj-other')
    expect(writing.lines).toEqual([expect.stringContaining('another job may be writing it')])
    expect(results.cacheEntries.filter(e => e.twin)).toHaveLength(1)

    expect([...reporter.warnings, ...writing.warnings]).toEqual([])
    expect(other.enabled).toBe(true)
  })

  it('goes on without the cache when the service refuses, and when it is not there at all', async () => {
    results.inject({ rpc: 'CreateCacheEntry', kind: 'status', status: 403, msg: 'quota' })
    const reporter = recorder()
    const room = await VideoCache.open({ reporter, tempDir: path.join(temp, 'tmp') })
    await expect(room.saveRender(`${HASH}-refused`, 'p')).resolves.toBeUndefined()
    // A refused reservation is what a twin job causes: said at info level, and the cache stays on.
    expect(reporter.warnings).toEqual([])
    expect(reporter.lines).toEqual([expect.stringContaining('did not take')])
    expect(room.enabled).toBe(true)

    const none = recorder()
    const off = await VideoCache.open({ reporter: none, tempDir: path.join(temp, 'tmp'), env: {} })
    expect(off.enabled).toBe(false)
    expect(await off.lookupVideo(HASH, P1080)).toBeUndefined()
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
