// @ts-check
// `npm run bench`: every figure of the performance issue beside its target, measured side by side in one run.
// `npm run bench -- --smoke`: small sizes and few runs, so CI keeps the benches from rotting (targets are
// printed but not enforced there: a shared CI machine is too noisy for them).
// Each section runs in a process of its own (bench/section.js), one after the other: start-up first, then
// the downloads, before the sections that leave the most behind on the machine.
import { fork } from 'node:child_process'
import { missingTools, TARGETS } from './process-download.js'

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
/** @param {{ min: number, median: number, max: number }} s */
const spread = (s, digits = 2, unit = '') =>
  `${fixed(s.min, digits)}/${fixed(s.median, digits)}/${fixed(s.max, digits)}${unit}`

/** @typedef {typeof import('./section.js').SECTIONS} Sections */
/**
 * @template {keyof Sections} K
 * @param {K} name
 * @returns {Promise<Awaited<ReturnType<Sections[K]>>>} what the section's bench returned, through JSON
 */
function section(name) {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./section.js', import.meta.url), [
      name,
      ...(smoke ? ['--smoke'] : [])
    ])
    /** @type {unknown} */
    let result
    child.on('message', message => (result = message))
    child.on('error', reject)
    child.on('exit', code =>
      code === 0 && result !== undefined
        ? resolve(/** @type {Awaited<ReturnType<Sections[K]>>} */ (result))
        : reject(new Error(`bench section ${name} exited with code ${code}`))
    )
  })
}

// The download is measured against curl; a machine without it still runs the other benches.
const missing = missingTools()
const startup = await section('startup')
const downloads = missing ? [] : await section('processDownload')
// The module alone in a child process (no bundle, no action around it): where a gap to curl is Node's own.
// A full run only: the smoke already downloads through the module.
const module = missing || smoke ? { rows: [] } : await section('moduleDownload')
const poll = await section('poll')
const manifest = await section('manifest')
const cached = await section('cache')
const upload = await section('upload')

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

if (missing) add('download (whole process) vs curl -o', missing, '', undefined)
else {
  const rows = downloads
  for (const row of rows) {
    const size = `${Math.round(row.size / MiB)} MiB`
    add(
      `download ${size}, dist/index.js vs curl -o: speed ratio (min/median/max of ${row.runs})`,
      `${spread(row.ratio)}x (ours ${spread(row.ours)} s, curl ${spread(row.curl)} s)`,
      `median >= ${TARGETS.medianRatio}x, worst >= ${TARGETS.worstRatio}x`,
      row.ratio.median >= TARGETS.medianRatio && row.ratio.min >= TARGETS.worstRatio
    )
    add(
      `download ${size}: curl | tee | openssl dgst -sha256 vs curl -o (reference)`,
      `${fixed(row.pipelineRatio)}x (${spread(row.pipeline)} s)`,
      'report',
      undefined
    )
    add(
      `download ${size}, dist/index.js: peak RSS (min/median/max)`,
      spread(row.rssMB, 0, ' MB'),
      row.size >= 2 ** 30 ? `<= ${TARGETS.rssMB} MB` : 'report',
      row.size >= 2 ** 30 ? row.rssMB.max <= TARGETS.rssMB : undefined
    )
  }
  const [small, large] = rows
  if (small && large) {
    const growth = large.rssMB.max - small.rssMB.max
    add(
      `download: peak RSS, ${Math.round(large.size / MiB)} MiB minus ${Math.round(small.size / MiB)} MiB`,
      `${fixed(growth, 0)} MB`,
      `<= ${TARGETS.rssGrowthMB} MB`,
      growth <= TARGETS.rssGrowthMB
    )
  }
  for (const row of module.rows) {
    add(
      `download ${Math.round(row.size / MiB)} MiB, module only: speed vs curl -o, peak RSS`,
      `${fixed(row.ratio)}x, ${fixed(row.peakRssMB, 0)} MB (bare Node GET: ${fixed(row.nodeBaselineMBps / row.curlMBps)}x)`,
      'report',
      undefined
    )
  }
}

add(
  `manifest: ${manifest.videos} videos of ${manifest.renderS} s at max-parallel ${manifest.videos} vs one (wall s, min/median/max)`,
  `${fixed(manifest.ratio)}x (${spread(manifest.five)} vs ${spread(manifest.one)} s)`,
  `<= ${manifest.targetRatio}x`,
  manifest.pass
)
add(
  `manifest: peak RSS, ${manifest.videos} videos vs one (median)`,
  `${fixed(manifest.rssFiveMB.median, 0)} vs ${fixed(manifest.rssOneMB.median, 0)} MB`,
  'report',
  undefined
)

add(
  `cache hit ${cached.sizeMiB} MiB: the action vs restoreCache + SHA-256 (wall s, min/median/max)`,
  `${fixed(cached.ratio)}x (${spread(cached.action)} vs ${spread(cached.direct)} s)`,
  `<= ${cached.targetRatio}x`,
  cached.pass
)

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
