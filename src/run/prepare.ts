import path from 'node:path'
import { cachedRender } from '../cache/decisions.js'
import { removeStaleParts } from '../shared/workspace-files.js'
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
  const delivery = await reporter.group('Checking where the video goes', () =>
    prepareDelivery(
      job.delivery,
      path.basename(videoPath),
      context.env,
      reporter.log,
      context.clock
    )
  )
  for (const file of await removeStaleParts(videoPath))
    reporter.log(`Removed ${path.basename(file)}, left by an earlier run that was stopped.`)
  return { ...planned, delivery, source: await sourceOf() }

  async function sourceOf(): Promise<VideoSource> {
    if (job.resumeProjectId) return { kind: 'resume', renderId: job.resumeProjectId }
    const { cache } = context
    const hash = planned.contentHash
    if (!cache || !hash) return { kind: 'export' }
    const hit = await cache.lookupVideo(hash)
    if (hit) return { kind: 'cached-video', hit }
    const renderId = await cachedRender(cache, hash, studio, reporter)
    return renderId ? { kind: 'resume', renderId } : { kind: 'export' }
  }
}
