// @ts-check
import { spawn } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { runnerEnv } from './github/env.js'

/*
 * Runs the bundled action the way a GitHub runner does: a `node dist/index.js` child process with INPUT_*
 * variables (hyphens kept, defaults filled in from action.yml as the runner would), GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, RUNNER_TEMP and GITHUB_WORKSPACE. Shared by the end-to-end tests and the demo.
 */

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ACTION = path.join(ROOT, 'dist/index.js')

/** @type {{ inputs: Record<string, { default?: string }> }} */
const actionYaml = parseYaml(await readFile(path.join(ROOT, 'action.yml'), 'utf8'))

/**
 * @typedef {object} RunOptions
 * @property {Record<string, string>} inputs
 * @property {Record<string, string | undefined>} [env] extra variables; undefined removes one
 * @property {string} [workspace] an existing workspace; a fresh temp dir otherwise
 * @property {(cancel: () => void) => void} [cancelOn] given the function that sends SIGINT (as the runner
 *   does on cancel), to call on an event the test servers see: never on a timer
 * @property {string} [githubToken] the value of `${{ github.token }}` in defaults
 * @property {Omit<import('./github/env.js').RunnerEnvOptions, 'workspace' | 'runnerTemp'>} [runner] the
 *   GitHub side: results service, releases API, ref, event
 * @property {(chunk: string) => void} [onOutput] the child's stdout and stderr as they come
 *
 * @typedef {object} RunResult
 * @property {number | null} code
 * @property {string} stdout
 * @property {string} stderr
 * @property {Record<string, string>} outputs
 * @property {string} summary
 * @property {string} workspace
 * @property {number} durationMs
 */

/** @returns {Promise<string>} */
export function newWorkspace() {
  return mkdtemp(path.join(os.tmpdir(), 'aistudios-ws-'))
}

/**
 * The environment a runner gives the step: INPUT_* (defaults from action.yml), GitHub's variables, the
 * runner's files. Shared by the spawned run and the in-process one.
 * @param {RunOptions} options
 * @returns {Promise<{ env: Record<string, string>, workspace: string }>}
 */
export async function prepareRun(options) {
  const workspace = options.workspace ?? (await newWorkspace())
  const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'aistudios-runner-'))
  const env = runnerEnv({ ...options.runner, workspace, runnerTemp })
  for (const [name, spec] of Object.entries(actionYaml.inputs)) {
    const value = name in options.inputs ? options.inputs[name] : (spec.default ?? '')
    env[`INPUT_${name.toUpperCase()}`] = value.replace(
      '${{ github.token }}',
      options.githubToken ?? ''
    )
  }
  // A `with:` key the action does not declare still reaches it, as INPUT_<NAME>: the runner only warns.
  for (const [name, value] of Object.entries(options.inputs))
    if (!(name in actionYaml.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }

  return { env, workspace }
}

/**
 * @param {RunOptions} options
 * @returns {Promise<RunResult>}
 */
export async function runAction(options) {
  const { env, workspace } = await prepareRun(options)
  const started = Date.now()
  const child = spawn(process.execPath, [ACTION], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => {
    stdout += chunk
    options.onOutput?.(String(chunk))
  })
  child.stderr.on('data', chunk => {
    stderr += chunk
    options.onOutput?.(String(chunk))
  })
  options.cancelOn?.(() => child.kill('SIGINT'))
  /** @type {number | null} */
  const code = await new Promise(resolve => child.on('close', resolve))
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(env.GITHUB_OUTPUT, 'utf8')),
    summary: env.GITHUB_STEP_SUMMARY ? await readFile(env.GITHUB_STEP_SUMMARY, 'utf8') : '',
    workspace,
    durationMs: Date.now() - started
  }
}

/**
 * GITHUB_OUTPUT holds `name<<delimiter`, the value's lines, then the delimiter.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseOutputs(text) {
  /** @type {Record<string, string>} */
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const end = lines.indexOf(match[2], i + 1)
    outputs[match[1]] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}
