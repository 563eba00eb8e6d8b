// @ts-check
// The environment a GitHub runner gives a JavaScript action, aimed at the fake servers. Pitfalls it
// avoids are in docs/github-protocols.md (GITHUB_SERVER_URL, NO_PROXY, event payload).
import fs from 'node:fs'
import path from 'node:path'

/** Variables a runner sets per step; a test run inside GitHub Actions must not leak its own. */
const RUNNER_OWNED = /^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|STATE_)/
/** The Azure SDK honours proxies even for 127.0.0.1, so the blob leg would go astray. */
const PROXY = /^(https?_proxy|all_proxy|no_proxy)$/i
const FILE_COMMANDS = [
  'GITHUB_OUTPUT',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_STATE',
  'GITHUB_ENV',
  'GITHUB_PATH'
]

/**
 * @typedef {object} RunnerEnvOptions
 * @property {{ url: string, runtimeToken: string }} [results] from startResultsService; without it
 *   there is no artifact runtime (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset)
 * @property {{ url: string, repo?: string }} [releases] from startReleasesApi
 * @property {string} workspace GITHUB_WORKSPACE
 * @property {string} runnerTemp RUNNER_TEMP; the event payload and file-command files go here
 * @property {string} [repository] defaults to the releases fake's repo, else 'o/r'
 * @property {string} [ref] GITHUB_REF, default 'refs/heads/main'
 * @property {string} [eventName] GITHUB_EVENT_NAME, default 'push'
 * @property {object} [event] the payload; by default a minimal one for eventName and ref
 * @property {string} [runId] GITHUB_RUN_ID, default '4242'
 * @property {string} [runAttempt] GITHUB_RUN_ATTEMPT, default '1'
 * @property {NodeJS.ProcessEnv} [base] inherited variables (PATH, HOME...), default process.env
 */

/**
 * A minimal payload with what actions read most: the ref, and for `release` events the release.
 * @param {string} eventName
 * @param {string} ref
 */
function defaultEvent(eventName, ref) {
  const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined
  if (eventName === 'release') {
    return { action: 'published', release: { tag_name: tag, draft: false, prerelease: false } }
  }
  return { ref }
}

/**
 * Builds the env for a spawned `node dist/index.js` (or for an in-process test to copy into
 * process.env). Writes the event payload and creates empty GITHUB_OUTPUT/STEP_SUMMARY/STATE/ENV/
 * PATH files in runnerTemp, which @actions/core insists exist. Inputs (`INPUT_*`) are up to the
 * caller: the runner fills action.yml defaults, `node dist/index.js` does not.
 * @param {RunnerEnvOptions} options
 * @returns {Record<string, string>}
 */
export function runnerEnv(options) {
  const { results, releases, workspace, runnerTemp, base = process.env } = options
  const ref = options.ref ?? 'refs/heads/main'
  const eventName = options.eventName ?? 'push'
  fs.mkdirSync(runnerTemp, { recursive: true })
  const eventPath = path.join(runnerTemp, 'event.json')
  fs.writeFileSync(eventPath, JSON.stringify(options.event ?? defaultEvent(eventName, ref)))

  /** @type {Record<string, string>} */
  const env = {}
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && !RUNNER_OWNED.test(name) && !PROXY.test(name)) env[name] = value
  }
  for (const name of FILE_COMMANDS) {
    env[name] = path.join(runnerTemp, name.toLowerCase())
    fs.writeFileSync(env[name], '')
  }
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    // Must name github.com (or *.ghe.com): anything else makes @actions/artifact refuse as GHES.
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: options.repository ?? releases?.repo ?? 'o/r',
    GITHUB_RUN_ID: options.runId ?? '4242',
    GITHUB_RUN_ATTEMPT: options.runAttempt ?? '1',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_JOB: 'render',
    GITHUB_ACTION: 'render_video',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    NO_PROXY: '127.0.0.1,localhost',
    // A stalled blob upload then fails in seconds instead of five minutes.
    ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS: '10000'
  })
  if (results) {
    env.ACTIONS_RUNTIME_TOKEN = results.runtimeToken
    env.ACTIONS_RESULTS_URL = results.url
    // The same service answers the cache v2 RPCs; without this @actions/cache speaks the old v1 protocol.
    env.ACTIONS_CACHE_SERVICE_V2 = 'true'
  }
  // Without the releases fake, API calls fail fast (port 9 is "discard") instead of reaching
  // api.github.com, which @actions/github would default to.
  env.GITHUB_API_URL = releases?.url ?? 'http://127.0.0.1:9'
  return env
}
