import type { Credentials } from '../aistudios/client.js'
import type { ExportSettings } from '../aistudios/export-request.js'
import type { DeliveryOptions } from '../deliver/options.js'
import type { Shard } from '../manifest/shard.js'

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
}

/** A run over a manifest's videos. */
export interface ManifestSettings {
  /** Relative to the workspace, with `/`, as the manifest's messages show it. */
  file: string
  /** The selected videos' names, comma- or newline-separated; empty for all. */
  only: string
  maxParallel: number
  failFast: boolean
  /** Render only this shard of the selected videos (`shard`), and store their results for the gather. */
  shard?: Shard
  /** The `matrix` output's shard count (`shard-count`); undefined: about five videos a shard. */
  shardCount?: number
  /** Render nothing: report the run from its shards' stored results (`gather`). */
  gather: boolean
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
