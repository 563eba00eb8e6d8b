// @ts-check
// One run of the bundled action as a runner starts it (`node dist/index.js`, INPUT_* variables, the runner's
// files), its wall time and its peak RSS: the process's high-water mark (worker threads included), read from
// /proc while it runs. Everything it writes outside the given workspace is removed after it.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseOutputs, prepareRun, ROOT } from '../sim/runner.js'

/** @param {number[]} values */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return { min: sorted[0], median, max: sorted[sorted.length - 1] }
}

/**
 * @param {import('../sim/runner.js').RunOptions & { workspace: string }} options
 * @returns {Promise<{ startedAt: number, endedAt: number, seconds: number, peakRssMB: number, stderr: string,
 *   outputs: Record<string, string> }>}
 */
export async function runActionProcess(options) {
  const { env } = await prepareRun(options)
  try {
    const startedAt = performance.now()
    const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], {
      cwd: options.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    // The log, for the message when a run fails: annotations go to stdout.
    let stderr = ''
    child.stdout.on('data', chunk => (stderr += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    let peakKB = 0
    const sampler = setInterval(() => {
      const match = /VmHWM:\s+(\d+) kB/.exec(readOrEmpty(`/proc/${child.pid}/status`))
      if (match) peakKB = Math.max(peakKB, Number(match[1]))
    }, 20)
    /** @type {number | null} */
    const code = await new Promise(resolve => child.on('exit', resolve))
    const endedAt = performance.now()
    clearInterval(sampler)
    const outputs = parseOutputs(readFileSync(env.GITHUB_OUTPUT, 'utf8'))
    if (code !== 0) throw new Error(`dist/index.js exited with ${code}: ${stderr}`)
    return {
      startedAt,
      endedAt,
      seconds: (endedAt - startedAt) / 1000,
      peakRssMB: peakKB / 1024,
      stderr,
      outputs
    }
  } finally {
    // The runner's files (GITHUB_OUTPUT, ...) are in a folder of their own, also when RUNNER_TEMP is given.
    await rm(dirname(env.GITHUB_OUTPUT), { recursive: true, force: true })
  }
}

/** @param {string} path */
function readOrEmpty(path) {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

/**
 * `measure` of each kind `runs` times, the kind that goes first alternating, so that a slow minute of a shared
 * machine falls on both sides of a ratio.
 * @template {string} K
 * @param {number} runs
 * @param {[K, K]} kinds
 * @param {(kind: K) => Promise<void>} measure
 */
export async function alternated(runs, [first, second], measure) {
  for (let i = 0; i < runs; i++)
    for (const kind of i % 2 ? [second, first] : [first, second]) await measure(kind)
}
