import type { Project } from '../aistudios/schema.js'
import type { Plan } from '../patch/index.js'
import type { DryRun, RenderReport } from './job.js'

/**
 * What became of one video, whatever the run was: the one list that outputs, the job summary, the pull
 * request's comment and the terminal are made from.
 * - `rendered`, `cached`, `resumed`: delivered, from a new export, the cache, or a render started earlier;
 * - `planned`: a dry run's video; `failed`: its error; `skipped`: never started (another video's checks
 *   failed, or fail-fast).
 */
export type VideoStatus = 'rendered' | 'cached' | 'resumed' | 'planned' | 'failed' | 'skipped'

export interface VideoResult {
  name: string
  status: VideoStatus
  sourceProjectId: string
  plan?: Plan
  contentHash?: string
  /** The render this run started or resumed: once set, every ending names it. */
  renderId?: string
  report?: RenderReport
  dryRun?: DryRun
  /** A dry run's project as fetched, when it has no patch: its outline is what a first patch needs. */
  unpatched?: Project
  error?: unknown
}

/** A run: every selected video's result, in the manifest's order. */
export interface RunResult {
  /** A single video (`project-id`), or the videos of a manifest. */
  kind: 'single' | 'manifest'
  results: VideoResult[]
  /** True when a check failed before any export: nothing was exported, and the other videos were skipped. */
  stoppedAtChecks: boolean
}

export const isDelivered = (result: VideoResult): boolean =>
  result.status === 'rendered' || result.status === 'cached' || result.status === 'resumed'
