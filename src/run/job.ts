import type { StudioClient } from '../aistudios/client.js'
import type { ExportRequest } from '../aistudios/export-request.js'
import type { Project } from '../aistudios/schema.js'
import type { CachedCompanion, VideoCache, VideoMeta } from '../cache/video-cache.js'
import type { Delivered, PreparedDelivery } from '../deliver/index.js'
import type { Mp4Facts } from '../download/mp4-facts.js'
import type { Plan } from '../patch/index.js'
import type { Clock } from '../shared/clock.js'
import type { SourceLocation } from '../shared/errors.js'
import type { Reporter } from '../shared/reporter.js'
import type { VideoSettings } from '../settings/types.js'
import type { CompanionKind, Video } from '../shared/video.js'

/** One video to make: the step's video, or a manifest's with its own keys over the step's. Plain values. */
export interface VideoJob extends VideoSettings {
  /** The manifest's name of the video; the project id for a single video. */
  name: string
  /** Where the manifest declares the video; undefined for a single video. */
  at?: SourceLocation
}

/** What every video of a run shares: the client, the run's signal and deadline, and where to report. */
export interface RunContext {
  studio: StudioClient
  signal: AbortSignal
  /** Aborted on cancel only: delivery is bounded by `uploadTimeoutMs`, not by the run's deadline. */
  cancelled?: AbortSignal
  deadline: number
  /** The waits of the run (polls, backoffs) and its durations. */
  clock: Clock
  env: NodeJS.ProcessEnv
  reporter: Reporter
  /** Plain `http:` downloads are allowed only against a local simulator. */
  allowHttp: boolean
  /** Absent with `cache: false`. */
  cache?: VideoCache
}

/** What a run knows of a video before it spends or writes anything. */
export interface PlannedVideo {
  job: VideoJob
  plan?: Plan
  request: ExportRequest
  /** What determines the video: the cache's key, and an output with the cache off too. */
  contentHash: string
  /** Absolute. */
  videoPath: string
  /** The project as fetched, when there is no patch: its outline is what a first patch needs. */
  unpatched?: Project
}

/** Where the video will come from, decided before any export. */
export type VideoSource =
  | { kind: 'cached-video'; hit: { video: Video; meta: VideoMeta; companions: CachedCompanion[] } }
  | { kind: 'resume'; renderId: string }
  | { kind: 'export' }

export interface ReadyVideo extends PlannedVideo {
  delivery: PreparedDelivery
  source: VideoSource
  /** The files to make from the video and deliver beside it. */
  companions: PlannedCompanion[]
}

/**
 * A file made from the verified video (the poster frame). Its maker is all a new one needs besides this
 * list's entry: the targets deliver it beside the video, the cache keeps it in the video's entry, and its
 * outputs (`<name>-path`, `<name>-url`) are set from its kind.
 */
export interface CompanionMaker<Plan = unknown> {
  kind: CompanionKind
  /**
   * Before any export: how this video's file will be made, or undefined for none (off, or not possible here
   * and not required: a notice once per run). Throws an ActionError when it is required and cannot be.
   */
  prepare(job: VideoJob, env: NodeJS.ProcessEnv, report: Said): Promise<Plan | undefined>
  /** What determines the file besides the video: a cached one is reused only when this is the same. */
  recipe(plan: Plan, duration: number): string
  /**
   * Writes `dest` from the video. False when it could not and the file is not required (a notice); throws
   * when it is.
   */
  make(
    plan: Plan,
    from: { video: string; duration: number; dest: string },
    signal: AbortSignal,
    report: Said
  ): Promise<boolean>
}

/** Where a companion's maker says what it did (a log line) or could not (a notice: no ffmpeg, say). */
type Said = Pick<Reporter, 'log' | 'notice'>

/** A companion of a video, with how it will be made. */
export interface PlannedCompanion {
  maker: CompanionMaker
  plan: unknown
}

/** What a dry run learnt of a video: what a real run would send, and whether it would pay. */
export interface DryRun {
  request: string
  /** The cache has the video of this content. */
  cacheHit: boolean
  /** A real run would export (no cached video, no render to resume). */
  needsExport: boolean
  /** `cache: false`: nothing can be reused. */
  cacheOn: boolean
}

/** A delivered video. */
export interface RenderReport {
  renderedProjectId: string
  resolution: string
  renderMs: number
  downloadUrl: string
  video: Video
  /** Duration and frame, read from the MP4's own boxes. */
  facts: Mp4Facts
  /** Relative to the workspace. */
  videoPath: string
  delivery: Delivered
  cacheHit: boolean
  /** The companions made and delivered beside the video, by name; paths relative to the workspace. */
  companions: { name: string; path: string }[]
  /** The rendered project was deleted from the account after delivery (`delete-rendered-project`). */
  projectDeleted: boolean
}
