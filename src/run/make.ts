import fs from 'node:fs/promises'
import path from 'node:path'
import type { StudioClient } from '../aistudios/client.js'
import { deleteRenderedProject } from '../aistudios/cleanup.js'
import type { VideoMeta } from '../cache/video-cache.js'
import { downloadVideo } from '../download/index.js'
import { checkVideo } from '../download/mp4-facts.js'
import { waitForRender } from '../render/wait.js'
import { StoppedError, within } from '../shared/deadline.js'
import { ActionError } from '../shared/errors.js'
import type { Reporter } from '../shared/reporter.js'
import type { Video } from '../shared/video.js'
import { makeCompanions } from './companions.js'
import type { ReadyVideo, RenderReport, RunContext } from './job.js'

/** A failure after the render may have been paid for: the render to resume comes with it. */
export class FailedAfterExport extends Error {
  constructor(
    readonly failure: unknown,
    readonly renderId: string
  ) {
    super('failed after the export')
  }
}

/**
 * Start or resume, wait, download (or reuse the cached video), check, deliver, then fill the cache. Once a
 * render is started or resumed, a failure comes as `FailedAfterExport`, naming it.
 */
export async function makeVideo(ready: ReadyVideo, context: RunContext): Promise<RenderReport> {
  const { job, source, contentHash: hash } = ready
  const { studio, signal, reporter, cache } = context
  const cached = source.kind === 'cached-video'
  let renderId = cached ? undefined : source.kind === 'resume' ? source.renderId : undefined
  try {
    const { created, ...got } = cached
      ? await reuseCachedVideo(source.hit, ready.videoPath, studio, reporter)
      : await renderAndDownload(ready, renderId, context, id => (renderId = id))
    // Before delivery: a file with no picture is never published, nor left where the video was promised.
    const facts = await checkVideo(got.video.path, job.settings.resolution, reporter.warn).catch(
      async (error: unknown) => {
        await fs.rm(got.video.path, { force: true })
        throw error
      }
    )
    const companions = await makeCompanions(
      ready.companions,
      got.video,
      facts.duration,
      source.kind === 'cached-video' ? source.hit.companions : [],
      signal,
      reporter
    )
    const { deliverVideo } = await import('../deliver/index.js')
    const delivered = await reporter.group('Delivering the video', () =>
      within(
        job.uploadTimeoutMs,
        context.cancelled ?? signal,
        () =>
          new ActionError(
            `The upload did not finish within \`upload-timeout-minutes\` (${job.uploadTimeoutMs / 60_000}).`,
            { input: 'upload-timeout-minutes' }
          ),
        bound => deliverVideo(ready.delivery, got.video, reporter.log, bound, companions)
      ).catch((error: unknown) => {
        if (!(error instanceof StoppedError)) throw error
        throw new ActionError(
          `${error.message} The video was downloaded but not delivered: it is at ${path.relative(job.workspace, got.video.path)}.`,
          error.details
        )
      })
    )
    // After delivery: the user's video comes first, and a slow cache must not hold it up. A resumed
    // `resume-project-id` is the user's own render, not this content's: it is not cached.
    if (cache && !got.cacheHit && !job.resumeProjectId)
      await cache.saveVideo(
        hash,
        got.video,
        {
          projectId: got.renderedProjectId,
          resolution: got.resolution,
          downloadUrl: got.downloadUrl
        },
        companions
      )
    const projectDeleted =
      job.deleteRenderedProject === true &&
      created &&
      (await deleteRenderedProject(studio, got.renderedProjectId, reporter))
    return {
      ...got,
      projectDeleted,
      facts,
      videoPath: path.relative(job.workspace, got.video.path),
      companions: companions.map(each => ({
        name: each.kind.name,
        path: path.relative(job.workspace, each.path)
      })),
      delivery: delivered
    }
  } catch (error) {
    throw renderId === undefined ? error : new FailedAfterExport(error, renderId)
  }
}

type Obtained = Pick<
  RenderReport,
  'renderedProjectId' | 'resolution' | 'renderMs' | 'downloadUrl' | 'video' | 'cacheHit'
> & {
  /** The project was created by this run's export, so it is this run's to delete. */
  created: boolean
}

/** `resumeId` undefined: export now (the one call that spends credits). */
async function renderAndDownload(
  ready: ReadyVideo,
  resumeId: string | undefined,
  context: RunContext,
  started: (renderId: string) => void
): Promise<Obtained> {
  const { job, contentHash: hash } = ready
  const { studio, signal, reporter, cache } = context
  const renderId = resumeId ?? (await studio.startExport(ready.request))
  // The render's pace is learnt from here: the export request's own retries are not render time.
  const startedAt = context.clock.now()
  started(renderId)
  reporter.log(
    resumeId
      ? `Resuming the render of project ${renderId}.`
      : `Export started: project ${renderId}.`
  )
  if (cache && !resumeId) await cache.saveRender(hash, renderId)
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

/** The progress endpoint hands out the current download URL; asking it never starts another render. */
async function freshDownloadUrl(studio: StudioClient, projectId: string): Promise<string> {
  const { downloadUrl } = await studio.progress(projectId)
  if (!downloadUrl)
    throw new ActionError(`AI Studios no longer offers a download URL for project ${projectId}.`)
  return downloadUrl
}
