import { backoffDelay, type Backoff } from '../shared/backoff.js'

/*
 * When to poll `GET /editor/progress/{id}` next. Pure: every input is passed in (time, observations,
 * jitter), so the poll loop runs it on the real clock and the bench runs it on simulated time.
 */

export interface ProgressObservation {
  /** When the answer arrived, ms epoch. */
  at: number
  /** As reported, 0..100. */
  progress: number
}

export interface ScheduleInput {
  /** When the export was accepted, ms epoch. */
  startedAt: number
  now: number
  /** The loop gives up at this ms epoch: no delay ever reaches past it. */
  deadline: number
  /** Every successful poll so far, oldest first. */
  observations: readonly ProgressObservation[]
  /** From `Retry-After` on the last answer (429/503): the next poll never comes sooner. */
  retryAfterMs?: number
  /** How many polls in a row have failed transiently; 0 or absent when the last one succeeded. */
  consecutiveFailures?: number
  /** 0..1 from the caller's random source (0.5 if absent), so the backoff jitter keeps this pure. */
  random?: number
}

export const SCHEDULE_LIMITS = {
  /** Dense polling near the expected end never goes faster than this. */
  minDelayMs: 1_000,
  /** A backstop only: the estimate sets the spacing (the heartbeat comes from a timer, not from polls). */
  maxDelayMs: 5 * 60_000,
  /** Until the progress moves, the wait may be a queue of any length: never slower than this, so a render
   * that jumps from 0 to done without reporting anything in between is seen within it. */
  waitingMaxDelayMs: 60_000,
  /** The first poll, before anything is known about the pace: right after the export it could only say 0 %. */
  firstDelayMs: 5_000
} as const

/** Transient poll failures back off with the action's one backoff, from this step. */
export const POLL_FAILURE_BACKOFF: Backoff = { baseMs: 2_000, capMs: 30_000 }

/** How quickly the progress is moving and when it should reach 100. */
export interface FinishEstimate {
  /** Progress points per ms. */
  rate: number
  /** How coarse the reported progress looks, in points: the progress may be this much past what is reported. */
  step: number
  /** ms epoch: the finish at the estimated pace. */
  expectedAt: number
  /** ms epoch: the earliest finish still plausible, given that the last value may have been reached any time
   * after the poll before it and that the pace may pick up. */
  earliestAt: number
}

// Until the progress moves, the wait may be a queue of any length: poll at half the time waited so far.
const WAITING_FRACTION = 0.5
// Before the earliest plausible finish, poll at this fraction of the time left to it: each poll refines the
// estimate, so the polls close in on the end geometrically.
const APPROACH_FRACTION = 0.7
// Once the earliest plausible finish is this close, aim at it (just past it, below).
const AIM_WITHIN_MS = 30_000
// How far past the earliest plausible finish the final approach may aim: the detection lag it accepts.
const AIM_LAG_MS = 1_000
// Once the earliest plausible finish has passed, the render may end at any moment: this spacing is what
// bounds the detection lag.
const DENSE_MS = 5_000
// Past the expected finish (a stall, or a last step that reports nothing), ease off in proportion to how late
// the render is, but only so far: a render that is due must not go unnoticed for long.
const OVERDUE_FRACTION = 0.25
const OVERDUE_MAX_MS = 6_000
// How much faster than the measured pace the rest of the render may plausibly run.
const PACE_MARGIN = 1.25
// The pace over the last minute or so, so that a render that speeds up, or resumes after a stall, is not
// judged by its slower past.
const RECENT_WINDOW_MS = 60_000
// The API reports whole percents; finer steps would only make the estimates a little cautious.
const MIN_STEP = 1

interface Change {
  /** When the value was first seen. */
  firstSeen: number
  /** When the previous value was last seen: the change happened after this. */
  prevLastSeen: number
  progress: number
}

function cleanObservations(observations: readonly ProgressObservation[]): ProgressObservation[] {
  return observations
    .filter(o => Number.isFinite(o.at) && Number.isFinite(o.progress))
    .map(o => ({ at: o.at, progress: Math.min(100, Math.max(0, o.progress)) }))
}

/**
 * The points at which the progress moved, since it last went backwards (a reset means a new phase whose pace
 * the old points do not describe). The first entry is where the counting starts.
 */
function changesOf(startedAt: number, clean: readonly ProgressObservation[]): Change[] {
  let from = 0
  for (let i = 1; i < clean.length; i++) if (clean[i].progress < clean[i - 1].progress) from = i
  const points = from === 0 ? [{ at: startedAt, progress: 0 }, ...clean] : clean.slice(from)
  const changes: Change[] = []
  let lastSeen = points[0].at
  for (const point of points) {
    const last = changes.at(-1)
    if (!last || point.progress > last.progress) {
      changes.push({ firstSeen: point.at, prevLastSeen: lastSeen, progress: point.progress })
    }
    lastSeen = point.at
  }
  return changes
}

function rateBetween(from: Change, to: Change, fromTime: number): number {
  const elapsed = to.firstSeen - fromTime
  return elapsed > 0 ? (to.progress - from.progress) / elapsed : 0
}

/**
 * The pace and the finish, or undefined while the progress has not moved. The first move is timed from the
 * last sighting of the starting value (a queue before it says nothing about the pace); later moves from when
 * each value was first seen, whose lateness cancels out between two of them. The faster of the whole-history
 * and recent paces wins: an early estimate costs a few polls, a late one costs lag.
 */
export function estimateFinish(
  startedAt: number,
  observations: readonly ProgressObservation[]
): FinishEstimate | undefined {
  const clean = cleanObservations(observations)
  const changes = changesOf(startedAt, clean)
  if (changes.length < 2) return undefined
  const last = changes[changes.length - 1]
  const moves = changes.slice(1)
  let rate: number
  if (moves.length === 1) {
    rate = rateBetween(changes[0], last, last.prevLastSeen)
  } else {
    const first = moves[0]
    let recent: Change | undefined
    for (const c of moves) if (c.firstSeen <= last.firstSeen - RECENT_WINDOW_MS) recent = c
    rate = Math.max(
      rateBetween(first, last, first.firstSeen),
      recent ? rateBetween(recent, last, recent.firstSeen) : 0
    )
  }
  if (!(rate > 0)) return undefined
  const lastSeen = clean[clean.length - 1].at
  const step = stepOf(changes, rate, lastSeen)
  const fast = rate * PACE_MARGIN
  const left = 100 - last.progress
  const reachedAfter = Math.max(last.prevLastSeen, last.firstSeen - step / fast)
  const expectedAt = last.firstSeen + left / rate
  const earliestAt = Math.min(expectedAt, Math.max(lastSeen, reachedAfter + left / fast))
  return { rate, step, expectedAt, earliestAt }
}

/**
 * How coarse the reported progress is, in points. A value that stayed put while the pace says it should have
 * moved means steps at least that big (or a stall, which this treats alike: cautiously).
 */
function stepOf(changes: readonly Change[], rate: number, lastSeen: number): number {
  let step = MIN_STEP
  for (let i = 1; i < changes.length; i++) {
    const heldUntil = i + 1 < changes.length ? changes[i + 1].prevLastSeen : lastSeen
    step = Math.max(step, rate * (heldUntil - changes[i].firstSeen))
  }
  return step
}

function paceDelay(
  startedAt: number,
  now: number,
  observations: readonly ProgressObservation[]
): number {
  const estimate = estimateFinish(startedAt, observations)
  if (!estimate)
    return Math.min(
      SCHEDULE_LIMITS.waitingMaxDelayMs,
      Math.max(SCHEDULE_LIMITS.firstDelayMs, WAITING_FRACTION * (now - startedAt))
    )
  const toEarliest = estimate.earliestAt - now
  if (toEarliest > AIM_WITHIN_MS) return APPROACH_FRACTION * toEarliest
  // Aim past the earliest plausible finish by the lag we accept, if the expected one is later: a poll right at
  // the earliest finish mostly learns that the render is not done yet.
  if (toEarliest > 0) return Math.min(estimate.expectedAt, estimate.earliestAt + AIM_LAG_MS) - now
  // A fast render with fine steps is caught within a step, rather than a whole DENSE_MS late.
  const dense = Math.min(DENSE_MS, estimate.step / estimate.rate)
  const overdue = now - estimate.expectedAt
  return Math.max(dense, Math.min(OVERDUE_MAX_MS, OVERDUE_FRACTION * overdue))
}

// The cap grows with the time waited: an estimate made early, or broken by a stall or a jump, is corrected
// within a fraction of the render's age, while a long render is not polled for news it cannot have.
const CAP_FRACTION = 0.1
const CAP_FLOOR_MS = 45_000

/** The longest wait between polls once the render is `elapsed` ms old. */
export function pollCapMs(elapsed: number): number {
  return Math.min(SCHEDULE_LIMITS.maxDelayMs, Math.max(CAP_FLOOR_MS, CAP_FRACTION * elapsed))
}

/**
 * ms to wait before the next poll. Never past the deadline (the time left instead, so the last poll lands on
 * it), never sooner than `Retry-After`, never beyond `maxDelayMs` unless `Retry-After` asks for it.
 */
export function nextPollDelay(input: ScheduleInput): number {
  const { startedAt, now, deadline, observations, retryAfterMs, consecutiveFailures = 0 } = input
  let delay = Math.min(
    pollCapMs(now - startedAt),
    Math.max(SCHEDULE_LIMITS.minDelayMs, paceDelay(startedAt, now, observations))
  )
  if (consecutiveFailures > 0) {
    const random = Math.min(1, Math.max(0, input.random ?? 0.5))
    // Never sooner than the pace would poll anyway; the backoff only spaces out retries of a struggling server.
    delay = Math.max(
      delay,
      backoffDelay(consecutiveFailures, () => random, POLL_FAILURE_BACKOFF)
    )
  }
  if (retryAfterMs !== undefined && retryAfterMs > delay) delay = retryAfterMs
  return Math.round(Math.min(delay, Math.max(0, deadline - now)))
}

/**
 * ms since the progress last changed (a reset counts: the render did something), or since the first
 * observation if it never has; 0 with no observations.
 */
export function stalledFor(observations: readonly ProgressObservation[], now: number): number {
  const clean = cleanObservations(observations)
  if (clean.length === 0) return 0
  let since = clean[0].at
  for (let i = 1; i < clean.length; i++) {
    if (clean[i].progress !== clean[i - 1].progress) since = clean[i].at
  }
  return Math.max(0, now - since)
}
