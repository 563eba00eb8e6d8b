import { ActionError } from './errors.js'
import { isRecord } from './json.js'
import { parseRetryAfter } from './retry-after.js'
import type { RetryVerdict } from './retry.js'

/** What Octokit's RequestError carries, matched by shape so no transitive @octokit import is needed. */
export interface HttpFailure {
  status: number
  /** GitHub's own `message`, without the documentation link Octokit appends. */
  message: string
  /** The `errors[].code` values of a 422, e.g. `already_exists`. */
  codes: string[]
  /** The `Retry-After` header, when GitHub sent one (secondary rate limits do). */
  retryAfter?: string
}

export function httpFailureOf(error: unknown): HttpFailure | undefined {
  if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') {
    return undefined
  }
  const response = 'response' in error && isRecord(error.response) ? error.response : undefined
  const data = response?.data
  const message = isRecord(data) && typeof data.message === 'string' ? data.message : error.message
  const errors = isRecord(data) && Array.isArray(data.errors) ? data.errors : []
  const codes = errors.flatMap(e => (isRecord(e) && typeof e.code === 'string' ? [e.code] : []))
  const headers = isRecord(response?.headers) ? response.headers : {}
  const retryAfter = typeof headers['retry-after'] === 'string' ? headers['retry-after'] : undefined
  return { status: error.status, message, codes, retryAfter }
}

/**
 * Worth another try: server errors, timeouts, rate limits, and network failures (which Octokit's
 * fetch wrapper reports as status 500).
 */
export function isTransientGitHubError(error: unknown): boolean {
  const failure = httpFailureOf(error)
  if (!failure) return false
  const { status, message } = failure
  return (
    status >= 500 ||
    status === 408 ||
    status === 429 ||
    (status === 403 && /rate limit/i.test(message))
  )
}

/** `retry`'s verdict on a GitHub failure: transient ones again, after GitHub's `Retry-After` if it sent one. */
export function gitHubRetryVerdict(error: unknown, nowMs: number): RetryVerdict {
  if (!isTransientGitHubError(error)) return false
  return { afterMs: parseRetryAfter(httpFailureOf(error)?.retryAfter, nowMs) }
}

export function isAlreadyExists(error: unknown): boolean {
  const failure = httpFailureOf(error)
  return failure?.status === 422 && failure.codes.includes('already_exists')
}

export interface GitHubErrorContext {
  /** What we tried, completing "while trying to …", e.g. `upload demo.mp4 to release v1`. */
  doing: string
  repository: string
  tag: string
}

/** The explanation for a release GitHub will not let anyone change. */
export function immutableReleaseError(tag: string, detail: string): ActionError {
  return new ActionError(
    `Release ${tag} is immutable (${detail}): GitHub refuses to add, replace or delete its assets. ` +
      'Upload the video while the release is still a draft and publish it afterwards, or use a new tag.',
    { input: 'release-tag' }
  )
}

/**
 * A token that may not write to the repository's releases. The permissions block is quoted inline, in
 * YAML's flow style, so that it stays one valid line whatever sentence follows it.
 */
export function noWriteAccess(
  doing: string,
  repository: string,
  { status, message }: HttpFailure
): ActionError {
  return new ActionError(
    `The github-token may not ${doing} in ${repository} (${status} ${message}): give the job write ` +
      'access to releases by adding `permissions: { contents: write }` to the job or the workflow.',
    { input: 'github-token' }
  )
}

/**
 * Turns a GitHub API failure into a one-line error that says how to fix it; anything that is not an
 * HTTP failure is returned as is.
 */
export function explainGitHubError(
  error: unknown,
  { doing, repository, tag }: GitHubErrorContext
): unknown {
  const failure = httpFailureOf(error)
  if (!failure || error instanceof ActionError) return error
  const { status, message } = failure
  if (status === 401) {
    return new ActionError(
      `GitHub rejected the github-token (401 ${message}) while trying to ${doing}: the token is ` +
        'invalid or has expired. Leave github-token at its default (${{ github.token }}) or pass a valid token.',
      { input: 'github-token' }
    )
  }
  if (status === 403 && !isTransientGitHubError(error))
    return noWriteAccess(doing, repository, failure)
  if (status === 404) {
    return new ActionError(
      `GitHub answered 404 Not Found while trying to ${doing}: ${repository} does not exist or the ` +
        'github-token cannot see it. For another or a private repository, pass a token with access to it.',
      { input: 'github-token' }
    )
  }
  if (status === 422 && /immutable/i.test(message)) {
    return immutableReleaseError(tag, `422 ${message}`)
  }
  const advice =
    status >= 500
      ? ', even after retries; GitHub may be having trouble (https://www.githubstatus.com): re-run the job later.'
      : '.'
  return new ActionError(`GitHub answered ${status} (${message}) while trying to ${doing}${advice}`)
}
