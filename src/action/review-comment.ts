import type { Plan } from '../patch/index.js'
import type { RunResult, VideoResult } from '../run/result.js'
import { messageOf } from '../shared/errors.js'
import { planTableHtml } from './report.js'
import type { Runner } from './runner.js'
import { code, escapeHtml, heading, link, paragraph, table } from './summary.js'

/** What a reviewer needs to know of one video, as plain values. */
export interface VideoReview {
  /** The manifest's name for it; undefined for the single video. */
  name?: string
  sourceProjectId: string
  /** Undefined without a patch. */
  plan?: Plan
  contentHash?: string
  render: RenderNeed
}

export type RenderNeed =
  /** `cacheOn` false: `cache: false`, so nothing can be reused. */
  | { kind: 'dry-run'; needsExport: boolean; cacheHit: boolean; cacheOn: boolean }
  | { kind: 'rendered'; projectId: string; cacheHit: boolean; deleted: boolean }
  | { kind: 'failed'; message: string }
  | { kind: 'skipped' }

/** GitHub refuses comment bodies over 65,536 characters. */
const MAX_BODY = 65_000

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

/**
 * The comment: the marker, then per video its facts and its plan (old and new script per scene, clip
 * changes). HTML through the summary's escaping, so a script's blank lines and Markdown stay text. A plan too
 * long for a comment points at the job summary instead.
 */
export function commentBody(
  marker: string,
  reviews: VideoReview[],
  env: NodeJS.ProcessEnv,
  spending = ''
): string {
  const full = bodyWith(marker, reviews, env, spending, true)
  return full.length <= MAX_BODY ? full : bodyWith(marker, reviews, env, spending, false)
}

function bodyWith(
  marker: string,
  reviews: VideoReview[],
  env: NodeJS.ProcessEnv,
  spending: string,
  withPlans: boolean
): string {
  const dryRun = reviews.every(review => review.render.kind === 'dry-run')
  const title = `AI Studios render${reviews.length > 1 ? 's' : ''}: ${dryRun ? 'the plan' : 'the result'}`
  return (
    `${marker}\n` +
    heading(title, 2) +
    paragraph(runLine(env)) +
    (spending ? paragraph(escapeHtml(spending)) : '') +
    reviews.map(review => videoSection(review, withPlans)).join('')
  )
}

/** Which run wrote the comment: it is rewritten by every run of the workflow. */
function runLine(env: NodeJS.ProcessEnv): string {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_WORKFLOW, GITHUB_SHA } = env
  const run =
    GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
      ? link(
          `run ${GITHUB_RUN_ID}`,
          `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
        )
      : 'this run'
  const commit = GITHUB_SHA ? ` at ${code(GITHUB_SHA.slice(0, 7))}` : ''
  return `Workflow ${code(GITHUB_WORKFLOW ?? '')}, ${run}${commit}; every run updates this comment.`
}

function videoSection(review: VideoReview, withPlans: boolean): string {
  const changes = review.plan?.changes.length
  const facts = table([
    ['What', 'Value'],
    ['Source project', code(review.sourceProjectId)],
    ['Changes', changes === undefined ? 'no patch' : String(changes)],
    ['Content hash', review.contentHash ? code(review.contentHash) : 'cache off'],
    ['Render', renderNeed(review.render)]
  ])
  const plan = !review.plan
    ? ''
    : changes === 0
      ? paragraph('No changes: the project already matches the patch.')
      : withPlans
        ? heading('Planned edits', review.name ? 4 : 3) + planTableHtml(review.plan)
        : paragraph('The plan is too long for a comment: it is in the job summary of the run.')
  return (review.name ? heading(`Video ${review.name}`, 3) : '') + facts + plan
}

function renderNeed(need: RenderNeed): string {
  switch (need.kind) {
    case 'dry-run':
      if (need.cacheHit) return 'not needed: the cache holds the video of this content'
      if (!need.needsExport) return 'not needed: a real run resumes an earlier render'
      return need.cacheOn
        ? 'needed: no cached video for this content'
        : 'needed: the cache is off, so a real run exports'
    case 'rendered':
      if (need.cacheHit)
        return `not needed: the cached video of project ${code(need.projectId)} was reused (0 exports)`
      return `done: rendered as project ${code(need.projectId)}${need.deleted ? ', deleted after delivery' : ''}`
    case 'failed':
      return `failed: ${escapeHtml(need.message)}`
    case 'skipped':
      return 'skipped: an earlier video failed (fail-fast)'
  }
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
      deleted: report.projectDeleted
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
