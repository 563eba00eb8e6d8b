// @ts-check
// `npm run bench`: every figure beside its guard (docs/performance.md's `bench-guards`), measured side by side
// in one run, with a verdict per guard (bench/guards.js): `pass`, `noisy` (the median missed, the best run did
// not) or `FAIL` (no run met it). Exit 1 on a FAIL; with `--strict`, on a noisy figure too.
// `npm run bench -- --smoke`: small sizes and few runs, so CI keeps the benches from rotting (verdicts are
// printed but not enforced there: a shared CI machine is too noisy for them).
// Each section runs in a process of its own (bench/section.js), one after the other: start-up first, then
// the downloads, before the sections that leave the most behind on the machine.
import { fork } from 'node:child_process'
import { stats } from './action-process.js'
import { readGuards, verdict } from './guards.js'
import { missingTools } from './process-download.js'

const smoke = process.argv.includes('--smoke')
const strict = process.argv.includes('--strict')
const guards = readGuards()
const MiB = 2 ** 20
/** @type {{ figure: string, measured: string, guard: string, verdict: string }[]} */
const table = []
/**
 * @param {string} figure
 * @param {string} measured
 * @param {string} guard
 * @param {ReturnType<typeof verdict> | undefined} [judged] none: a figure that is only reported
 */
const add = (figure, measured, guard, judged) =>
  table.push({ figure, measured, guard, verdict: judged ?? '' })
/** A deterministic figure, or one of a single run. @param {boolean} pass */
const once = pass => (pass ? 'pass' : 'FAIL')
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
const scale = await section('scale')
const cached = await section('cache')
const upload = await section('upload')

const summary = poll.find(row => row.kind === 'summary')
const overall = poll.flatMap(row => (row.kind === 'overall' ? [row] : []))
// The poll bench runs on simulated time with fixed seeds: its figures are the same on any machine.
if (summary?.kind === 'summary') {
  add(
    'poll: median detection lag (ours)',
    `${fixed(summary.lagMedianS, 1)} s`,
    `<= ${guards.pollLagMedianS} s`,
    once(summary.lagMedianS <= guards.pollLagMedianS)
  )
  add(
    'poll: worst detection lag (ours)',
    `${fixed(summary.lagMaxS, 1)} s`,
    `<= ${guards.pollLagMaxS} s`,
    once(summary.lagMaxS <= guards.pollLagMaxS)
  )
  add(
    'poll: requests vs fixed 3 s (all / mean of profiles)',
    `${fixed(summary.requestsVsFixed3s)} / ${fixed(summary.requestsVsFixed3sPerProfile)}`,
    `<= ${guards.pollRequestsVsFixed3s}`,
    once(summary.requestsVsFixed3s <= guards.pollRequestsVsFixed3s)
  )
  add(
    'poll: 2-minute render, requests median / max, worst lag',
    `${summary.twoMinuteRequestsMedian} / ${summary.twoMinuteRequestsMax}, ${fixed(summary.twoMinuteLagMaxS, 1)} s`,
    `<= ${guards.twoMinuteRequests} requests, < ${guards.twoMinuteLagS} s`,
    once(
      summary.twoMinuteRequestsMax <= guards.twoMinuteRequests &&
        summary.twoMinuteLagMaxS < guards.twoMinuteLagS
    )
  )
}
for (const row of overall) {
  add(
    `poll: ${row.strategy}: median / worst lag, requests`,
    `${fixed(row.lagMedianS, 1)} s / ${fixed(row.lagMaxS, 1)} s, ${fixed(row.requests, 1)}`,
    'report'
  )
}

if (missing) add('download (whole process) vs curl -o', missing, 'report')
else {
  for (const row of downloads) {
    const size = `${Math.round(row.size / MiB)} MiB`
    const large = row.size >= 2 ** 30
    add(
      `download ${size}, dist/index.js vs curl | tee | openssl dgst -sha256: speed (min/median/max of ${row.runs})`,
      `${spread(row.vsPipeline)}x (pipeline ${spread(row.pipeline)} s)`,
      large ? `>= ${guards.downloadVsPipeline}x` : 'report',
      large ? verdict(row.vsPipeline, 'atLeast', guards.downloadVsPipeline) : undefined
    )
    add(
      `download ${size}, dist/index.js vs curl -o: speed ratio (min/median/max of ${row.runs})`,
      `${spread(row.ratio)}x (ours ${spread(row.ours)} s, curl ${spread(row.curl)} s)`,
      large ? `>= ${guards.downloadVsCurlMin}x (the spread measured)` : 'report',
      large ? verdict(row.ratio, 'atLeast', guards.downloadVsCurlMin) : undefined
    )
    add(
      `download ${size}, dist/index.js: peak RSS (min/median/max)`,
      spread(row.rssMB, 0, ' MB'),
      large ? `<= ${guards.downloadPeakRssMB} MB` : 'report',
      large ? verdict(row.rssMB, 'atMost', guards.downloadPeakRssMB) : undefined
    )
  }
  const [small, large] = downloads
  if (small && large) {
    const growth = large.rssMB.median - small.rssMB.median
    add(
      `download: peak RSS, ${Math.round(large.size / MiB)} MiB minus ${Math.round(small.size / MiB)} MiB (medians)`,
      `${fixed(growth, 0)} MB`,
      `<= ${guards.downloadRssGrowthMB} MB`,
      verdict(
        { min: large.rssMB.min - small.rssMB.max, median: growth, max: growth },
        'atMost',
        guards.downloadRssGrowthMB
      )
    )
  }
  for (const row of module.rows) {
    add(
      `download ${Math.round(row.size / MiB)} MiB, module only: speed vs curl -o, peak RSS`,
      `${fixed(row.ratio)}x, ${fixed(row.peakRssMB, 0)} MB (bare Node GET: ${fixed(row.nodeBaselineMBps / row.curlMBps)}x)`,
      'report'
    )
  }
}

add(
  `manifest: ${manifest.videos} videos of ${manifest.renderS} s at max-parallel ${manifest.videos} vs one (wall s, min/median/max)`,
  `${fixed(manifest.ratio)}x (${spread(manifest.five)} vs ${spread(manifest.one)} s)`,
  `<= ${guards.manifestWallRatio}x`,
  verdict(
    { min: manifest.five.min / manifest.one.max, median: manifest.ratio, max: manifest.ratio },
    'atMost',
    guards.manifestWallRatio
  )
)
add(
  `manifest: peak RSS, ${manifest.videos} videos vs one (median)`,
  `${fixed(manifest.rssFiveMB.median, 0)} vs ${fixed(manifest.rssOneMB.median, 0)} MB`,
  'report'
)

add(
  `scale: ${scale.videos} videos at max-parallel ${scale.parallel} vs ceil(${scale.videos}/${scale.parallel}) rounds of ${scale.few} (wall, min/median/max)`,
  `${spread(scale.wallRatio)}x (${spread(scale.manyS, 1)} vs ${spread(scale.fewS, 1)} s)`,
  `<= ${guards.scaleWallRatio}x`,
  verdict(scale.wallRatio, 'atMost', guards.scaleWallRatio)
)
add(
  `scale: wall time per video, ${scale.videos} videos (min/median/max)`,
  `${spread(scale.perVideoS, 2, ' s')} (renders of ${scale.renderS} s)`,
  'report'
)
add(
  `scale: peak RSS, ${scale.videos} videos minus ${scale.few} (min/median/max)`,
  `${spread(scale.rssGrowthMB, 0, ' MB')} (${spread(scale.rssManyMB, 0)} vs ${spread(scale.rssFewMB, 0)} MB)`,
  `<= ${guards.scaleRssGrowthMB} MB`,
  verdict(scale.rssGrowthMB, 'atMost', guards.scaleRssGrowthMB)
)

add(
  `cache hit ${cached.sizeMiB} MiB: the action vs restoreCache + SHA-256 (wall s, min/median/max)`,
  `${fixed(cached.ratio)}x (${spread(cached.action)} vs ${spread(cached.direct)} s)`,
  `<= ${guards.cacheHitRatio}x`,
  verdict(
    { min: cached.action.min / cached.direct.max, median: cached.ratio, max: cached.ratio },
    'atMost',
    guards.cacheHitRatio
  )
)

add(
  `upload ${upload.sizeMiB} MiB: ours vs direct @actions/artifact (raw)`,
  `${fixed(upload.ratio)}x (${fixed(upload.oursS)} vs ${fixed(upload.directS)} s)`,
  `<= ${guards.uploadRatio}x`,
  once(upload.ratio <= guards.uploadRatio)
)
add(
  `upload ${upload.sizeMiB} MiB: raw vs zip (level 6)`,
  `raw saves ${fixed(upload.rawSavesTime * 100, 0)} % of the time; zip is ${fixed(upload.zipSizeVsRaw, 3)}x the size`,
  'report'
)

for (const entry of startup.entries) {
  add(
    `start-up: node ${entry.entry} to first line (min/median/max)`,
    `${fixed(entry.minMs, 0)}/${fixed(entry.medianMs, 0)}/${fixed(entry.maxMs, 0)} ms (node -e: ${fixed(startup.nodeBaselineMs, 0)} ms)`,
    `median < ${guards.startupMs} ms`,
    verdict(
      { min: entry.minMs, median: entry.medianMs, max: entry.maxMs },
      'atMost',
      guards.startupMs
    )
  )
  add(
    `start-up: node ${entry.entry} over a bare node -e, run by run (min/median/max)`,
    `${spread(stats(entry.ratios), 1)}x`,
    `<= ${guards.startupVsNode}x`,
    verdict(entry.ratios, 'atMost', guards.startupVsNode)
  )
}
add(
  'start-up: bundle size (loaded at start / in all)',
  `${fixed(startup.startBundleMB, 1)} MB / ${fixed(startup.bundleMB, 1)} MB`,
  'report'
)

console.log(
  `\nBenchmarks${smoke ? ' (smoke: small sizes, verdicts not enforced)' : ''}, Node ${process.version}\n`
)
console.table(table)
const failed = table.filter(row => row.verdict === 'FAIL' || (strict && row.verdict === 'noisy'))
if (!smoke && failed.length > 0) {
  console.log(
    `Guards not met${strict ? ' (--strict)' : ''}: ${failed.map(row => row.figure).join('; ')}`
  )
  process.exitCode = 1
}
