import path from 'node:path'
import { checkExportBudget } from './manifest/guard.js'
import { loadManifest, type ManifestVideo } from './manifest/load.js'
import type { VideoRecord } from './manifest/outputs.js'
import { runPool } from './manifest/pool.js'
import { selectVideos } from './manifest/select.js'
import type { Plan } from './patch/index.js'
import type { Reporter } from './shared/reporter.js'
import { prefixed } from './shared/reporter.js'
import {
  renderVideo,
  type RenderReport,
  type StoryContext,
  type StoryResult,
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
  dryRuns: Map<string, Extract<StoryResult, { kind: 'dry-run' }>>
}

/**
 * The videos of a manifest, each through the single video's story, at most `maxParallel` at once. Every
 * check that can fail the whole manifest (its shape, `only`, `max-exports`) runs before any export; after
 * that a failure ends its own video only.
 */
export async function renderFleet(
  base: VideoJob,
  options: FleetOptions,
  context: Omit<StoryContext, 'onPlan' | 'onRender'>
): Promise<FleetResult> {
  const manifest = await loadManifest(options.manifest, { workspace: base.workspace })
  const videos = selectVideos(manifest.videos, options.only)
  if (!base.dryRun)
    checkExportBudget(
      videos.filter(video => video.resumeProjectId === undefined).map(video => video.name),
      options.maxExports
    )
  const plans = new Map<string, Plan>()
  const renders = new Map<string, string>()
  const reports = new Map<string, RenderReport>()
  const dryRuns: FleetResult['dryRuns'] = new Map()
  const outcomes = await runPool(
    videos,
    video =>
      renderVideo(jobFor(base, video), {
        ...context,
        reporter: prefixed(flat(context.reporter), `[${video.name}] `),
        onPlan: plan => plans.set(video.name, plan),
        onRender: id => renders.set(video.name, id)
      }),
    options
  )
  const records = outcomes.map((outcome, index): VideoRecord => {
    const video = videos[index]
    const common = {
      name: video.name,
      sourceProjectId: video.projectId,
      ...(plans.has(video.name) ? { changes: plans.get(video.name)?.changes.length } : {})
    }
    if (outcome.status === 'skipped') return { ...common, status: 'skipped' }
    if (outcome.status === 'failed')
      return {
        ...common,
        status: 'failed',
        projectId: renders.get(video.name),
        error: outcome.error
      }
    if (outcome.value.kind === 'dry-run') {
      dryRuns.set(video.name, outcome.value)
      return { ...common, status: 'dry-run' }
    }
    const { report } = outcome.value
    reports.set(video.name, report)
    return {
      ...common,
      status: 'delivered',
      projectId: report.renderedProjectId,
      cacheHit: false,
      renderMs: report.renderMs,
      videoPath: report.videoPath,
      videoSize: report.video.size,
      videoSha256: report.video.sha256,
      downloadUrl: report.downloadUrl,
      artifactUrl: report.delivery.artifactUrl,
      assetUrl: report.delivery.assetUrl
    }
  })
  return { records, plans, renders, reports, dryRuns }
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
