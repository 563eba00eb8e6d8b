// @ts-check
// Start-up: each entry (`node dist/index.js`, `node dist/cli.js` once it exists) until its first line of
// output, min/median/max of N alternated runs, beside `node -e 0` (the runtime's own start) measured in the
// same script. Usage: node bench/startup.js [--smoke]
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT } from '../sim/runner.js'
import { readGuards } from './guards.js'

const TARGET_MS = readGuards().startupMs
/** The bundle's entries; the ones not built yet are skipped. */
export const ENTRIES = ['index.js', 'cli.js']

/**
 * ms from spawn to the first byte on stdout (or to exit, for a program that prints nothing).
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @returns {Promise<number>}
 */
function timeToFirstOutput(args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] })
    let first = -1
    child.stdout.once('data', () => (first = elapsed()))
    child.on('error', reject)
    child.on('close', () => resolve(first >= 0 ? first : elapsed()))
  })
}

/** @param {number[]} values */
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * @param {{ smoke?: boolean, entries?: string[] }} [options]
 */
export async function benchStartup({ smoke = false, entries = ENTRIES } = {}) {
  const runs = smoke ? 3 : 10
  // Inputs that fail validation at once: the action loads its whole bundle, reads its inputs, and prints.
  const env = {
    PATH: process.env.PATH ?? '',
    'INPUT_PROJECT-ID': '',
    GITHUB_OUTPUT: '',
    GITHUB_STEP_SUMMARY: ''
  }
  const dist = path.join(ROOT, 'dist')
  const present = entries.filter(name => existsSync(path.join(dist, name)))
  /** @type {Map<string, number[]>} */
  const times = new Map(present.map(name => [name, []]))
  /** @type {number[]} */
  const baseline = []
  for (let i = 0; i < runs; i++) {
    baseline.push(await timeToFirstOutput(['-e', 'console.log(0)'], env))
    for (const name of present) {
      times.get(name)?.push(await timeToFirstOutput([path.join(dist, name)], env))
    }
  }
  const chunks = (await readdir(dist)).filter(name => name.endsWith('.js'))
  const startBytes = (await stat(path.join(dist, 'index.js'))).size
  let bundleBytes = 0
  for (const name of chunks) bundleBytes += (await stat(path.join(dist, name))).size
  const nodeBaselineMs = median(baseline)
  const perEntry = present.map(name => {
    const values = times.get(name) ?? []
    const medianMs = median(values)
    return {
      entry: `dist/${name}`,
      minMs: Math.min(...values),
      medianMs,
      maxMs: Math.max(...values),
      ratioToBaseline: medianMs / nodeBaselineMs,
      // Run by run against the bare `node -e` run beside it.
      ratios: values.map((ms, i) => ms / baseline[i]),
      pass: medianMs < TARGET_MS
    }
  })
  return {
    entries: perEntry,
    nodeBaselineMs,
    startBundleMB: startBytes / 2 ** 20,
    bundleMB: bundleBytes / 2 ** 20,
    targetMs: TARGET_MS
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchStartup({ smoke: process.argv.includes('--smoke') })
  console.table(result.entries)
  console.log(`node -e: ${result.nodeBaselineMs.toFixed(0)} ms, target < ${result.targetMs} ms`)
}
