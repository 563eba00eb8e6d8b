import path from 'node:path'
import { checkExportBudget } from './manifest/guard.js'
import { loadManifest, type ManifestVideo } from './manifest/load.js'
import type { VideoRecord } from './manifest/outputs.js'
import { runPool, type PoolOptions, type VideoOutcome } from './manifest/pool.js'
import { selectVideos } from './manifest/select.js'
import { failAt } from './patch/fail.js'
import type { Plan } from './patch/index.js'
import { ActionError } from './shared/errors.js'
import type { Reporter } from './shared/reporter.js'
import { prefixed } from './shared/reporter.js'
import {
  dryRunOf,
  type DryRun,
  makeVideo,
  needsExport,
  planVideo,
  prepareVideo,
  type PlannedVideo,
  type RenderReport,
  type StoryContext,
  type VideoJob
} from './story.js'

export interface FleetOptions {
  manifest: string
  only: string
  maxParallel: number
  failFast: boolean
  maxExports: number
}

/** What a manifest run learnt: a record per selected video, its plan, and the render to resume by. */
export interface FleetResult {
  records: VideoRecord[]
  plans: Map<string, Plan>
  /** The render each video started or resumed, so a failed one can be resumed from it. */
  renders: Map<string, string>
  reports: Map<string, RenderReport>
  dryRuns: Map<string, DryRun>
}

type FleetContext = Omit<StoryContext, 'onPlan' | 'onRender'>

/**
 * The videos of a manifest through the single video's story, in two halves. First every video is planned and
 * prepared (its patch applied to its fetched project, its delivery checked, the cache asked) and the
 * `max-exports` guard counts what is left to export: any failure there fails the run with nothing exported.
 * Then the videos are made, at most `maxParallel` at once, and a failure ends its own video only.
 */
export async function renderFleet(
  base: VideoJob,
  options: FleetOptions,
  context: FleetContext
): Promise<FleetResult> {
  const manifest = await loadManifest(options.manifest, {
    workspace: base.workspace,
    artifactNames: base.delivery.modes.has('artifact')
  })
  const videos = selectVideos(manifest.videos, options.only)
  const result: FleetResult = {
    records: [],
    plans: new Map(),
    renders: new Map(),
    reports: new Map(),
    dryRuns: new Map()
  }
  const reporters = new Map(
    videos.map(video => [video.name, prefixed(flat(context.reporter), `[${video.name}] `)])
  )
  const contextOf = (name: string): FleetContext => ({
    ...context,
    reporter: reporters.get(name) ?? context.reporter
  })
  // The checks run `max-parallel` at a time and never stop at a failure: every mistake shows in one run.
  const checks: PoolOptions = { maxParallel: options.maxParallel, failFast: false }

  const planned = oncePerContent(
    videos,
    await runPool(
      videos,
      video =>
        planVideo(jobFor(base, video), contextOf(video.name)).catch((error: unknown) => {
          throw locatedIn(video, error)
        }),
      checks
    )
  )
  for (const outcome of planned)
    if (outcome.status === 'done' && outcome.value.plan)
      result.plans.set(outcome.name, outcome.value.plan)
  const plans = doneOrReport(videos, planned, result, context.reporter)
  if (!plans) return result

  if (base.dryRun) {
    result.records = await dryRunRecords(
      videos,
      plans,
      contextOf,
      checks,
      context.reporter,
      result.dryRuns
    )
    return result
  }

  const prepared = await runPool(plans, each => prepareVideo(each, contextOf(each.name)), checks)
  const ready = doneOrReport(videos, prepared, result, context.reporter)
  if (!ready) return result
  checkExportBudget(
    ready.filter(needsExport).map(each => each.name),
    options.maxExports
  )

  const outcomes = await runPool(
    ready,
    each =>
      makeVideo(each, {
        ...contextOf(each.name),
        onRender: id => result.renders.set(each.name, id)
      }),
    options
  )
  result.records = outcomes.map((outcome, index): VideoRecord => {
    const common = {
      ...recordOf(videos[index], ready[index]),
      cacheHit: ready[index].source.kind === 'cached-video'
    }
    if (outcome.status === 'skipped') return { ...common, status: 'skipped' }
    if (outcome.status === 'failed')
      return {
        ...common,
        status: 'failed',
        projectId: result.renders.get(outcome.name),
        error: outcome.error
      }
    const report = outcome.value
    result.reports.set(outcome.name, report)
    return {
      ...common,
      status: 'delivered',
      projectId: report.renderedProjectId,
      cacheHit: report.cacheHit,
      renderMs: report.renderMs,
      videoPath: report.videoPath,
      videoSize: report.video.size,
      videoSha256: report.video.sha256,
      downloadUrl: report.downloadUrl,
      artifactUrl: report.delivery.outputs['artifact-url'],
      assetUrl: report.delivery.outputs['asset-url']
    }
  })
  return result
}

/** What a real run would do with each video; the log names the videos that would need a render. */
async function dryRunRecords(
  videos: readonly ManifestVideo[],
  plans: readonly Named<PlannedVideo>[],
  contextOf: (name: string) => FleetContext,
  checks: PoolOptions,
  reporter: Reporter,
  dryRuns: FleetResult['dryRuns']
): Promise<VideoRecord[]> {
  const outcomes = await runPool(plans, each => dryRunOf(each, contextOf(each.name)), checks)
  const records = outcomes.map((outcome, index): VideoRecord => {
    const common = recordOf(videos[index], plans[index])
    if (outcome.status === 'done') {
      dryRuns.set(outcome.name, outcome.value)
      const { cacheHit, needsExport } = outcome.value
      return { ...common, status: 'dry-run', cacheHit, needsExport }
    }
    return outcome.status === 'failed'
      ? { ...common, status: 'failed', error: outcome.error }
      : { ...common, status: 'skipped' }
  })
  const toRender = records.filter(record => record.needsExport).map(record => record.name)
  reporter.log(
    toRender.length === 0
      ? `Dry run: none of the ${videos.length} videos needs a render.`
      : `Dry run: ${toRender.length} of ${videos.length} videos would need a render: ${toRender.join(', ')}.`
  )
  return records
}

type Named<T> = T & { name: string }

/**
 * The values of a checking step, each named after its video; or, when any video failed it, undefined with
 * the records set: the failures, located, and the other videos skipped, since nothing is exported.
 */
function doneOrReport<T extends PlannedVideo>(
  videos: readonly ManifestVideo[],
  outcomes: readonly VideoOutcome<T>[],
  result: FleetResult,
  reporter: Reporter
): Named<T>[] | undefined {
  const values = outcomes.flatMap(outcome =>
    outcome.status === 'done' ? [{ ...outcome.value, name: outcome.name }] : []
  )
  if (values.length === videos.length) return values
  result.records = outcomes.map((outcome, index): VideoRecord => {
    const common = recordOf(videos[index], outcome.status === 'done' ? outcome.value : undefined)
    return outcome.status === 'failed'
      ? { ...common, status: 'failed', error: outcome.error }
      : { ...common, status: 'skipped' }
  })
  const failed = outcomes.filter(outcome => outcome.status === 'failed').length
  reporter.log(
    `Nothing was exported: the checks of ${failed} of ${videos.length} videos failed; fix them and run again.`
  )
  return undefined
}

/** What every record of a video says, whatever became of it. */
function recordOf(
  video: ManifestVideo,
  planned: PlannedVideo | undefined
): Omit<VideoRecord, 'status'> {
  return {
    name: video.name,
    sourceProjectId: video.projectId,
    ...(planned?.contentHash ? { contentHash: planned.contentHash } : {}),
    ...(planned?.plan ? { changes: planned.plan.changes.length } : {})
  }
}

/**
 * Two videos of the same content (project, edits, vars and resolution) would each pay for an export, and
 * their cache entries are one: the second is refused at its entry, before anything is spent.
 */
function oncePerContent(
  videos: readonly ManifestVideo[],
  outcomes: VideoOutcome<PlannedVideo>[]
): VideoOutcome<PlannedVideo>[] {
  const first = new Map<string, string>()
  return outcomes.map((outcome, index) => {
    const hash = outcome.status === 'done' ? outcome.value.contentHash : undefined
    if (!hash) return outcome
    const earlier = first.get(hash)
    if (earlier === undefined) {
      first.set(hash, outcome.name)
      return outcome
    }
    const error = failAt(
      videos[index].at,
      `video \`${outcome.name}\` renders the same content as \`${earlier}\` (same project, edits and resolution), so it would be paid for twice: remove one of them, or copy the other's video in a later step.`
    )
    return { name: outcome.name, status: 'failed', error }
  })
}

/**
 * A planning failure that names no place in a file (the project cannot be fetched, the output path is a
 * folder) is about the video's own entry: it is located there, so every such failure points somewhere.
 */
function locatedIn(video: ManifestVideo, error: unknown): unknown {
  if (!(error instanceof ActionError) || error.details.location) return error
  const located = failAt(video.at, error.message)
  return new ActionError(located.message, { ...error.details, ...located.details })
}

/** The step's job with one video's keys over it (`vars` merged over the `vars` input). */
function jobFor(base: VideoJob, video: ManifestVideo): VideoJob {
  return {
    ...base,
    projectId: video.projectId,
    resumeProjectId: video.resumeProjectId,
    patchPath: video.patch === undefined ? undefined : path.resolve(base.workspace, video.patch),
    vars: { ...base.vars, ...video.vars },
    settings: {
      ...base.settings,
      ...(video.resolution === undefined ? {} : { resolution: video.resolution }),
      ...(video.workspaceId === undefined ? {} : { workspaceId: video.workspaceId })
    },
    outputPath: path.resolve(base.workspace, video.outputPath),
    delivery: { ...base.delivery, assetName: video.assetName }
  }
}

/**
 * Videos render side by side and the runner's groups cannot nest or interleave: a video's group becomes a
 * line that names it, and every line carries the video's prefix.
 */
function flat(reporter: Reporter): Reporter {
  return {
    log: reporter.log,
    warn: reporter.warn,
    group: async (name, work) => {
      reporter.log(`${name}…`)
      return work()
    }
  }
}
