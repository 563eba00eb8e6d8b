import fs from 'node:fs/promises'
import path from 'node:path'
import type { DownloadOptions } from '@actions/cache'
import { within } from '../shared/deadline.js'
import { messageOf } from '../shared/errors.js'
import type { Reporter } from '../shared/reporter.js'
import type { Companion, Video } from '../shared/video.js'
import {
  nextKey,
  placeOf,
  prefixOf,
  settle,
  stage,
  unstage,
  type Kind,
  type Place,
  type Places
} from './entries.js'
import {
  checkRender,
  checkVideo,
  companionMeta,
  META_FILE,
  VIDEO_FILE,
  type CachedCompanion,
  type VideoMeta
} from './entry-meta.js'

export { VideoMetaSchema, type CachedCompanion, type VideoMeta } from './entry-meta.js'

/**
 * A lookup is one RPC that a working service answers in well under a second; the client retries a garbled or
 * 5xx answer five times over about half a minute, and takes no signal: a lookup still going after this is
 * abandoned, so a broken service costs a run this once.
 */
const LOOKUP_MS = 10_000
/** A restore or a save moves the video: the client's own timeouts end a stalled transfer first. */
const TRANSFER_MS = 120_000
const DOWNLOAD: DownloadOptions = { timeoutInMs: 30_000, segmentTimeoutInMs: TRANSFER_MS }
/** Entries are shared by runners on every OS: the relative paths are the same there. */
const CROSS_OS = true

/** The Actions cache client: loaded only when the service is there (it is the largest module a run loads). */
type CacheClient = typeof import('@actions/cache')

export interface VideoCacheOptions {
  reporter: Reporter
  /** RUNNER_TEMP: restored files are kept here, out of the workspace. */
  tempDir: string
  env?: NodeJS.ProcessEnv
  now?: () => Date
  /** The run's deadline and cancel: a cache call still going then is abandoned like a stalled one. */
  signal?: AbortSignal
}

/**
 * The Actions cache seen as two entries per content hash: the render (the project id of an accepted export,
 * so a re-run resumes it) and the video (the verified MP4). It never fails a run and warns at most once: a
 * failing service turns it off for the rest of the run, as with `cache: false`; an entry that cannot be
 * restored or does not match turns restores off, and this run's save supersedes it.
 */
export class VideoCache {
  private off: boolean
  private restoresOff = false
  private warned = false
  /** The newest entry of each prefix when it was looked up: a different one at save time is a twin job's. */
  private readonly seen = new Map<string, string | undefined>()
  private readonly reporter: Reporter
  private readonly places: Places
  private readonly now: () => Date
  private readonly signal?: AbortSignal

  private constructor(
    options: VideoCacheOptions,
    private readonly cache: CacheClient | undefined
  ) {
    this.reporter = options.reporter
    // What the client itself reads, at each call.
    this.places = {
      workspace: process.env.GITHUB_WORKSPACE,
      cwd: process.cwd(),
      tempDir: options.tempDir
    }
    this.now = options.now ?? (() => new Date())
    this.signal = options.signal
    this.off = cache === undefined
  }

  /** The cache of this run: off, with one warning, when the service is not there. */
  static async open(options: VideoCacheOptions): Promise<VideoCache> {
    const env = options.env ?? process.env
    const missing = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN'].filter(name => !env[name])
    const client = missing.length ? undefined : await import('@actions/cache')
    if (client?.isFeatureAvailable()) return new VideoCache(options, client)
    options.reporter.warn(
      `Cache: the Actions cache service is not available here (${missing.length ? `${missing.join(' and ')} unset` : 'no cache service v2, e.g. GHES'}); every run exports as with \`cache: false\`.`
    )
    return new VideoCache(options, undefined)
  }

  get enabled(): boolean {
    return !this.off
  }

  /** Whether a video entry exists, without downloading it (dry runs). */
  async lookupOnly(hash: string): Promise<boolean> {
    return !this.restoresOff && (await this.find('video', hash)) !== undefined
  }

  /** The cached video of this content at this resolution, restored and checked, with its companions. */
  async lookupVideo(
    hash: string,
    expected: { resolution: string }
  ): Promise<{ video: Video; meta: VideoMeta; companions: CachedCompanion[] } | undefined> {
    const found = await this.restore('video', hash)
    if (!found) return undefined
    const checked = await checkVideo(found.dir, hash, expected)
    if ('ok' in checked) return checked.ok
    this.refuse('video', found.key, checked.problem)
    return undefined
  }

  /** The project id of an export accepted earlier for this content, to resume instead of paying again. */
  async lookupRender(hash: string): Promise<string | undefined> {
    const found = await this.restore('render', hash)
    if (!found) return undefined
    const checked = await checkRender(found.dir, hash)
    if ('ok' in checked) return checked.ok.projectId
    this.refuse('render', found.key, checked.problem)
    return undefined
  }

  /** Right after an export is accepted, so a run cut short is resumed by the next one. */
  async saveRender(hash: string, renderedProjectId: string): Promise<void> {
    await this.save('render', hash, dir =>
      fs.writeFile(
        path.join(dir, META_FILE),
        JSON.stringify({
          contentHash: hash,
          projectId: renderedProjectId,
          savedAt: this.now().toISOString()
        })
      )
    )
  }

  /** After a verified download, with the files made from it (a cache hit then has them too). */
  async saveVideo(
    hash: string,
    video: Video,
    meta: Omit<VideoMeta, 'contentHash' | 'sha256' | 'size' | 'savedAt' | 'companions'>,
    companions: readonly Companion[] = []
  ): Promise<void> {
    await this.save('video', hash, async dir => {
      await fs.copyFile(video.path, path.join(dir, VIDEO_FILE))
      for (const companion of companions)
        await fs.copyFile(companion.path, path.join(dir, VIDEO_FILE + companion.kind.suffix))
      const full: VideoMeta = {
        ...meta,
        contentHash: hash,
        sha256: video.sha256,
        size: video.size,
        savedAt: this.now().toISOString(),
        ...(companions.length > 0 ? { companions: companions.map(companionMeta) } : {})
      }
      await fs.writeFile(path.join(dir, META_FILE), JSON.stringify(full))
    })
  }

  /** The key of the newest entry of this content (or `key` exactly, if it exists), downloading nothing. */
  private async find(kind: Kind, hash: string, key?: string): Promise<string | undefined> {
    const prefix = prefixOf(kind, hash)
    const { cachePath } = this.placeOf(kind, hash)
    return this.call(`look up the ${kind}`, LOOKUP_MS, cache =>
      cache.restoreCache(
        [cachePath],
        key ?? prefix,
        key ? [] : [prefix],
        { lookupOnly: true },
        CROSS_OS
      )
    )
  }

  /** The newest entry restored, out of the workspace; undefined on a miss, and on an entry that cannot be. */
  private async restore(
    kind: Kind,
    hash: string
  ): Promise<{ key: string; dir: string } | undefined> {
    if (this.restoresOff) return undefined
    const key = await this.find(kind, hash)
    this.seen.set(prefixOf(kind, hash), key)
    if (!key) return undefined
    const place = this.placeOf(kind, hash)
    await stage(place)
    // Lookup said it is there: a restore that gives nothing is an entry that cannot be restored.
    const restored = await this.call(`restore the ${kind}`, TRANSFER_MS, cache =>
      cache.restoreCache([place.cachePath], key, [], DOWNLOAD, CROSS_OS)
    )
    if (restored === key) return { key, dir: await settle(place) }
    await unstage(place)
    if (!this.off) this.refuse(kind, key, 'its archive cannot be restored')
    return undefined
  }

  private async save(
    kind: Kind,
    hash: string,
    fill: (dir: string) => Promise<void>
  ): Promise<void> {
    // Off, nothing is staged: no copy of a large video.
    if (this.off) return
    const prefix = prefixOf(kind, hash)
    const newest = await this.find(kind, hash)
    if (this.off) return
    if (this.seen.has(prefix) && newest !== this.seen.get(prefix)) {
      this.reporter.log(
        `Cache: another job saved the ${kind} of this content (${newest}) meanwhile; not saving it again.`
      )
      return
    }
    const key = nextKey(prefix, newest)
    const place = this.placeOf(kind, hash)
    await fill(await stage(place))
    let settled = false
    const id = await this.call(`save the ${kind}`, TRANSFER_MS, cache =>
      cache.saveCache([place.cachePath], key, undefined, CROSS_OS).finally(() => (settled = true))
    )
    // An abandoned save may still be archiving the staged files.
    if (settled) await unstage(place)
    if (id !== -1) return
    // -1: the service refused to reserve the key, which a twin job (same content, same time) makes it do.
    const exists = await this.find(kind, hash, key)
    if (this.off) return
    this.reporter.log(
      exists
        ? `Cache: another job saved ${key} first; its entry serves the next runs.`
        : `Cache: the service did not take ${key}: another job may be writing it; if not, the cache client's own message above says why.`
    )
  }

  private placeOf(kind: Kind, hash: string): Place {
    return placeOf(kind, hash, this.places)
  }

  /** An entry that cannot be used: a miss, no more restores this run, and this run's save supersedes it. */
  private refuse(kind: Kind, key: string, problem: string): void {
    this.restoresOff = true
    this.warnOnce(
      `Cache: the cached ${kind} ${key} cannot be used (${problem}); ${kind === 'video' ? 'rendering' : 'exporting'} anew, and this run's entry supersedes it.`
    )
  }

  private warnOnce(line: string): void {
    if (this.warned) return this.reporter.log(line)
    this.warned = true
    this.reporter.warn(line)
  }

  /**
   * A cache call under its bound and the run's signal, abandoned when either ends first (the client takes no
   * signal); its first failure warns once and turns the cache off for the rest of the run.
   */
  private async call<T>(
    what: string,
    boundMs: number,
    work: (cache: CacheClient) => Promise<T>
  ): Promise<T | undefined> {
    const { cache } = this
    if (this.off || !cache) return undefined
    try {
      return await within(
        boundMs,
        this.signal,
        () => new Error(`no answer within ${boundMs / 1000} s`),
        () => work(cache)
      )
    } catch (error) {
      this.off = true
      this.warnOnce(
        `Cache: could not ${what} (${messageOf(error).replace(/\.$/, '')}); going on as with \`cache: false\`.`
      )
      return undefined
    }
  }
}
