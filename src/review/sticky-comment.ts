import { getOctokit } from '@actions/github'
import { systemClock, type Clock } from '../shared/clock.js'
import { StoppedError, within } from '../shared/deadline.js'
import { httpFailureOf, isTransientGitHubError } from '../shared/github-errors.js'
import { messageOf } from '../shared/errors.js'
import type { Reporter } from '../shared/reporter.js'
import { retry } from '../shared/retry.js'
import type { PullRequestTarget } from './pull-request.js'

type Octokit = ReturnType<typeof getOctokit>
type IssueComment = Awaited<ReturnType<Octokit['rest']['issues']['listComments']>>['data'][number]

export interface StickyComment {
  token: string
  /** GITHUB_API_URL: GHES and the tests' fake have their own. */
  apiUrl: string
  target: PullRequestTarget
  /** A hidden line that names what the comment is about; the body starts with it. */
  marker: string
  body: string
  /** For the whole exchange, retries included: a hung GitHub must not hold a finished run. */
  timeoutMs?: number
}

export interface CommentContext {
  /** The waits between retries and the exchange's bound run on it. */
  clock?: Clock
  /** The run's cancel: the exchange stops with it. */
  signal?: AbortSignal
  random?: () => number
}

const ATTEMPTS = 4

/**
 * Creates the pull request's comment, or updates the one an earlier run left: the comment that carries
 * `marker` and was written by this token's user. Returns its URL, or undefined after one warning: a comment
 * is a courtesy to reviewers and never fails the run, whose video may already be paid for.
 *
 * Which user the token is: GET /user answers for a person's token; the workflow's GITHUB_TOKEN, an app
 * installation token, is refused there, and its comments are by `github-actions[bot]`. Only a comment by that
 * very login is ours: any other bot (`renovate[bot]`) or person carrying the marker, even in a quote, is left
 * as it is, and ours is created beside it. (Another GitHub App's installation token cannot tell its own login
 * either: its comment is not found, and each run posts a new one rather than take someone else's.)
 *
 * The whole exchange is retried on GitHub's transient failures: listing again first finds a comment whose
 * creation answer was lost, so a retry never posts a second one.
 */
export async function upsertComment(
  comment: StickyComment,
  reporter: Pick<Reporter, 'log' | 'warn'>,
  { clock = systemClock, signal, random }: CommentContext = {}
): Promise<string | undefined> {
  const { number } = comment.target
  const timeoutMs = comment.timeoutMs ?? 60_000
  try {
    const { url, updated } = await within(
      timeoutMs,
      signal,
      () => new Error(`GitHub did not answer within ${timeoutMs / 1000} s`),
      bound => {
        const octokit = getOctokit(comment.token, {
          baseUrl: comment.apiUrl,
          request: { signal: bound }
        })
        return retry(() => upsertOnce(octokit, comment), {
          attempts: ATTEMPTS,
          classify: error => (isTransientGitHubError(error) ? {} : false),
          clock,
          signal: bound,
          random,
          onRetry: (error, delayMs, next) =>
            reporter.log(
              `Commenting on pull request #${number} failed (${messageOf(error)}); retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${next} of ${ATTEMPTS}).`
            )
        })
      },
      clock
    )
    reporter.log(`${updated ? 'Updated' : 'Posted'} the plan on pull request #${number}: ${url}`)
    return url
  } catch (error) {
    reporter.warn(
      error instanceof StoppedError
        ? `The plan could not be posted on pull request #${number}: ${error.message.replace(/\.$/, '')}. The plan is in the job summary.`
        : commentWarning(error, number)
    )
    return undefined
  }
}

async function upsertOnce(
  octokit: Octokit,
  { target, marker, body }: StickyComment
): Promise<{ url: string; updated: boolean }> {
  const { owner, repo, number } = target
  const login = await ownLogin(octokit)
  const ours = (c: IssueComment): boolean =>
    (c.body ?? '').startsWith(marker) && c.user?.login === login
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100
  })
  for await (const { data } of pages) {
    const found = data.find(ours)
    if (found) {
      const updated = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: found.id,
        body
      })
      return { url: updated.data.html_url, updated: true }
    }
  }
  const created = await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: number,
    body
  })
  return { url: created.data.html_url, updated: false }
}

/** The workflow token's author: GET /user refuses an installation token. */
const ACTIONS_BOT = 'github-actions[bot]'

/** The login the token's comments are written by. */
async function ownLogin(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login
  } catch (error) {
    if (httpFailureOf(error)?.status === 403) return ACTIONS_BOT
    throw error
  }
}

/** One line: what failed and, for a 403, the permission that is missing. */
function commentWarning(error: unknown, number: number): string {
  const failure = httpFailureOf(error)
  const what = `The plan could not be posted on pull request #${number}`
  if (failure?.status === 403 && !isTransientGitHubError(error))
    return `${what} (403 ${failure.message}): the github-token may not write pull-request comments. Add \`permissions: pull-requests: write\` to the job; a pull request from a fork gets a read-only token whatever the workflow asks. The plan is in the job summary.`
  const reason = failure ? `${failure.status} ${failure.message}` : messageOf(error)
  return `${what} (${reason}). The plan is in the job summary.`
}

/**
 * The hidden first line that tells this comment apart: the workflow and what it renders, so two workflows,
 * or two steps with other projects, each keep their own comment. Percent-encoded, dashes too, so no name can
 * end the HTML comment early.
 */
export function stickyMarker(
  workflow: string,
  subject: { project: string } | { manifest: string }
): string {
  const encode = (text: string): string => encodeURIComponent(text).replace(/-/g, '%2D')
  const [kind, value] =
    'project' in subject ? ['project', subject.project] : ['manifest', subject.manifest]
  return `<!-- aistudios-render workflow=${encode(workflow)} ${kind}=${encode(value)} -->`
}
