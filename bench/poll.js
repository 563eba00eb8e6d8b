// @ts-check
// Poll scheduling bench: drives each strategy through simulated renders on simulated time, so every figure
// is deterministic. Detection lag = when the loop learns the render is done − when it actually finished.
// Usage: node bench/poll.js [--smoke]   (after `tsc -p tsconfig.build.json`, which builds .build/src/)
import { pathToFileURL } from 'node:url'
import { readGuards } from './guards.js'

/** @typedef {{ at: number, progress: number }} Point */
/**
 * A simulated render; times are ms from the start of the export.
 * @typedef {{ progressAt: (t: number) => number, finishAt: number }} Render
 */
/** @typedef {{ name: string, make: (random: () => number) => Render }} Profile */
/**
 * `pollAtOnce`: the first request goes right after the export (the vendor's samples do), else after `delay`.
 * @typedef {{ name: string, pollAtOnce: boolean, delay: (startedAt: number, now: number, observations: Point[]) => number }} Strategy
 */
/** @typedef {{ requests: number, lagMs: number, maxGapMs: number }} Run */
/**
 * One strategy on one profile (kind 'profile') or on all of them (kind 'overall'). `requests` is per render,
 * averaged over the seeds; `maxGapS` is the longest time between two answers, which bounds how long the loop
 * can go without a log line.
 * @typedef {{
 *   kind: 'profile' | 'overall',
 *   profile: string,
 *   strategy: string,
 *   requests: number,
 *   requestsMin: number,
 *   requestsMedian: number,
 *   requestsMax: number,
 *   requestsVsFixed3s: number,
 *   lagMinS: number,
 *   lagMedianS: number,
 *   lagMaxS: number,
 *   maxGapS: number
 * }} BenchPollRow
 */
/**
 * Ours against the targets. `requestsVsFixed3s` counts all requests over all renders (the mean request count
 * against the fixed loop's): the target. `requestsVsFixed3sPerProfile`, the mean of the per-profile ratios,
 * weighs the short renders as much as the long ones and is shown for reference.
 * @typedef {{
 *   kind: 'summary',
 *   profile: 'all',
 *   strategy: 'ours',
 *   lagMedianS: number, lagMedianTargetS: number, lagMedianPass: boolean,
 *   lagMaxS: number, lagMaxTargetS: number, lagMaxPass: boolean,
 *   requestsVsFixed3s: number, requestsVsFixed3sPerProfile: number, requestsVsFixed3sTarget: number,
 *   requestsPass: boolean,
 *   twoMinuteRequestsMedian: number, twoMinuteRequestsMax: number, twoMinuteLagMaxS: number,
 *   twoMinuteRequestsTarget: number, twoMinutePass: boolean,
 *   pass: boolean
 * }} BenchPollSummary
 */

// The compiled scheduler, imported by URL so that type-checking takes its types from src/ and works before
// .build/ exists.
const SCHEDULE_URL = new URL('../.build/src/render/schedule.js', import.meta.url).href

/** @returns {Promise<typeof import('../src/render/schedule.js')>} */
async function loadScheduler() {
  try {
    return await import(SCHEDULE_URL)
  } catch (error) {
    throw new Error(
      'bench/poll.js needs the compiled scheduler: run `npx tsc -p tsconfig.build.json` first',
      {
        cause: error
      }
    )
  }
}

const SECOND = 1000
const MINUTE = 60 * SECOND
// The heartbeat comes from a timer, not from polls, so the gap between answers has no target (shown for reference).
const guards = readGuards()
const TARGETS = {
  lagMedianS: guards.pollLagMedianS,
  lagMaxS: guards.pollLagMaxS,
  requestsVsFixed3s: guards.pollRequestsVsFixed3s,
  twoMinuteRequests: guards.twoMinuteRequests
}
const SEEDS = 40
const SMOKE_SEEDS = 4
// An arbitrary epoch, so that the scheduler sees realistic ms timestamps.
const EPOCH = Date.UTC(2025, 0, 1)

/** @param {number} seed */
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * @param {() => number} random
 * @param {number} min
 * @param {number} max
 */
const between = (random, min, max) => min + (max - min) * random()

/**
 * True progress over time, piecewise linear: each 5 % slice of the work runs at its own pace (±40 %), so the
 * render is never perfectly linear.
 * @param {() => number} random
 * @param {number} duration ms of work
 * @param {number} speedUp how much faster the second half runs than the first
 * @returns {Point[]} knots, from (0, 0) to (duration, 100)
 */
function jitteredPace(random, duration, speedUp) {
  const slices = 20
  const weights = Array.from(
    { length: slices },
    (_, i) => between(random, 0.6, 1.4) / (i < slices / 2 ? 1 : speedUp)
  )
  const total = weights.reduce((a, b) => a + b, 0)
  const knots = [{ at: 0, progress: 0 }]
  for (const w of weights) {
    const last = knots[knots.length - 1]
    knots.push({ at: last.at + (w / total) * duration, progress: last.progress + 100 / slices })
  }
  return knots
}

/**
 * @param {Point[]} knots
 * @param {number} t
 */
function interpolate(knots, t) {
  if (t <= knots[0].at) return knots[0].progress
  for (let i = 1; i < knots.length; i++) {
    const a = knots[i - 1]
    const b = knots[i]
    if (t < b.at)
      return b.at === a.at
        ? a.progress
        : a.progress + ((t - a.at) / (b.at - a.at)) * (b.progress - a.progress)
  }
  return knots[knots.length - 1].progress
}

/**
 * A render: `startup` ms at 0 (queue), then the work with a jittered pace, optionally a stall, reported
 * rounded down to an integer percent (or to uneven steps), so 100 only appears once it is done.
 * @param {() => number} random
 * @param {{ startup: number, work: number, stall?: { atProgress: number, ms: number }, steps?: number[], speedUp?: number }} shape
 * @returns {Render}
 */
function render(random, { startup, work, stall, steps, speedUp = 1 }) {
  const knots = jitteredPace(random, work, speedUp).map(k => ({
    at: k.at + startup,
    progress: k.progress
  }))
  knots.unshift({ at: 0, progress: 0 })
  if (stall) {
    const at = timeAt(knots, stall.atProgress)
    const before = knots.filter(k => k.at < at)
    const after = knots
      .filter(k => k.at > at)
      .map(k => ({ at: k.at + stall.ms, progress: k.progress }))
    knots.splice(
      0,
      knots.length,
      ...before,
      { at, progress: stall.atProgress },
      { at: at + stall.ms, progress: stall.atProgress },
      ...after
    )
  }
  const finishAt = knots[knots.length - 1].at
  return {
    finishAt,
    progressAt: t => {
      if (t >= finishAt) return 100
      const p = interpolate(knots, t)
      if (!steps) return Math.min(99, Math.floor(p))
      return steps.filter(s => s <= p).reduce((a, b) => Math.max(a, b), 0)
    }
  }
}

/**
 * @param {Point[]} knots
 * @param {number} progress
 */
function timeAt(knots, progress) {
  for (let i = 1; i < knots.length; i++) {
    const a = knots[i - 1]
    const b = knots[i]
    if (b.progress >= progress && b.progress > a.progress)
      return a.at + ((progress - a.progress) / (b.progress - a.progress)) * (b.at - a.at)
  }
  return knots[knots.length - 1].at
}

const TWO_MINUTE = 'linear 2 min'

/** @type {Profile[]} */
const PROFILES = [
  ...[1, 2, 5, 10, 30].map(minutes => ({
    name: `linear ${minutes} min`,
    /** @param {() => number} random */
    make: random =>
      render(random, {
        startup: between(random, 1, 8) * SECOND,
        work: minutes * MINUTE * between(random, 0.9, 1.1)
      })
  })),
  {
    name: 'queue 0.5-4 min, then 3 min',
    make: random =>
      render(random, {
        startup: between(random, 0.5, 4) * MINUTE,
        work: 3 * MINUTE * between(random, 0.9, 1.1)
      })
  },
  {
    name: 'second half 3x faster, 5 min',
    make: random =>
      render(random, {
        startup: between(random, 1, 8) * SECOND,
        work: 5 * MINUTE * between(random, 0.9, 1.1),
        speedUp: 3
      })
  },
  {
    name: 'uneven jumps, 5 min',
    make: random => {
      const cuts = Array.from({ length: 4 + Math.floor(random() * 5) }, () =>
        Math.floor(between(random, 1, 99))
      )
      return render(random, {
        startup: between(random, 1, 8) * SECOND,
        work: 5 * MINUTE * between(random, 0.9, 1.1),
        steps: [...new Set(cuts)].sort((a, b) => a - b)
      })
    }
  },
  {
    name: 'stall at 99 % 0.5-3 min, 5 min',
    make: random =>
      render(random, {
        startup: between(random, 1, 8) * SECOND,
        work: 5 * MINUTE * between(random, 0.9, 1.1),
        stall: { atProgress: 99.5, ms: between(random, 0.5, 3) * MINUTE }
      })
  },
  {
    name: 'stall 1-5 min, 5 min',
    make: random =>
      render(random, {
        startup: between(random, 1, 8) * SECOND,
        work: 5 * MINUTE * between(random, 0.9, 1.1),
        stall: { atProgress: between(random, 20, 90), ms: between(random, 1, 5) * MINUTE }
      })
  }
]

/**
 * @param {string} name
 * @param {number} ms
 * @returns {Strategy}
 */
const fixed = (name, ms) => ({ name, pollAtOnce: true, delay: () => ms })

/**
 * @param {typeof import('../src/render/schedule.js').nextPollDelay} nextPollDelay
 * @returns {Strategy[]}
 */
const strategiesWith = nextPollDelay => [
  fixed('fixed 3 s', 3 * SECOND),
  fixed('fixed 60 s', 60 * SECOND),
  {
    name: 'ours',
    pollAtOnce: false,
    delay: (startedAt, now, observations) =>
      nextPollDelay({ startedAt, now, deadline: startedAt + 3 * 60 * MINUTE, observations })
  }
]

/**
 * One render polled to the end. Each request takes 100-500 ms; the server answers with the progress at the
 * middle of it, and the loop records the answer when it arrives.
 * @param {Strategy} strategy
 * @param {Render} subject
 * @param {() => number} random
 * @returns {Run}
 */
function simulate(strategy, subject, random) {
  const startedAt = EPOCH
  /** @type {Point[]} */
  const observations = []
  let now = startedAt
  let requests = 0
  let maxGapMs = 0
  const first = strategy.pollAtOnce ? 0 : strategy.delay(startedAt, now, observations)
  for (let delay = first; ; delay = strategy.delay(startedAt, now, observations)) {
    const before = now
    now += delay
    const latency = between(random, 100, 500)
    const progress = subject.progressAt(now + latency / 2 - startedAt)
    now += latency
    requests++
    maxGapMs = Math.max(maxGapMs, now - before)
    if (progress >= 100) return { requests, lagMs: now - startedAt - subject.finishAt, maxGapMs }
    observations.push({ at: now, progress })
  }
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** @param {number} x */
const round1 = x => Math.round(x * 10) / 10
/** @param {number} x */
const round2 = x => Math.round(x * 100) / 100

/**
 * @param {'profile' | 'overall'} kind
 * @param {string} profile
 * @param {string} strategy
 * @param {Run[]} runs
 * @param {Run[]} fixed3s the same renders polled every 3 s
 * @returns {BenchPollRow}
 */
function rowOf(kind, profile, strategy, runs, fixed3s) {
  const requests = runs.reduce((a, r) => a + r.requests, 0)
  const lags = runs.map(r => r.lagMs / SECOND)
  return {
    kind,
    profile,
    strategy,
    requests: round1(requests / runs.length),
    requestsMin: Math.min(...runs.map(r => r.requests)),
    requestsMedian: median(runs.map(r => r.requests)),
    requestsMax: Math.max(...runs.map(r => r.requests)),
    requestsVsFixed3s: round2(requests / fixed3s.reduce((a, r) => a + r.requests, 0)),
    lagMinS: round1(Math.min(...lags)),
    lagMedianS: round1(median(lags)),
    lagMaxS: round1(Math.max(...lags)),
    maxGapS: round1(Math.max(...runs.map(r => r.maxGapMs)) / SECOND)
  }
}

/**
 * @param {{ smoke?: boolean }} [options]
 * @returns {Promise<(BenchPollRow | BenchPollSummary)[]>}
 */
export async function benchPoll({ smoke = false } = {}) {
  const seeds = smoke ? SMOKE_SEEDS : SEEDS
  const strategies = strategiesWith((await loadScheduler()).nextPollDelay)
  /** @type {Map<string, Run[]>} */
  const all = new Map(strategies.map(s => [s.name, []]))
  /** @type {(BenchPollRow | BenchPollSummary)[]} */
  const rows = []
  for (const [p, profile] of PROFILES.entries()) {
    /** @type {Map<string, Run[]>} */
    const byStrategy = new Map(strategies.map(s => [s.name, []]))
    for (let seed = 1; seed <= seeds; seed++) {
      for (const strategy of strategies) {
        // The same seed gives every strategy the same render and the same latencies.
        const random = mulberry32(seed * 7919 + p)
        const run = simulate(strategy, profile.make(random), random)
        byStrategy.get(strategy.name)?.push(run)
        all.get(strategy.name)?.push(run)
      }
    }
    const fixed3s = byStrategy.get('fixed 3 s') ?? []
    for (const [name, runs] of byStrategy)
      rows.push(rowOf('profile', profile.name, name, runs, fixed3s))
  }
  const fixed3s = all.get('fixed 3 s') ?? []
  for (const [name, runs] of all) rows.push(rowOf('overall', 'all', name, runs, fixed3s))
  const ours = rowOf('overall', 'all', 'ours', all.get('ours') ?? [], fixed3s)
  const perProfile = rows.flatMap(r => (r.kind === 'profile' && r.strategy === 'ours' ? [r] : []))
  const requestsVsFixed3sPerProfile = round2(
    perProfile.reduce((a, r) => a + r.requestsVsFixed3s, 0) / perProfile.length
  )
  const lagMedianPass = ours.lagMedianS <= TARGETS.lagMedianS
  const lagMaxPass = ours.lagMaxS <= TARGETS.lagMaxS
  const requestsPass = ours.requestsVsFixed3s <= TARGETS.requestsVsFixed3s
  const twoMinute = perProfile.find(r => r.profile === TWO_MINUTE)
  const twoMinutePass =
    !!twoMinute &&
    twoMinute.requestsMax <= TARGETS.twoMinuteRequests &&
    twoMinute.lagMaxS <= TARGETS.lagMedianS
  rows.push({
    kind: 'summary',
    profile: 'all',
    strategy: 'ours',
    lagMedianS: ours.lagMedianS,
    lagMedianTargetS: TARGETS.lagMedianS,
    lagMedianPass,
    lagMaxS: ours.lagMaxS,
    lagMaxTargetS: TARGETS.lagMaxS,
    lagMaxPass,
    requestsVsFixed3s: ours.requestsVsFixed3s,
    requestsVsFixed3sPerProfile,
    requestsVsFixed3sTarget: TARGETS.requestsVsFixed3s,
    requestsPass,
    twoMinuteRequestsMedian: twoMinute?.requestsMedian ?? NaN,
    twoMinuteRequestsMax: twoMinute?.requestsMax ?? NaN,
    twoMinuteLagMaxS: twoMinute?.lagMaxS ?? NaN,
    twoMinuteRequestsTarget: TARGETS.twoMinuteRequests,
    twoMinutePass,
    pass: lagMedianPass && lagMaxPass && requestsPass && twoMinutePass
  })
  return rows
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchPoll({ smoke: process.argv.includes('--smoke') })
  console.table(rows.filter(r => r.kind !== 'summary').map(({ kind: _kind, ...rest }) => rest))
  const summary = rows.find(r => r.kind === 'summary')
  if (summary?.kind === 'summary') {
    const mark = (/** @type {boolean} */ ok) => (ok ? 'pass' : 'FAIL')
    console.log('ours, all profiles:')
    console.log(
      `  median lag ${summary.lagMedianS} s (target ≤ ${summary.lagMedianTargetS} s) ${mark(summary.lagMedianPass)}`
    )
    console.log(
      `  worst lag  ${summary.lagMaxS} s (target ≤ ${summary.lagMaxTargetS} s) ${mark(summary.lagMaxPass)}`
    )
    console.log(
      `  requests   ${summary.requestsVsFixed3s} × fixed 3 s (target ≤ ${summary.requestsVsFixed3sTarget}) ${mark(summary.requestsPass)}; ${summary.requestsVsFixed3sPerProfile} × as a mean of the per-profile ratios`
    )
    console.log(
      `  2 min      ${summary.twoMinuteRequestsMedian} requests median, ${summary.twoMinuteRequestsMax} max, lag ≤ ${summary.twoMinuteLagMaxS} s (target ≤ ${summary.twoMinuteRequestsTarget} requests, lag ≤ ${TARGETS.lagMedianS} s) ${mark(summary.twoMinutePass)}`
    )
    if (!summary.pass) process.exitCode = 1
  }
}
