import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { within } from '../shared/deadline.js'
import { messageOf } from '../shared/errors.js'
import type { Reporter } from '../shared/reporter.js'
import type { Video } from '../shared/video.js'

/** What is stored next to the MP4, so a hit can be checked and reported as if it had just been rendered. */
export const VideoMetaSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  projectId: z.string().min(1),
  resolution: z.string(),
  savedAt: z.string(),
  downloadUrl: z.string().optional()
})
export type VideoMeta = z.infer<typeof VideoMetaSchema>

const RenderMetaSchema = z.object({ projectId: z.string().min(1), savedAt: z.string() })

type Kind = 'video' | 'render'
const VIDEO_FILE = 'video.mp4'
const META_FILE = 'meta.json'
const CACHE_TIMEOUT_MS = 120_000

/** The Actions cache client: loaded only when the service is there (it is the largest module a run loads). */
type CacheClient = typeof import('@actions/cache')

export interface VideoCacheOptions {
  reporter: Reporter
  /** RUNNER_TEMP: the staging directories live here, at paths that stay the same from run to run. */
  tempDir: string
  env?: NodeJS.ProcessEnv
  now?: () => Date
  /** The run's deadline and cancel: a cache call still going then is abandoned like a stalled one. */
  signal?: AbortSignal
}

/**
 * The Actions cache seen as two entries per content hash: the render (the project id of an accepted export,
 * so a re-run resumes it) and the video (the verified MP4). It never fails a run: the first problem gives one
 * warning and the cache is off for the rest of the run, as with `cache: false`.
 */
export class VideoCache {
  private off: boolean
  private readonly reporter: Reporter
  private readonly tempDir: string
  private readonly now: () => Date
  private readonly signal?: AbortSignal

  private constructor(
    options: VideoCacheOptions,
    private readonly cache: CacheClient | undefined
  ) {
    this.reporter = options.reporter
    this.tempDir = options.tempDir
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
    const dir = await this.stage('video', hash)
    const key = await this.guard('look up the video', cache =>
      cache.restoreCache([dir], keyOf('video', hash), [], { lookupOnly: true })
    )
    return key !== undefined
  }

  /** The cached video, restored into the staging directory and checked against its metadata; else undefined. */
  async lookupVideo(hash: string): Promise<{ video: Video; meta: VideoMeta } | undefined> {
    const dir = await this.stage('video', hash)
    const key = await this.guard('restore the video', cache =>
      cache.restoreCache([dir], keyOf('video', hash))
    )
    if (key === undefined) return undefined
    const meta = await this.readMeta(dir, VideoMetaSchema)
    if (!meta) return undefined
    const file = path.join(dir, VIDEO_FILE)
    const actual = await sha256File(file).catch(() => undefined)
    if (actual?.sha256 !== meta.sha256 || actual.size !== meta.size) {
      this.reporter.warn(
        `Cache: the cached video for ${hash} does not match its SHA-256 ${meta.sha256}; rendering it again.`
      )
      return undefined
    }
    return { video: { path: file, size: meta.size, sha256: meta.sha256 }, meta }
  }

  /** The project id of an export accepted earlier for this content, to resume instead of paying again. */
  async lookupRender(hash: string): Promise<string | undefined> {
    const dir = await this.stage('render', hash)
    const key = await this.guard('look up the render', cache =>
      cache.restoreCache([dir], keyOf('render', hash))
    )
    if (key === undefined) return undefined
    return (await this.readMeta(dir, RenderMetaSchema))?.projectId
  }

  /** Right after an export is accepted, so a run cut short is resumed by the next one. */
  async saveRender(hash: string, renderedProjectId: string): Promise<void> {
    const dir = await this.stage('render', hash)
    await fs.writeFile(
      path.join(dir, META_FILE),
      JSON.stringify({ projectId: renderedProjectId, savedAt: this.now().toISOString() })
    )
    await this.save('render', hash, dir)
  }

  /** After a verified download. */
  async saveVideo(
    hash: string,
    video: Video,
    meta: Omit<VideoMeta, 'sha256' | 'size' | 'savedAt'>
  ): Promise<void> {
    // Off, nothing is saved: no copy of a large video to stage.
    if (this.off) return
    const dir = await this.stage('video', hash)
    await fs.copyFile(video.path, path.join(dir, VIDEO_FILE))
    const full: VideoMeta = {
      ...meta,
      sha256: video.sha256,
      size: video.size,
      savedAt: this.now().toISOString()
    }
    await fs.writeFile(path.join(dir, META_FILE), JSON.stringify(full))
    await this.save('video', hash, dir)
  }

  private async save(kind: Kind, hash: string, dir: string): Promise<void> {
    const key = keyOf(kind, hash)
    const id = await this.guard(`save the ${kind}`, cache => cache.saveCache([dir], key))
    if (id === undefined || id !== -1) return
    // saveCache answers -1 both when a twin run saved this key first (entries are immutable, so that is fine)
    // and when the service refused (quota, denied, down), which it only logs at info level: ask which.
    const exists = await this.guard(`check the ${kind}`, cache =>
      cache.restoreCache([dir], key, [], { lookupOnly: true })
    )
    if (exists === undefined && !this.off) {
      this.off = true
      this.reporter.warn(
        `Cache: the service did not save the ${kind} entry for ${hash} (quota or service error); going on as with \`cache: false\`.`
      )
    }
  }

  /** An empty staging directory at a path stable across runs: the paths are part of the cache version. */
  private async stage(kind: Kind, hash: string): Promise<string> {
    // One directory per content, so that videos of a manifest rendering side by side never share one.
    const dir = path.join(this.tempDir, 'aistudios-render-cache', kind, hash)
    await fs.rm(dir, { recursive: true, force: true })
    await fs.mkdir(dir, { recursive: true })
    return dir
  }

  private async readMeta<T>(dir: string, schema: z.ZodType<T>): Promise<T | undefined> {
    const parsed = await fs
      .readFile(path.join(dir, META_FILE), 'utf8')
      .then(text => schema.safeParse(JSON.parse(text)))
      .catch(() => undefined)
    if (parsed?.success) return parsed.data
    this.reporter.warn(`Cache: a cache entry in ${dir} has no readable ${META_FILE}; ignoring it.`)
    return undefined
  }

  /**
   * The cache client has no deadline of its own for a stalled upload, and takes no signal: the call is raced
   * against a fixed bound and the run's signal, and abandoned (a cache never holds up a run). What the run
   * does next sees the signal and ends as any deadline or cancel does.
   */
  private async guard<T>(
    what: string,
    work: (cache: CacheClient) => Promise<T>
  ): Promise<T | undefined> {
    const { cache } = this
    if (this.off || !cache) return undefined
    try {
      return await within(
        CACHE_TIMEOUT_MS,
        this.signal,
        () => new Error(`no answer within ${CACHE_TIMEOUT_MS / 1000} s`),
        () => work(cache)
      )
    } catch (error) {
      this.off = true
      this.reporter.warn(
        `Cache: could not ${what} (${messageOf(error).replace(/\.$/, '')}); going on as with \`cache: false\`.`
      )
      return undefined
    }
  }
}

export function keyOf(kind: Kind, hash: string): string {
  return `aistudios-render-${kind}-${hash}`
}

async function sha256File(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    size += chunk.length
  }
  return { sha256: hash.digest('hex'), size }
}
