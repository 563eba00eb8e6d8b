// @ts-check
// `npm run bench`: every figure of the performance issue beside its target, measured side by side in one run.
// `npm run bench -- --smoke`: small sizes and few runs, so CI keeps the benches from rotting (targets are
// printed but not enforced there: a shared CI machine is too noisy for them).
import { spawnSync } from 'node:child_process'
import { benchDownload } from './download.js'
import { benchPoll } from './poll.js'
import { benchStartup } from './startup.js'
import { benchUpload } from './upload.js'

const smoke = process.argv.includes('--smoke')
const MiB = 2 ** 20
/** @type {{ figure: string, measured: string, target: string, pass: string }[]} */
const table = []
/**
 * @param {string} figure
 * @param {string} measured
 * @param {string} target
 * @param {boolean | undefined} pass
 */
const add = (figure, measured, target, pass) =>
  table.push({ figure, measured, target, pass: pass === undefined ? '' : pass ? 'yes' : 'NO' })
const fixed = (/** @type {number} */ n, digits = 2) => n.toFixed(digits)

const poll = await benchPoll({ smoke })
const summary = poll.find(row => row.kind === 'summary')
const overall = poll.flatMap(row => (row.kind === 'overall' ? [row] : []))
if (summary?.kind === 'summary') {
  add(
    'poll: median detection lag (ours)',
    `${fixed(summary.lagMedianS, 1)} s`,
    `<= ${summary.lagMedianTargetS} s`,
    summary.lagMedianPass
  )
  add(
    'poll: worst detection lag (ours)',
    `${fixed(summary.lagMaxS, 1)} s`,
    `<= ${summary.lagMaxTargetS} s`,
    summary.lagMaxPass
  )
  add(
    'poll: requests vs fixed 3 s (all / mean of profiles)',
    `${fixed(summary.requestsVsFixed3s)} / ${fixed(summary.requestsVsFixed3sPerProfile)}`,
    `<= ${summary.requestsVsFixed3sTarget}`,
    summary.requestsPass
  )
  add(
    'poll: 2-minute render, requests median / max, worst lag',
    `${summary.twoMinuteRequestsMedian} / ${summary.twoMinuteRequestsMax}, ${fixed(summary.twoMinuteLagMaxS, 1)} s`,
    `<= ${summary.twoMinuteRequestsTarget}, <= ${summary.lagMedianTargetS} s`,
    summary.twoMinutePass
  )
}
for (const row of overall) {
  add(
    `poll: ${row.strategy}: median / worst lag, requests`,
    `${fixed(row.lagMedianS, 1)} s / ${fixed(row.lagMaxS, 1)} s, ${fixed(row.requests, 1)}`,
    '',
    undefined
  )
}

// The download is measured against curl; a machine without it still runs the other benches.
const hasCurl = !spawnSync('curl', ['--version']).error
const download = hasCurl ? await benchDownload({ smoke }) : { rows: [] }
if (!hasCurl)
  add(
    'download: throughput vs curl -o',
    'not measured: curl is not installed',
    '>= 0.9x',
    undefined
  )
for (const row of download.rows) {
  const size = `${Math.round(row.size / MiB)} MiB`
  add(
    `download ${size}: throughput vs curl -o`,
    `${fixed(row.ratio)}x (${fixed(row.oursMBps, 0)} vs ${fixed(row.curlMBps, 0)} MiB/s)`,
    '>= 0.9x',
    row.ratio >= 0.9
  )
  add(
    `download ${size}: peak RSS`,
    `${fixed(row.peakRssMB, 0)} MB`,
    '<= 150 MB',
    row.peakRssMB <= 150
  )
}

const upload = await benchUpload({ smoke })
add(
  `upload ${upload.sizeMiB} MiB: ours vs direct @actions/artifact (raw)`,
  `${fixed(upload.ratio)}x (${fixed(upload.oursS)} vs ${fixed(upload.directS)} s)`,
  '<= 1.1x',
  upload.pass
)
add(
  `upload ${upload.sizeMiB} MiB: raw vs zip (level 6)`,
  `raw saves ${fixed(upload.rawSavesTime * 100, 0)} % of the time; zip is ${fixed(upload.zipSizeVsRaw, 3)}x the size`,
  'report',
  undefined
)

const startup = await benchStartup({ smoke })
for (const entry of startup.entries) {
  add(
    `start-up: node ${entry.entry} to first line (min/median/max)`,
    `${fixed(entry.minMs, 0)}/${fixed(entry.medianMs, 0)}/${fixed(entry.maxMs, 0)} ms (node -e: ${fixed(startup.nodeBaselineMs, 0)} ms)`,
    `median < ${startup.targetMs} ms`,
    entry.pass
  )
}
add(
  'start-up: bundle size (loaded at start / in all)',
  `${fixed(startup.startBundleMB, 1)} MB / ${fixed(startup.bundleMB, 1)} MB`,
  'report',
  undefined
)

console.log(
  `\nBenchmarks${smoke ? ' (smoke: small sizes, targets not enforced)' : ''}, Node ${process.version}\n`
)
console.table(table)
if (!smoke && table.some(row => row.pass === 'NO')) process.exitCode = 1
