import type { Project } from '../aistudios/schema.js'
import type { Shard } from '../manifest/shard.js'
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
  /** This run's export started the render: it spent credits. */
  exported?: true
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
  /** Set with `shard`: the run made only this shard's videos. */
  shard?: ShardTaken
}

/** The shard a run took, and how many videos were selected before sharding (`only`, or all). */
export interface ShardTaken extends Shard {
  selected: number
}

export const isDelivered = (result: VideoResult): boolean =>
  result.status === 'rendered' || result.status === 'cached' || result.status === 'resumed'

/** What a run spent, and what it saved: for the outputs, the job summary and the pull request's comment. */
export interface Spending {
  /** Renders this run's exports started. */
  exports: number
  /** Seconds of video this run's exports rendered and delivered. */
  renderedSeconds: number
  cached: number
  resumed: number
  /** Dry runs: the exports a real run would start. */
  wouldExport: number
}

export function spendingOf(results: readonly VideoResult[]): Spending {
  const count = (test: (result: VideoResult) => boolean): number => results.filter(test).length
  return {
    exports: count(result => result.exported === true),
    renderedSeconds: results.reduce(
      (sum, result) => sum + (result.exported ? (result.report?.facts.duration ?? 0) : 0),
      0
    ),
    cached: count(result => result.status === 'cached'),
    resumed: count(result => result.status === 'resumed'),
    wouldExport: count(result => result.dryRun?.needsExport === true)
  }
}

/** "2 exports (31.5 s of video), 1 from the cache, 0 resumed", or what a dry run would spend. */
export function spendingLine(results: readonly VideoResult[]): string {
  const spent = spendingOf(results)
  if (results.some(result => result.status === 'planned'))
    return `Dry run: 0 exports; a real run would start ${plural(spent.wouldExport, 'export')}.`
  const seconds = spent.exports ? ` (${spent.renderedSeconds.toFixed(1)} s of video)` : ''
  return `${plural(spent.exports, 'export')}${seconds}, ${spent.cached} from the cache, ${spent.resumed} resumed.`
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
