import fs from 'node:fs/promises'
import path from 'node:path'
import type { StudioClient } from './aistudios/client.js'
import { deleteRenderedProject } from './aistudios/cleanup.js'
import {
  describeRequest,
  exportRequest,
  type ExportRequest,
  type ExportSettings
} from './aistudios/export-request.js'
import type { Project } from './aistudios/schema.js'
import { StudioError } from './aistudios/transport.js'
import type { DeliveryOptions, DeliveryResult, PreparedDelivery } from './deliver/index.js'
import { cachedRender, type RenderProbe } from './cache/decisions.js'
import { contentHash } from './cache/content-hash.js'
import type { VideoCache, VideoMeta } from './cache/video-cache.js'
import { downloadVideo } from './download/index.js'
import { checkVideo, type Mp4Facts } from './download/mp4-facts.js'
import { checkExportBudget } from './manifest/guard.js'
import { loadPatch, planEdits, type Plan } from './patch/index.js'
import { classifyProgress, waitForRender } from './render/wait.js'
import type { Clock } from './shared/clock.js'
import { ActionError } from './shared/errors.js'
import { defaultOutputPath } from './shared/output-path.js'
import type { Reporter } from './shared/reporter.js'
import type { Video } from './shared/video.js'
import { checkOutputPath, removeStaleParts } from './shared/workspace-files.js'

/** One video to make: what to render from, how, and where it goes. Plain values, from either edge. */
export interface VideoJob {
  projectId: string
  /** Skip the export: poll and download a render that was started earlier. */
  resumeProjectId?: string
  patchPath?: string
  vars: Record<string, string>
  settings: ExportSettings
  /** Absolute; undefined means `videos/<slug of the project name>.mp4` under the workspace. */
  outputPath?: string
  workspace: string
  dryRun: boolean
  delivery: DeliveryOptions
  /** Delivery's own deadline, from the end of the download; 10 minutes when not given. */
  uploadTimeoutMs?: number
  /** The most exports the run may start (`max-exports`); 0 or absent: no limit. */
  maxExports?: number
  /** After delivery, delete the project this run's export created (never the source, resumed or cached one). */
  deleteRenderedProject?: boolean
}

/** What the story needs around it: the client, the run's signal and deadline, and where to report. */
export interface StoryContext {
  studio: StudioClient
  signal: AbortSignal
  /** Aborted on cancel only: delivery is bounded by `uploadTimeoutMs`, not by the run's deadline. */
  cancelled?: AbortSignal
  deadline: number
  /** The waits of the story (polls, backoffs) and its durations. */
  clock: Clock
  env: NodeJS.ProcessEnv
  reporter: Reporter
  /** Plain `http:` downloads are allowed only against a local simulator. */
  allowHttp: boolean
  /** The plan, before anything is spent. */
  onPlan(plan: Plan): void
  /** The render that may now be charged: from here on every ending must name it. */
  onRender(renderId: string): void
  /** Absent with `cache: false`. */
  cache?: VideoCache
}

export type StoryResult =
  | {
      kind: 'dry-run'
      sourceProjectId: string
      request: string
      contentHash?: string
      /** The cache has the video of this content. */
      cacheHit: boolean
      /** A real run would export (no cached video, no render to resume). */
      needsExport: boolean
      /** The project as fetched, when there is no patch: its outline is what a first patch needs. */
      source?: Project
    }
  | { kind: 'rendered'; report: RenderReport }

export interface RenderReport {
  sourceProjectId: string
  renderedProjectId: string
  resolution: string
  renderMs: number
  downloadUrl: string
  video: Video
  /** Duration and frame, read from the MP4's own boxes. */
  facts: Mp4Facts
  /** Relative to the workspace. */
  videoPath: string
  delivery: DeliveryResult
  contentHash?: string
  cacheHit: boolean
  /** The rendered project was deleted from the account after delivery (`delete-rendered-project`). */
  projectDeleted: boolean
}

/**
 * The story of one video: plan, dry-run exit, prepare delivery and the cache, the export guard, then start or
 * resume, wait, download, deliver. A manifest runs the same steps, every video's checks before any export.
 */
export async function renderVideo(job: VideoJob, context: StoryContext): Promise<StoryResult> {
  const planned = await planVideo(job, context)
  if (planned.plan) context.onPlan(planned.plan)
  if (job.dryRun) return dryRunOf(planned, context)
  const ready = await prepareVideo(planned, context)
  checkExportBudget(needsExport(ready) ? [`project ${job.projectId}`] : [], job.maxExports ?? 0)
  return { kind: 'rendered', report: await makeVideo(ready, context) }
}

/** What the story knows before it spends or writes anything. */
export interface PlannedVideo {
  job: VideoJob
  plan?: Plan
  request: ExportRequest
  /** Absent with `cache: false`. */
  contentHash?: string
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

type PlanContext = Pick<StoryContext, 'studio' | 'reporter' | 'cache'>

/**
 * The checks that need only the project: the patch loaded and applied to the fetched project (vars,
 * placeholders, selectors), the export request, its content hash and the output path. Reads, never writes.
 */
export async function planVideo(job: VideoJob, context: PlanContext): Promise<PlannedVideo> {
  const { studio, reporter, cache } = context
  const patch = job.patchPath
    ? await loadPatch(job.patchPath, { workspace: job.workspace })
    : undefined
  // Fetched even without a patch by a dry run, to show its outline, and with the cache: an edit in the editor
  // changes the hash.
  const source =
    patch || job.dryRun || !job.outputPath || cache
      ? await studio.getProject(job.projectId)
      : undefined
  const plan = source && patch ? planEdits(source, patch, job.vars) : undefined
  const request = exportRequest(job.projectId, job.settings, plan?.project)
  const hash = source && cache ? contentHash(request, source) : undefined
  if (hash) reporter.log(`Content hash: ${hash}`)
  const videoPath =
    job.outputPath ??
    defaultOutputPath(job.workspace, (plan?.project ?? source)?.name, job.projectId)
  // Before anything is spent: a directory or a symlink out of the workspace would only fail after the render.
  await checkOutputPath(job.workspace, videoPath)
  return {
    job,
    plan,
    request,
    videoPath,
    ...(hash ? { contentHash: hash } : {}),
    ...(source && !patch ? { unpatched: source } : {})
  }
}

export type DryRun = Extract<StoryResult, { kind: 'dry-run' }>

/** What a real run would do, from the cache's own answer; nothing is restored or written. */
export async function dryRunOf(planned: PlannedVideo, context: PlanContext): Promise<DryRun> {
  const { job, request, contentHash: hash } = planned
  const { cache, reporter } = context
  const result = (needsExport: boolean, cacheHit = false): DryRun => ({
    kind: 'dry-run',
    sourceProjectId: job.projectId,
    request: describeRequest(request),
    contentHash: hash,
    cacheHit,
    needsExport,
    ...(planned.unpatched ? { source: planned.unpatched } : {})
  })
  if (job.resumeProjectId) {
    reporter.log(`A real run would resume project ${job.resumeProjectId}: no new export.`)
    return result(false)
  }
  if (!hash || !cache) return result(true)
  if (await cache.lookupOnly(hash)) {
    reporter.log('A real run would reuse the cached video: no render needed.')
    return result(false, true)
  }
  const renderId = await cache.lookupRender(hash)
  if (renderId) {
    reporter.log(
      `A real run would resume render ${renderId}, started earlier for this content: no new export.`
    )
    return result(false)
  }
  reporter.log('A real run would export: no cached video for this content.')
  return result(true)
}

/**
 * What must be known before the export is paid for: that the video can be delivered, and whether the cache
 * already has the video or a render of this content. A cached video is restored here, so the decision holds.
 */
export async function prepareVideo(
  planned: PlannedVideo,
  context: Omit<StoryContext, 'onPlan' | 'onRender'>
): Promise<ReadyVideo> {
  const { job, videoPath } = planned
  const { reporter, studio } = context
  // Loaded here, not at start-up: the GitHub clients are most of the bundle, and bad input or a dry run
  // should answer at once.
  const { prepareDelivery } = await import('./deliver/index.js')
  const delivery = await reporter.group('Checking where the video goes', () =>
    prepareDelivery(job.delivery, path.basename(videoPath), context.env, reporter.log)
  )
  for (const file of await removeStaleParts(videoPath))
    reporter.log(`Removed ${path.basename(file)}, left by an earlier run that was stopped.`)
  return { ...planned, delivery, source: await sourceOf() }

  async function sourceOf(): Promise<VideoSource> {
    if (job.resumeProjectId) return { kind: 'resume', renderId: job.resumeProjectId }
    const { cache } = context
    const hash = planned.contentHash
    if (!cache || !hash) return { kind: 'export' }
    const hit = await cache.lookupVideo(hash, { resolution: job.settings.resolution })
    if (hit) return { kind: 'cached-video', hit }
    const renderId = await cachedRender(cache, hash, renderProbe(studio), reporter)
    return renderId ? { kind: 'resume', renderId } : { kind: 'export' }
  }
}

/** A cached render as AI Studios sees it: a transient or unreadable answer is no reason to pay again. */
function renderProbe(studio: StudioClient): RenderProbe {
  return async renderId => {
    try {
      const status = classifyProgress(await studio.progress(renderId))
      return status.kind === 'failed'
        ? { state: 'failed', reason: `it failed: ${status.reason}` }
        : { state: 'going' }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const unclear =
        error instanceof StudioError && (error.transient || error.kind === 'unreadable')
      return { state: unclear ? 'unclear' : 'failed', reason }
    }
  }
}

/** Whether the video costs an export: not when it is cached, nor when a render is resumed. */
export function needsExport(ready: ReadyVideo): boolean {
  return ready.source.kind === 'export'
}

/** Start or resume, wait, download (or reuse the cached video), check, deliver, then fill the cache. */
export async function makeVideo(
  ready: ReadyVideo,
  context: Omit<StoryContext, 'onPlan'>
): Promise<RenderReport> {
  const { job, source, contentHash: hash } = ready
  const { studio, signal, reporter, cache } = context
  const { created, ...got } =
    source.kind === 'cached-video'
      ? await reuseCachedVideo(source.hit, ready.videoPath, studio, reporter)
      : await renderAndDownload(
          ready,
          source.kind === 'resume' ? source.renderId : undefined,
          context
        )
  // Before delivery: a file with no picture is never published.
  const facts = await checkVideo(got.video.path, job.settings.resolution, reporter.warn)
  const { deliverVideo } = await import('./deliver/index.js')
  const links = await reporter.group('Delivering the video', () =>
    deliverWithin(job.uploadTimeoutMs ?? 600_000, context.cancelled ?? signal, signal =>
      deliverVideo(ready.delivery, got.video, reporter.log, signal)
    ).catch((error: unknown) => {
      if (!(error instanceof UploadStopped)) throw error
      throw new ActionError(
        `${error.message} The video was downloaded but not delivered: it is at ${path.relative(job.workspace, got.video.path)}.`,
        error.details
      )
    })
  )
  // After delivery: the user's video comes first, and a slow cache must not hold it up. A resumed
  // `resume-project-id` is the user's own render, not this content's: it is not cached.
  if (hash && cache && !got.cacheHit && !job.resumeProjectId)
    await cache.saveVideo(hash, got.video, {
      projectId: got.renderedProjectId,
      resolution: got.resolution,
      downloadUrl: got.downloadUrl
    })
  const projectDeleted =
    job.deleteRenderedProject === true &&
    created &&
    (await deleteRenderedProject(studio, got.renderedProjectId, reporter))
  return {
    ...got,
    projectDeleted,
    facts,
    sourceProjectId: job.projectId,
    videoPath: path.relative(job.workspace, got.video.path),
    delivery: links,
    contentHash: hash
  }
}

/** `resumeId` undefined: export now (the one call that spends credits). */
async function renderAndDownload(
  ready: ReadyVideo,
  resumeId: string | undefined,
  context: Omit<StoryContext, 'onPlan'>
): Promise<Obtained> {
  const { job, contentHash: hash } = ready
  const { studio, signal, reporter, cache } = context
  const renderId = resumeId ?? (await studio.startExport(ready.request))
  // The render's pace is learnt from here: the export request's own retries are not render time.
  const startedAt = context.clock.now()
  context.onRender(renderId)
  reporter.log(
    resumeId
      ? `Resuming the render of project ${renderId}.`
      : `Export started: project ${renderId}.`
  )
  if (hash && cache && !resumeId) await cache.saveRender(hash, renderId)
  const done = await reporter.group(`Rendering project ${renderId}`, () =>
    waitForRender({
      progress: id => studio.progress(id),
      projectId: renderId,
      startedAt,
      // Only a render exported just now may not be registered yet; a resumed one was, in an earlier run.
      graceMs: resumeId ? 0 : undefined,
      deadline: context.deadline,
      signal,
      clock: context.clock,
      log: reporter.log,
      warn: reporter.warn,
      onProgress: percent => reporter.progress?.('render', percent, 100)
    })
  )
  const renderMs = context.clock.now() - startedAt

  const video = await reporter.group('Downloading the video', () =>
    downloadVideo({
      url: done.downloadUrl,
      dest: ready.videoPath,
      signal,
      allowHttp: context.allowHttp,
      refreshUrl: () => freshDownloadUrl(studio, renderId),
      clock: context.clock,
      log: reporter.log,
      warn: reporter.warn,
      onProgress: (bytes, total) => reporter.progress?.('download', bytes, total)
    })
  )
  return {
    renderedProjectId: renderId,
    resolution: job.settings.resolution,
    renderMs,
    downloadUrl: done.downloadUrl,
    video,
    cacheHit: false,
    // Only the edited copy is this run's own: route C renders the source project itself.
    created: !resumeId && ready.request.route === 'create' && renderId !== job.projectId
  }
}

type Obtained = Pick<
  RenderReport,
  'renderedProjectId' | 'resolution' | 'renderMs' | 'downloadUrl' | 'video' | 'cacheHit'
> & {
  /** The project was created by this run's export, so it is this run's to delete. */
  created: boolean
}

/** A verified video from the cache, put at `videoPath`; the download URL is asked afresh (never a render). */
async function reuseCachedVideo(
  hit: { video: Video; meta: VideoMeta },
  videoPath: string,
  studio: StudioClient,
  reporter: Reporter
): Promise<Obtained> {
  reporter.log(`Cache: reusing the video rendered as project ${hit.meta.projectId} (0 exports).`)
  await fs.mkdir(path.dirname(videoPath), { recursive: true })
  await fs.copyFile(hit.video.path, videoPath)
  const downloadUrl = await freshDownloadUrl(studio, hit.meta.projectId).catch(
    () => hit.meta.downloadUrl ?? ''
  )
  return {
    renderedProjectId: hit.meta.projectId,
    resolution: hit.meta.resolution,
    renderMs: 0,
    downloadUrl,
    video: { ...hit.video, path: videoPath },
    cacheHit: true,
    created: false
  }
}

/** Why delivery was stopped: its deadline, or a cancel. */
class UploadStopped extends ActionError {}

/**
 * Delivery under its own deadline and the job's cancel. The upload libraries may not stop on the signal
 * (a stalled blob PUT), so the delivery is raced against it and abandoned; the process then exits.
 */
async function deliverWithin<T>(
  timeoutMs: number,
  cancelled: AbortSignal,
  deliver: (signal: AbortSignal) => Promise<T>
): Promise<T> {
  const deadline = new AbortController()
  const timer = setTimeout(
    () =>
      deadline.abort(
        new ActionError(
          `The upload did not finish within \`upload-timeout-minutes\` (${timeoutMs / 60_000}).`,
          { input: 'upload-timeout-minutes' }
        )
      ),
    timeoutMs
  )
  const signal = AbortSignal.any([cancelled, deadline.signal])
  let onAbort = (): void => {}
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => {
      const reason: unknown = signal.reason
      reject(
        new UploadStopped(
          reason instanceof Error ? reason.message : String(reason),
          reason instanceof ActionError ? reason.details : {}
        )
      )
    }
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([deliver(signal), stopped])
  } finally {
    clearTimeout(timer)
    signal.removeEventListener('abort', onAbort)
  }
}

/** The progress endpoint hands out the current download URL; asking it never starts another render. */
async function freshDownloadUrl(studio: StudioClient, projectId: string): Promise<string> {
  const { downloadUrl } = await studio.progress(projectId)
  if (!downloadUrl)
    throw new ActionError(`AI Studios no longer offers a download URL for project ${projectId}.`)
  return downloadUrl
}
