import type { RunResult, VideoResult } from '../run/result.js'
import { messageOf } from '../shared/errors.js'
import { commentBody, type RenderNeed, type VideoReview } from './comment-body.js'
import type { Runner } from './runner.js'
import { watchOf } from './video-facts.js'

/**
 * With `pr-comment: true` on a pull request's run: the plan per video as the pull request's one comment of
 * this workflow and subject, and the `comment-url` output. Never fails the run.
 */
export async function reportReview(
  runner: Runner,
  token: string,
  subject: { project: string } | { manifest: string },
  reviews: VideoReview[],
  spending: string,
  cancelled?: AbortSignal
): Promise<void> {
  const { env } = runner
  // Loaded only here: Octokit is most of the bundle.
  const { pullRequestOf } = await import('../review/pull-request.js')
  let target: Awaited<ReturnType<typeof pullRequestOf>>
  try {
    target = await pullRequestOf(env)
  } catch (error) {
    runner.warn(`pr-comment: ${messageOf(error)}; no comment was posted.`)
    return
  }
  if (!target) {
    runner.log(
      `pr-comment: a ${env.GITHUB_EVENT_NAME ?? 'local'} run has no pull request to comment on.`
    )
    return
  }
  const { stickyMarker, upsertComment } = await import('../review/sticky-comment.js')
  const marker = stickyMarker(env.GITHUB_WORKFLOW ?? '', subject)
  const url = await upsertComment(
    {
      token,
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      target,
      marker,
      body: commentBody(marker, reviews, env, spending)
    },
    runner,
    { signal: cancelled }
  )
  if (url) runner.output('comment-url', url)
}

/** Each video's review, in the manifest's order; a single video has no name of its own. */
export function reviewsOf(run: RunResult): VideoReview[] {
  return run.results.map((result): VideoReview => ({
    ...(run.kind === 'manifest' ? { name: result.name } : {}),
    sourceProjectId: result.sourceProjectId,
    plan: result.plan,
    contentHash: result.contentHash,
    render: renderNeedOf(result)
  }))
}

function renderNeedOf(result: VideoResult): RenderNeed {
  const { report, dryRun } = result
  if (report)
    return {
      kind: 'rendered',
      projectId: report.renderedProjectId,
      cacheHit: report.cacheHit,
      deleted: report.projectDeleted,
      watch: watchOf(report)
    }
  if (dryRun)
    return {
      kind: 'dry-run',
      needsExport: dryRun.needsExport,
      cacheHit: dryRun.cacheHit,
      cacheOn: dryRun.cacheOn
    }
  if (result.status === 'failed') return { kind: 'failed', message: messageOf(result.error) }
  return { kind: 'skipped' }
}
