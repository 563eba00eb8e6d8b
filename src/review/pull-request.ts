import { readFile } from 'node:fs/promises'
import { isRecord } from '../shared/json.js'

/** The pull request a run was started for. */
export interface PullRequestTarget {
  owner: string
  repo: string
  number: number
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * The pull request of a `pull_request` or `pull_request_target` run, from the event payload; undefined for
 * any other event. Throws when the run claims such an event but its payload does not name the pull request.
 */
export async function pullRequestOf(
  env: NodeJS.ProcessEnv
): Promise<PullRequestTarget | undefined> {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return undefined
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const payload: unknown = env.GITHUB_EVENT_PATH
    ? JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'))
    : undefined
  const pull = isRecord(payload) ? payload.pull_request : undefined
  const number = isRecord(pull) ? pull.number : isRecord(payload) ? payload.number : undefined
  if (!owner || !repo || typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
    throw new Error(
      `the ${env.GITHUB_EVENT_NAME} event payload (GITHUB_EVENT_PATH) names no pull request number, or GITHUB_REPOSITORY ("${env.GITHUB_REPOSITORY ?? ''}") is not owner/repo`
    )
  return { owner, repo, number }
}
