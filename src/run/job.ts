import type { StudioClient } from '../aistudios/client.js'
import type { ExportRequest } from '../aistudios/export-request.js'
import type { Project } from '../aistudios/schema.js'
import type { VideoCache, VideoMeta } from '../cache/video-cache.js'
import type { Delivered, PreparedDelivery } from '../deliver/index.js'
import type { Mp4Facts } from '../download/mp4-facts.js'
import type { Plan } from '../patch/index.js'
import type { Clock } from '../shared/clock.js'
import type { SourceLocation } from '../shared/errors.js'
import type { Reporter } from '../shared/reporter.js'
import type { VideoSettings } from '../settings/types.js'
import type { Video } from '../shared/video.js'

/** One video to make: the step's video, or a manifest's with its own keys over the step's. Plain values. */
export interface VideoJob extends Omit<VideoSettings, 'maxExports'> {
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
  | { kind: 'cached-video'; hit: { video: Video; meta: VideoMeta } }
  | { kind: 'resume'; renderId: string }
  | { kind: 'export' }

export interface ReadyVideo extends PlannedVideo {
  delivery: PreparedDelivery
  source: VideoSource
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
  /** The rendered project was deleted from the account after delivery (`delete-rendered-project`). */
  projectDeleted: boolean
}
