import { ActionError } from '../shared/errors.js'
import { isRecord } from '../shared/json.js'

/** What Octokit's RequestError carries, matched by shape so no transitive @octokit import is needed. */
export interface HttpFailure {
  status: number
  /** GitHub's own `message`, without the documentation link Octokit appends. */
  message: string
  /** The `errors[].code` values of a 422, e.g. `already_exists`. */
  codes: string[]
}

export function httpFailureOf(error: unknown): HttpFailure | undefined {
  if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') {
    return undefined
  }
  const data = 'response' in error && isRecord(error.response) ? error.response.data : undefined
  const message = isRecord(data) && typeof data.message === 'string' ? data.message : error.message
  const errors = isRecord(data) && Array.isArray(data.errors) ? data.errors : []
  const codes = errors.flatMap(e => (isRecord(e) && typeof e.code === 'string' ? [e.code] : []))
  return { status: error.status, message, codes }
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
 * Turns a GitHub API failure into an error that says how to fix it (one line, except for the
 * permissions block a 403 asks to paste); anything that is not an HTTP failure is returned as is.
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
  if (status === 403 && !isTransientGitHubError(error)) {
    return new ActionError(
      `The github-token may not ${doing} in ${repository} (403 ${message}). Give the job write ` +
        'access to releases by adding this to the workflow or the job:\npermissions:\n  contents: write',
      { input: 'github-token' }
    )
  }
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
