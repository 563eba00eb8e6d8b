import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

/*
 * Runs the bundled action the way a GitHub runner does: a `node dist/index.js` child process with INPUT_*
 * variables (hyphens kept, defaults filled in from action.yml as the runner would), GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, RUNNER_TEMP and GITHUB_WORKSPACE.
 */

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const ACTION = path.join(ROOT, 'dist/index.js')

interface ActionYaml {
  inputs: Record<string, { default?: string }>
}

const actionYaml = parseYaml(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYaml

export interface RunOptions {
  inputs: Record<string, string>
  env?: Record<string, string | undefined>
  /** An existing workspace, e.g. one prepared with a patch file; a fresh temp dir otherwise. */
  workspace?: string
  /** Send SIGINT after this many ms (a cancelled job). */
  cancelAfterMs?: number
  /** The value of `${{ github.token }}` in defaults. */
  githubToken?: string
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
  durationMs: number
}

export async function newWorkspace(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'aistudios-ws-'))
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  const workspace = options.workspace ?? (await newWorkspace())
  const runnerDir = await mkdtemp(path.join(os.tmpdir(), 'aistudios-runner-'))
  const outputFile = path.join(runnerDir, 'output')
  const summaryFile = path.join(runnerDir, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NO_PROXY: '127.0.0.1,localhost',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerDir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main'
  }
  for (const [name, spec] of Object.entries(actionYaml.inputs)) {
    const value = name in options.inputs ? options.inputs[name] : (spec.default ?? '')
    env[`INPUT_${name.toUpperCase()}`] = value.replace('${{ github.token }}', options.githubToken ?? '')
  }
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }

  const started = Date.now()
  const child = spawn(process.execPath, [ACTION], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const cancel = options.cancelAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGINT'), options.cancelAfterMs)
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  clearTimeout(cancel)
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    workspace,
    durationMs: Date.now() - started
  }
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value's lines, then the delimiter. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
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

/** The log as a user sees it: the runner consumes `::add-mask::` lines, which carry the secrets themselves. */
export function visibleLog(result: RunResult): string {
  return (result.stdout + result.stderr)
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
}

/** `::error` annotations (from `core.error` and `core.setFailed`). */
export function errorAnnotations(result: RunResult): string[] {
  return result.stdout.split('\n').filter(line => line.startsWith('::error'))
}

export async function sha256File(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex')
}
