import fs from 'node:fs/promises'
import path from 'node:path'
import type { StudioClient } from './aistudios/client.js'
import { describeRequest, exportRequest, type ExportSettings } from './aistudios/export-request.js'
import type { DeliveryOptions, DeliveryResult } from './deliver/index.js'
import { cachedRender } from './cache/decisions.js'
import { contentHash } from './cache/content-hash.js'
import type { VideoCache, VideoMeta } from './cache/video-cache.js'
import { downloadVideo } from './download/index.js'
import { checkVideo, type Mp4Facts } from './download/mp4-facts.js'
import { loadPatch, planEdits, type Plan } from './patch/index.js'
import { waitForRender } from './render/wait.js'
import { systemClock } from './shared/clock.js'
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
}

/** What the story needs around it: the client, the run's signal and deadline, and where to report. */
export interface StoryContext {
  studio: StudioClient
  signal: AbortSignal
  /** Aborted on cancel only: delivery is bounded by `uploadTimeoutMs`, not by the run's deadline. */
  cancelled?: AbortSignal
  deadline: number
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
  | { kind: 'dry-run'; sourceProjectId: string; request: string; contentHash?: string }
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
}

/** The story of one video: plan, dry-run exit, prepare delivery, start or resume, wait, download, deliver. */
export async function renderVideo(job: VideoJob, context: StoryContext): Promise<StoryResult> {
  const { studio, signal, reporter } = context
  const patch = job.patchPath
    ? await loadPatch(job.patchPath, { workspace: job.workspace })
    : undefined
  const { cache } = context
  // With the cache the project is fetched even without a patch: an edit in the editor changes the hash.
  const source =
    patch || !job.outputPath || cache ? await studio.getProject(job.projectId) : undefined
  const plan = source && patch ? planEdits(source, patch, job.vars) : undefined
  if (plan) context.onPlan(plan)
  const request = exportRequest(job.projectId, job.settings, plan?.project)
  const hash = source && cache ? contentHash(request, source) : undefined
  if (hash) reporter.log(`Content hash: ${hash}`)
  const videoPath =
    job.outputPath ??
    defaultOutputPath(job.workspace, (plan?.project ?? source)?.name, job.projectId)
  // Before anything is spent: a directory or a symlink out of the workspace would only fail after the render.
  await checkOutputPath(job.workspace, videoPath)
  if (job.dryRun) {
    if (hash && cache)
      reporter.log(
        (await cache.lookupOnly(hash))
          ? 'A real run would reuse the cached video: no render needed.'
          : 'A real run would export: no cached video for this content.'
      )
    return {
      kind: 'dry-run',
      sourceProjectId: job.projectId,
      request: describeRequest(request),
      contentHash: hash
    }
  }

  // Loaded here, not at start-up: the GitHub clients are most of the bundle, and bad input or a dry run
  // should answer at once.
  const { prepareDelivery, deliverVideo } = await import('./deliver/index.js')
  const delivery = await reporter.group('Checking where the video goes', () =>
    prepareDelivery(job.delivery, path.basename(videoPath), context.env, reporter.log)
  )

  for (const file of await removeStaleParts(videoPath))
    reporter.log(`Removed ${path.basename(file)}, left by an earlier run that was stopped.`)

  const useCache = hash && cache && !job.resumeProjectId ? { hash, cache } : undefined
  const hit = useCache && (await useCache.cache.lookupVideo(useCache.hash))
  const got = hit
    ? await reuseCachedVideo(hit, videoPath, studio, reporter)
    : await renderAndDownload()
  // Before delivery: a file with no picture is never published.
  const facts = await checkVideo(got.video.path, job.settings.resolution, reporter.warn)
  const links = await reporter.group('Delivering the video', () =>
    deliverWithin(job.uploadTimeoutMs ?? 600_000, context.cancelled ?? signal, signal =>
      deliverVideo(delivery, got.video, reporter.log, signal)
    ).catch((error: unknown) => {
      if (!(error instanceof UploadStopped)) throw error
      throw new ActionError(
        `${error.message} The video was downloaded but not delivered: it is at ${path.relative(job.workspace, got.video.path)}.`,
        error.details
      )
    })
  )
  // After delivery: the user's video comes first, and a slow cache must not hold it up.
  if (useCache && !got.cacheHit)
    await useCache.cache.saveVideo(useCache.hash, got.video, {
      projectId: got.renderedProjectId,
      resolution: got.resolution,
      downloadUrl: got.downloadUrl
    })
  return {
    kind: 'rendered',
    report: {
      ...got,
      facts,
      sourceProjectId: job.projectId,
      videoPath: path.relative(job.workspace, got.video.path),
      delivery: links,
      contentHash: hash
    }
  }

  async function renderAndDownload(): Promise<Obtained> {
    const resumeId =
      job.resumeProjectId ??
      (useCache && (await cachedRender(useCache.cache, useCache.hash, studio, reporter)))
    const renderId = resumeId || (await studio.startExport(request))
    // The render's pace is learnt from here: the export request's own retries are not render time.
    const startedAt = Date.now()
    context.onRender(renderId)
    reporter.log(
      resumeId
        ? `Resuming the render of project ${renderId}.`
        : `Export started: project ${renderId}.`
    )
    if (useCache && !resumeId) await useCache.cache.saveRender(useCache.hash, renderId)
    const done = await reporter.group(`Rendering project ${renderId}`, () =>
      waitForRender({
        progress: id => studio.progress(id),
        projectId: renderId,
        startedAt,
        // Only a render exported just now may not be registered yet; a resumed one was, in an earlier run.
        graceMs: resumeId ? 0 : undefined,
        deadline: context.deadline,
        signal,
        clock: systemClock,
        log: reporter.log,
        warn: reporter.warn,
        onProgress: percent => reporter.progress?.('render', percent, 100)
      })
    )
    const renderMs = Date.now() - startedAt

    const video = await reporter.group('Downloading the video', () =>
      downloadVideo({
        url: done.downloadUrl,
        dest: videoPath,
        signal,
        allowHttp: context.allowHttp,
        refreshUrl: () => freshDownloadUrl(studio, renderId),
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
      cacheHit: false
    }
  }
}

type Obtained = Pick<
  RenderReport,
  'renderedProjectId' | 'resolution' | 'renderMs' | 'downloadUrl' | 'video' | 'cacheHit'
>

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
    cacheHit: true
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
