// @ts-check
// The bench's guards are the figures of docs/performance.md (its `bench-guards` block), read from there so
// the page and the bench cannot drift apart; and the one verdict of a figure measured on a shared machine.
import { readFileSync } from 'node:fs'
import { ROOT } from '../sim/runner.js'
import { stats } from './action-process.js'

/**
 * @typedef {object} Guards
 * @property {number} downloadVsPipeline the action's 1 GiB download at least this much faster than
 *   `curl | tee | openssl dgst -sha256` (the same work: fetch, write, hash)
 * @property {number} downloadVsCurlMin the lowest speed ratio to `curl -o` measured there (1 GiB)
 * @property {number} downloadPeakRssMB
 * @property {number} downloadRssGrowthMB peak RSS at 1 GiB minus at 100 MiB
 * @property {number} twoMinuteRequests progress requests to notice a 2-minute render
 * @property {number} twoMinuteLagS
 * @property {number} pollLagMedianS
 * @property {number} pollLagMaxS
 * @property {number} pollRequestsVsFixed3s
 * @property {number} startupVsNode start-up of `dist/index.js` over a bare `node -e`
 * @property {number} startupMs
 * @property {number} manifestWallRatio 5 videos at max-parallel 5 over one
 * @property {number} scaleWallRatio 500 videos at max-parallel 10 over ceil(500/10) rounds of 5 videos
 * @property {number} scaleRssGrowthMB peak RSS of 500 videos minus that of 5
 * @property {number} cacheHitRatio
 * @property {number} uploadRatio
 */

/** @returns {Guards} */
export function readGuards(file = `${ROOT}/docs/performance.md`) {
  const block = /```json bench-guards\n([\s\S]*?)```/.exec(readFileSync(file, 'utf8'))
  if (!block) throw new Error(`${file} has no \`\`\`json bench-guards block`)
  return JSON.parse(block[1])
}

/**
 * The verdict of a guard on several runs of a figure on a shared machine:
 * - `pass`: the median meets the guard;
 * - `noisy`: the median misses it but the best run meets it (the code can, the machine did not let it);
 * - `FAIL`: no run meets it.
 * A figure of one run (or a deterministic one) is `pass` or `FAIL`.
 * @param {number[] | { min: number, median: number, max: number }} runs
 * @param {'atMost' | 'atLeast'} sense
 * @param {number} limit
 * @returns {'pass' | 'noisy' | 'FAIL'}
 */
export function verdict(runs, sense, limit) {
  const { min, median, max } = Array.isArray(runs) ? stats(runs) : runs
  const meets = (/** @type {number} */ value) =>
    sense === 'atMost' ? value <= limit : value >= limit
  if (meets(median)) return 'pass'
  return meets(sense === 'atMost' ? min : max) ? 'noisy' : 'FAIL'
}
