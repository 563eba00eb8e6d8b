import type { Credentials } from '../aistudios/client.js'
import type { ExportSettings } from '../aistudios/export-request.js'
import type { DeliveryOptions } from '../deliver/options.js'

/** One video's job: what to render, from what, and where it goes. The run takes it as it is. */
export interface VideoSettings {
  /** Empty for a manifest run (each video names its own); the resumed render's id when only that is given. */
  projectId: string
  /** Skip the export: poll and download a render that was started earlier. */
  resumeProjectId?: string
  /** Absolute, inside the workspace. */
  patchPath?: string
  /** The user's placeholder values over the run's own (`github.sha`, ...). */
  vars: Record<string, string>
  settings: ExportSettings
  /** Absolute, inside the workspace; undefined means `videos/<slug of the project name>.mp4`. */
  outputPath?: string
  /** Absolute: where relative paths resolve and which the run's files may not leave. */
  workspace: string
  dryRun: boolean
  delivery: DeliveryOptions
  /** Delivery's own deadline, counted from the end of the download. */
  uploadTimeoutMs: number
  /** The most exports the run may start; 0: no limit. */
  maxExports: number
  /** After delivery, delete the project this run's export created (never the source, resumed or cached one). */
  deleteRenderedProject: boolean
  poster: PosterSettings
}

/** The poster frame: a JPEG of the video made with ffmpeg, delivered, cached and output beside it. */
export interface PosterSettings {
  /** `auto`: when ffmpeg is on PATH; `true`: required (checked before any export); `false`: none. */
  mode: 'auto' | 'true' | 'false'
  /** Seconds into the video; the run clamps it to the video's duration. */
  atSeconds: number
}

/** A run over a manifest's videos. */
export interface ManifestSettings {
  /** Relative to the workspace, with `/`, as the manifest's messages show it. */
  file: string
  /** The selected videos' names, comma- or newline-separated; empty for all. */
  only: string
  maxParallel: number
  failFast: boolean
}

/** Everything a run needs, checked before the first network call. */
export interface Settings extends VideoSettings {
  credentials: Credentials
  /** Without a trailing `/`. */
  apiUrl: string
  /** The run's deadline: export, render and download. */
  timeoutMs: number
  /** The bound of one request to AI Studios. */
  requestTimeoutMs: number
  /** Set when the run renders a manifest's videos; `projectId`, `patchPath` and `outputPath` are then unset. */
  manifest?: ManifestSettings
  cache: boolean
  /** Set with `pr-comment: true`: the token that writes the pull request's comment. */
  prComment?: { token: string }
}
