// @ts-check
import { setImmediate } from 'node:timers'

/*
 * Simulated time for tests and benchmarks: a Clock (src/shared/clock.ts) whose `sleep` costs no wall time
 * but moves the clock. Give the same clock to the AI Studios simulator (its renders progress on it) and to
 * the action: a story of 5 s polls and backoffs runs in milliseconds, and the simulator sees the same
 * requests at the same simulated times.
 *
 * Time moves only when someone sleeps: to the earliest wake-up, one sleeper per turn of the event loop, so
 * sleepers wake in order and each one's continuation runs before the next. No time passes while a story
 * waits on I/O. Several stories at once (a manifest run) break that: one's sleep moves the clock while
 * another's request is in flight, so tests of concurrency keep the real clock.
 */

/**
 * @typedef {object} SimulatedClock
 * @property {() => number} now
 * @property {(ms: number, signal?: AbortSignal) => Promise<void>} sleep
 * @property {() => number} pending how many sleepers wait (a test can see that nobody is left asleep)
 */

/**
 * @param {number} [start] ms epoch; near the real time by default, for code that compares it with dates
 * @returns {SimulatedClock}
 */
export function simulatedClock(start = Date.now()) {
  let now = start
  let order = 0
  let ticking = false
  /** @type {Array<{ at: number, order: number, wake: () => void }>} */
  let sleepers = []

  const tick = () => {
    ticking = false
    const next = sleepers.reduce(
      (first, sleeper) =>
        !first || sleeper.at < first.at || (sleeper.at === first.at && sleeper.order < first.order)
          ? sleeper
          : first,
      /** @type {(typeof sleepers)[number] | undefined} */ (undefined)
    )
    if (!next) return
    sleepers = sleepers.filter(sleeper => sleeper !== next)
    now = Math.max(now, next.at)
    next.wake()
    schedule()
  }
  const schedule = () => {
    if (ticking || sleepers.length === 0) return
    ticking = true
    setImmediate(tick)
  }

  return {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason)
        const onAbort = () => {
          sleepers = sleepers.filter(other => other !== sleeper)
          reject(signal?.reason)
        }
        const sleeper = {
          at: now + Math.max(0, ms),
          order: order++,
          wake: () => {
            signal?.removeEventListener('abort', onAbort)
            resolve()
          }
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        sleepers.push(sleeper)
        schedule()
      }),
    pending: () => sleepers.length
  }
}
