import path from 'node:path'
import type { StudioClient } from '../aistudios/client.js'
import { StudioError } from '../aistudios/transport.js'
import { cachedRender, type RenderProbe } from '../cache/decisions.js'
import { classifyProgress } from '../render/wait.js'
import { removeStaleParts } from '../shared/workspace-files.js'
import { prepareCompanions } from './companions.js'
import type { PlannedVideo, ReadyVideo, RunContext, VideoSource } from './job.js'

/**
 * What must be known before the export is paid for: that the video can be delivered, and whether the cache
 * already has the video or a render of this content. A cached video is restored here, so the decision holds.
 */
export async function prepareVideo(
  planned: PlannedVideo,
  context: RunContext
): Promise<ReadyVideo> {
  const { job, videoPath } = planned
  const { reporter, studio } = context
  // Loaded here, not at start-up: the GitHub clients are most of the bundle, and bad input or a dry run
  // should answer at once.
  const { prepareDelivery } = await import('../deliver/index.js')
  const companions = await prepareCompanions(job, context.env, reporter)
  const delivery = await reporter.group('Checking where the video goes', () =>
    prepareDelivery(
      job.delivery,
      path.basename(videoPath),
      context.env,
      reporter.log,
      context.clock,
      companions.map(each => each.maker.kind.suffix)
    )
  )
  for (const file of await removeStaleParts(videoPath))
    reporter.log(`Removed ${path.basename(file)}, left by an earlier run that was stopped.`)
  return { ...planned, delivery, companions, source: await sourceOf() }

  async function sourceOf(): Promise<VideoSource> {
    if (job.resumeProjectId) return { kind: 'resume', renderId: job.resumeProjectId }
    const { cache } = context
    const hash = planned.contentHash
    if (!cache) return { kind: 'export' }
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
