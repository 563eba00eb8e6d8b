import type { Plan } from '../patch/index.js'
import { planTableHtml } from './report.js'
import { code, escapeHtml, heading, link, paragraph, table } from './summary.js'
import { otherLinksHtml, scenesLine, watchHtml, type Watch } from './video-facts.js'

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
  | { kind: 'rendered'; projectId: string; cacheHit: boolean; deleted: boolean; watch: Watch }
  | { kind: 'failed'; message: string }
  | { kind: 'skipped' }

/** GitHub refuses comment bodies over 65,536 characters; a JavaScript length is never fewer. */
export const MAX_COMMENT_LENGTH = 65_536

/**
 * How much a comment shows, most first: each video's facts and plan; the facts only (the plans are in the
 * job summary); a line per video; the count of videos. A body is made at the first that fits.
 */
const DETAILS = ['plans', 'facts', 'lines', 'count'] as const
type Detail = (typeof DETAILS)[number]

/**
 * The comment: the marker, the run, what it spent, then the videos in as much detail as GitHub takes. HTML
 * through the summary's escaping, so a script's blank lines and Markdown stay text and no `@name` in it
 * notifies anyone.
 */
export function commentBody(
  marker: string,
  reviews: VideoReview[],
  env: NodeJS.ProcessEnv,
  spending = ''
): string {
  let body = ''
  for (const detail of DETAILS) {
    body = bodyAt(detail, marker, reviews, env, spending)
    if (body.length <= MAX_COMMENT_LENGTH) break
  }
  return body
}

function bodyAt(
  detail: Detail,
  marker: string,
  reviews: VideoReview[],
  env: NodeJS.ProcessEnv,
  spending: string
): string {
  const dryRun = reviews.every(review => review.render.kind === 'dry-run')
  const title = `AI Studios render${reviews.length > 1 ? 's' : ''}: ${dryRun ? 'the plan' : 'the result'}`
  return (
    `${marker}\n` +
    heading(title, 2) +
    paragraph(runLine(env)) +
    (spending ? paragraph(escapeHtml(spending)) : '') +
    videosAt(detail, reviews, env)
  )
}

function videosAt(detail: Detail, reviews: VideoReview[], env: NodeJS.ProcessEnv): string {
  switch (detail) {
    case 'plans':
    case 'facts':
      return reviews.map(review => videoSection(review, detail === 'plans')).join('')
    case 'lines': {
      const watched = reviews.some(review => review.render.kind === 'rendered')
      return (
        paragraph(`One line per video: the plans are in the ${summaryOf(env)}.`) +
        table([
          ['Video', 'Render', ...(watched ? ['Watch'] : [])],
          ...reviews.map(({ name, sourceProjectId, render }) => [
            code(name ?? sourceProjectId),
            renderNeed(render),
            // The video's own link only: a line per video is for many of them.
            ...(watched ? [render.kind === 'rendered' ? watchHtml(render.watch) : ''] : [])
          ])
        ])
      )
    }
    case 'count':
      return paragraph(
        `${countLine(reviews)}. Too many for a comment: each video, its plan and its links are in the ${summaryOf(env)}.`
      )
  }
}

/** "300 videos: 280 rendered, 15 from the cache, 5 failed". */
function countLine(reviews: VideoReview[]): string {
  const counts = new Map<string, number>()
  for (const { render } of reviews) {
    const word = render.kind === 'rendered' && render.cacheHit ? 'from the cache' : render.kind
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const parts = [...counts].map(([word, n]) => `${n} ${word === 'dry-run' ? 'planned' : word}`)
  return `${reviews.length} video${reviews.length === 1 ? '' : 's'}: ${parts.join(', ')}`
}

/** The job summary is on the run's page. */
function summaryOf(env: NodeJS.ProcessEnv): string {
  const url = runUrl(env)
  return url
    ? `job summary of ${link(`run ${env.GITHUB_RUN_ID ?? ''}`, url)}`
    : 'job summary of the run'
}

function runUrl({ GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID }: NodeJS.ProcessEnv) {
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
    ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
    : undefined
}

/** Which run wrote the comment: it is rewritten by every run of the workflow. */
function runLine(env: NodeJS.ProcessEnv): string {
  const url = runUrl(env)
  const run = url ? link(`run ${env.GITHUB_RUN_ID ?? ''}`, url) : 'this run'
  const commit = env.GITHUB_SHA ? ` at ${code(env.GITHUB_SHA.slice(0, 7))}` : ''
  return `Workflow ${code(env.GITHUB_WORKFLOW ?? '')}, ${run}${commit}; every run updates this comment.`
}

function videoSection(review: VideoReview, withPlans: boolean): string {
  const changes = review.plan?.changes.length
  const { render } = review
  const facts = table([
    ['What', 'Value'],
    ['Source project', code(review.sourceProjectId)],
    ['Changes', changes === undefined ? 'no patch' : String(changes)],
    ...(review.plan ? [['Scenes', escapeHtml(scenesLine(review.plan))]] : []),
    ['Content hash', review.contentHash ? code(review.contentHash) : 'cache off'],
    ['Render', renderNeed(render)],
    ...(render.kind === 'rendered' ? [['Video', watchLinks(render.watch)]] : [])
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

const watchLinks = (watch: Watch): string =>
  [watchHtml(watch), otherLinksHtml(watch)].filter(Boolean).join(' · ')

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
