import { describe, expect, it } from '@jest/globals'
import {
  POLL_FAILURE_BACKOFF,
  SCHEDULE_LIMITS,
  pollCapMs,
  estimateFinish,
  nextPollDelay,
  stalledFor,
  type ProgressObservation,
  type ScheduleInput
} from '../../src/render/schedule.js'

const T0 = Date.UTC(2025, 0, 1)
const S = 1000
const MIN = 60 * S
const FAR = T0 + 24 * 60 * MIN

/** Polls every `every` ms from `from` to `to` of a render moving `perSecond` points a second from `movingFrom`. */
function linear(
  perSecond: number,
  every: number,
  to: number,
  { from = every, movingFrom = 0 } = {}
): ProgressObservation[] {
  const observations: ProgressObservation[] = []
  for (let t = from; t <= to; t += every) {
    const progress = Math.min(99, Math.floor((Math.max(0, t - movingFrom) / S) * perSecond))
    observations.push({ at: T0 + t, progress })
  }
  return observations
}

function delay(observations: ProgressObservation[], extra: Partial<ScheduleInput> = {}): number {
  const now = observations.at(-1)?.at ?? T0
  return nextPollDelay({ startedAt: T0, now, deadline: FAR, observations, ...extra })
}

/** A deterministic source of numbers in [0, 1), so the property-style tests are reproducible. */
function lcg(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32
    return state / 2 ** 32
  }
}

describe('SCHEDULE_LIMITS', () => {
  it('lets the cap grow with the render, from a floor up to a backstop', () => {
    expect(SCHEDULE_LIMITS.minDelayMs).toBeGreaterThan(0)
    expect(SCHEDULE_LIMITS.minDelayMs).toBeLessThan(pollCapMs(0))
    expect(pollCapMs(10 * MIN)).toBeGreaterThanOrEqual(pollCapMs(0))
    expect(pollCapMs(30 * MIN)).toBeGreaterThan(pollCapMs(10 * MIN))
    expect(pollCapMs(30 * MIN)).toBeLessThan(30 * MIN)
    expect(pollCapMs(1000 * MIN)).toBe(SCHEDULE_LIMITS.maxDelayMs)
  })
})

describe('before the progress moves', () => {
  it('waits the first delay when nothing has been seen', () => {
    expect(delay([])).toBe(SCHEDULE_LIMITS.firstDelayMs)
    expect(delay([{ at: T0 + 300, progress: 0 }])).toBe(SCHEDULE_LIMITS.firstDelayMs)
  })

  it('backs off with the time waited, up to the cap, while the render is queued', () => {
    const after = (waited: number) => delay(linear(0, 10 * S, waited))
    expect(after(40 * S)).toBe(20 * S)
    expect(after(40 * S)).toBeGreaterThan(after(20 * S))
    expect(after(10 * MIN)).toBe(SCHEDULE_LIMITS.waitingMaxDelayMs)
    expect(estimateFinish(T0, linear(0, 10 * S, 10 * MIN))).toBeUndefined()
  })
})

describe('estimateFinish', () => {
  it('finds the pace and the finish of a steady render', () => {
    // 0.2 points a second: 100 % at 500 s.
    const estimate = estimateFinish(T0, linear(0.2, 30 * S, 240 * S))
    expect(estimate).toBeDefined()
    expect(estimate?.rate).toBeCloseTo(0.2 / S, 5)
    expect(Math.abs((estimate?.expectedAt ?? 0) - (T0 + 500 * S))).toBeLessThan(10 * S)
    expect(estimate?.earliestAt).toBeLessThanOrEqual(estimate?.expectedAt ?? 0)
    expect(estimate?.earliestAt).toBeGreaterThan(T0 + 400 * S)
  })

  it('does not count a queue before the first move against the pace', () => {
    // Queued for 3 min, then 1 point a second.
    const observations = linear(1, 10 * S, 240 * S, { movingFrom: 180 * S })
    const estimate = estimateFinish(T0, observations)
    expect(estimate?.rate).toBeCloseTo(1 / S, 4)
    expect(Math.abs((estimate?.expectedAt ?? 0) - (T0 + 280 * S))).toBeLessThan(5 * S)
  })

  it('times a lone first move from the last sighting of 0, not from the start', () => {
    const observations = [
      { at: T0 + 100 * S, progress: 0 },
      { at: T0 + 110 * S, progress: 5 }
    ]
    expect(estimateFinish(T0, observations)?.rate).toBeCloseTo(0.5 / S, 6)
  })

  it('follows a render that speeds up rather than its slower past', () => {
    // 0.1 points a second for 400 s, then 0.5.
    const slow = linear(0.1, 20 * S, 400 * S)
    const fast = linear(0.5, 20 * S, 120 * S).map(o => ({
      at: o.at + 400 * S,
      progress: 40 + o.progress
    }))
    const estimate = estimateFinish(T0, [...slow, ...fast])
    expect(estimate?.rate).toBeGreaterThan(0.4 / S)
  })

  it('starts afresh when the progress goes backwards', () => {
    const firstPhase = linear(1, 10 * S, 90 * S)
    const secondPhase = linear(0.1, 10 * S, 100 * S).map(o => ({
      at: o.at + 100 * S,
      progress: o.progress
    }))
    const estimate = estimateFinish(T0, [...firstPhase, ...secondPhase])
    expect(estimate?.rate).toBeCloseTo(0.1 / S, 5)
  })

  it('reads a value that stays put while the pace says it should move as a coarse step', () => {
    const fine = estimateFinish(T0, linear(0.5, 10 * S, 60 * S))
    const coarse = estimateFinish(T0, [
      { at: T0 + 10 * S, progress: 10 },
      { at: T0 + 20 * S, progress: 20 },
      { at: T0 + 30 * S, progress: 20 },
      { at: T0 + 40 * S, progress: 20 },
      { at: T0 + 50 * S, progress: 50 }
    ])
    expect(fine?.step).toBe(1)
    expect(coarse?.step).toBeGreaterThan(10)
  })

  it('ignores observations that are not numbers and clamps the progress to 0..100', () => {
    const estimate = estimateFinish(T0, [
      { at: T0 + 10 * S, progress: Number.NaN },
      { at: Number.NaN, progress: 50 },
      { at: T0 + 20 * S, progress: 10 },
      { at: T0 + 30 * S, progress: 150 }
    ])
    expect(estimate).toBeDefined()
    expect(estimate?.expectedAt).toBe(T0 + 30 * S)
  })
})

describe('nextPollDelay', () => {
  it('polls sparsely far from the end and densely near it', () => {
    // 0.1 points a second: 100 % at 1000 s.
    const far = delay(linear(0.1, 30 * S, 300 * S))
    const nearer = delay(linear(0.1, 30 * S, 950 * S))
    const near = delay(linear(0.1, 10 * S, 980 * S))
    expect(far).toBe(pollCapMs(300 * S))
    expect(nearer).toBeLessThan(far)
    expect(near).toBeLessThan(nearer)
    expect(near).toBeLessThanOrEqual(10 * S)
  })

  it('aims just past the earliest plausible finish once it is close, never past the expected one', () => {
    const observations = linear(1, 5 * S, 95 * S)
    const estimate = estimateFinish(T0, observations)
    const now = T0 + 95 * S
    const at = now + delay(observations)
    if (!estimate) throw new Error('no estimate')
    expect(at).toBeGreaterThan(estimate.earliestAt)
    // The lag this accepts if the render ends at its earliest: about a second, well inside the 2 s target.
    expect(at - estimate.earliestAt).toBeLessThanOrEqual(1.5 * S)
    expect(at).toBeLessThanOrEqual(estimate.expectedAt)
  })

  it('polls a fast render near its end at the fastest pace allowed', () => {
    // 2 points a second, at 99 %: due within half a second.
    expect(delay(linear(2, 1 * S, 50 * S))).toBe(SCHEDULE_LIMITS.minDelayMs)
  })

  it('keeps polling, bounded, while the progress is stalled past the expected end', () => {
    const moving = linear(1, 10 * S, 60 * S)
    const stuck = (stalledMs: number): number => {
      const last = moving[moving.length - 1]
      return delay([...moving, { at: last.at + stalledMs, progress: last.progress }])
    }
    // Expected at 100 s.
    const delays = [60 * S, 5 * MIN, 60 * MIN].map(stuck)
    for (const d of delays) {
      expect(d).toBeGreaterThanOrEqual(SCHEDULE_LIMITS.minDelayMs)
      expect(d).toBeLessThanOrEqual(10 * S)
    }
    expect(delays[2]).toBeGreaterThan(delays[0])
  })

  it('never waits less than Retry-After, even beyond the usual cap', () => {
    const observations = linear(2, 1 * S, 50 * S)
    expect(delay(observations, { retryAfterMs: 7 * S })).toBe(7 * S)
    expect(delay(observations, { retryAfterMs: 120 * S })).toBe(120 * S)
    expect(delay(observations, { retryAfterMs: 0 })).toBe(SCHEDULE_LIMITS.minDelayMs)
  })

  it('never schedules past the deadline: the last poll lands on it', () => {
    const observations = linear(0.1, 30 * S, 300 * S)
    const now = T0 + 300 * S
    const input = { startedAt: T0, now, observations }
    expect(nextPollDelay({ ...input, deadline: now + 4 * S })).toBe(4 * S)
    expect(nextPollDelay({ ...input, deadline: now + 300 })).toBe(300)
    expect(nextPollDelay({ ...input, deadline: now })).toBe(0)
    expect(nextPollDelay({ ...input, deadline: now - MIN })).toBe(0)
    expect(nextPollDelay({ ...input, deadline: now + 4 * S, retryAfterMs: MIN })).toBe(4 * S)
    expect(nextPollDelay({ ...input, deadline: now + 4 * S, consecutiveFailures: 9 })).toBe(4 * S)
  })

  it('backs off exponentially with jitter on transient failures', () => {
    const observations = linear(2, 1 * S, 50 * S)
    const after = (failures: number, random: number) =>
      delay(observations, { consecutiveFailures: failures, random })
    expect(after(0, 0)).toBe(SCHEDULE_LIMITS.minDelayMs)
    expect(after(1, 1)).toBe(2 * S)
    expect(after(3, 0)).toBe(4 * S)
    expect(after(3, 1)).toBe(8 * S)
    expect(after(3, 0.5)).toBe(6 * S)
    expect(after(4, 0)).toBeGreaterThan(after(3, 0))
    expect(after(50, 1)).toBe(POLL_FAILURE_BACKOFF.capMs)
    expect(after(1000, 1)).toBe(POLL_FAILURE_BACKOFF.capMs)
    expect(after(3, 7)).toBe(after(3, 1))
    expect(after(3, -1)).toBe(after(3, 0))
    // No random given: the middle of the range, so the function stays pure.
    expect(delay(observations, { consecutiveFailures: 3 })).toBe(6 * S)
  })

  it('answers a whole number of ms within its limits, whatever it is fed', () => {
    const random = lcg(42)
    for (let i = 0; i < 2000; i++) {
      const observations: ProgressObservation[] = []
      let at = T0
      for (let n = Math.floor(random() * 12); n > 0; n--) {
        // Uneven gaps, repeated timestamps, progress that jumps, stalls and goes backwards.
        at += random() < 0.1 ? 0 : random() * 60 * S
        observations.push({ at, progress: Math.floor(random() * 110) - 5 })
      }
      const now = at + random() * 10 * S
      const deadline = now + (random() < 0.2 ? random() * 5 * S : 3 * 60 * MIN)
      const retryAfterMs = random() < 0.2 ? random() * 90 * S : undefined
      const d = nextPollDelay({
        startedAt: T0,
        now,
        deadline,
        observations,
        retryAfterMs,
        consecutiveFailures: random() < 0.2 ? Math.floor(random() * 8) : 0,
        random: random()
      })
      expect(Number.isInteger(d)).toBe(true)
      expect(d).toBeGreaterThanOrEqual(0)
      expect(d).toBeLessThanOrEqual(Math.round(deadline - now))
      if (deadline - now >= SCHEDULE_LIMITS.maxDelayMs) {
        expect(d).toBeGreaterThanOrEqual(SCHEDULE_LIMITS.minDelayMs)
        if (retryAfterMs === undefined) expect(d).toBeLessThanOrEqual(SCHEDULE_LIMITS.maxDelayMs)
        else expect(d).toBeGreaterThanOrEqual(Math.round(retryAfterMs))
      }
    }
  })

  it('is a pure function of its input', () => {
    const input: ScheduleInput = {
      startedAt: T0,
      now: T0 + 300 * S,
      deadline: FAR,
      observations: Object.freeze(linear(0.1, 30 * S, 300 * S)),
      consecutiveFailures: 2,
      random: 0.3
    }
    expect(nextPollDelay(input)).toBe(nextPollDelay(input))
  })

  it('catches a simulated 10 min render within seconds, with a fraction of the polls of a 3 s loop', () => {
    // 0.16 points a second (finishing at 625 s), reported as whole percents, each answer 300 ms late.
    const finishAt = T0 + 625 * S
    const progressAt = (t: number) => (t >= finishAt ? 100 : Math.floor(((t - T0) / S) * 0.16))
    const observations: ProgressObservation[] = []
    let now = T0
    let polls = 0
    for (;;) {
      now += 300
      polls++
      const progress = progressAt(now)
      if (progress >= 100) break
      observations.push({ at: now, progress })
      now += nextPollDelay({ startedAt: T0, now, deadline: FAR, observations })
    }
    expect(now - finishAt).toBeLessThanOrEqual(6 * S)
    expect(polls).toBeLessThanOrEqual((625 / 3) * 0.25)
  })
})

describe('stalledFor', () => {
  it('is 0 with nothing seen and while the progress moves', () => {
    expect(stalledFor([], T0)).toBe(0)
    const moving = linear(1, 10 * S, 60 * S)
    expect(stalledFor(moving, T0 + 60 * S)).toBe(0)
    expect(stalledFor(moving, T0 + 75 * S)).toBe(15 * S)
  })

  it('counts from when the current value was first seen', () => {
    const observations = [
      { at: T0 + 10 * S, progress: 10 },
      { at: T0 + 20 * S, progress: 40 },
      { at: T0 + 80 * S, progress: 40 },
      { at: T0 + 260 * S, progress: 40 }
    ]
    expect(stalledFor(observations, T0 + 260 * S)).toBe(240 * S)
  })

  it('counts from the first observation if the progress never moved, and a reset as a move', () => {
    expect(stalledFor(linear(0, 30 * S, 300 * S), T0 + 300 * S)).toBe(270 * S)
    const reset = [
      { at: T0 + 10 * S, progress: 50 },
      { at: T0 + 20 * S, progress: 5 },
      { at: T0 + 50 * S, progress: 5 }
    ]
    expect(stalledFor(reset, T0 + 50 * S)).toBe(30 * S)
  })

  it('never goes negative when the clock is behind the last observation', () => {
    expect(stalledFor([{ at: T0 + 10 * S, progress: 5 }], T0)).toBe(0)
  })
})
