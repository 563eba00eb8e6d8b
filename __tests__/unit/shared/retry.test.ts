import { describe, expect, it } from '@jest/globals'
import { simulatedClock } from '../../../sim/clock.js'
import type { Clock } from '../../../src/shared/clock.js'
import { retry, type RetryOptions } from '../../../src/shared/retry.js'

const START = 1_700_000_000_000

/** A simulated clock that also records each wait. */
function recordingClock() {
  const clock = simulatedClock(START)
  const sleeps: number[] = []
  return {
    clock: {
      now: clock.now,
      sleep: (ms: number, signal?: AbortSignal) => {
        sleeps.push(ms)
        return clock.sleep(ms, signal)
      }
    } satisfies Clock,
    sleeps,
    pending: clock.pending
  }
}

function failing(times: number, error: unknown = new Error('busy')) {
  const calls: number[] = []
  return {
    calls,
    attempt: async (n: number) => {
      calls.push(n)
      if (calls.length <= times) throw error
      return 'done'
    }
  }
}

const base = (clock: Clock): RetryOptions => ({
  attempts: 4,
  classify: () => ({}),
  clock,
  random: () => 0.5
})

describe('retry', () => {
  it('waits the half-jittered backoff between attempts, on the clock it is given', async () => {
    const { clock, sleeps } = recordingClock()
    const { attempt, calls } = failing(3)
    await expect(retry(attempt, base(clock))).resolves.toBe('done')
    expect(calls).toEqual([1, 2, 3, 4])
    expect(sleeps).toEqual([750, 1500, 3000])
    expect(clock.now() - START).toBe(5250)
  })

  it('throws the last failure when the attempts run out, and a refused one at once', async () => {
    const { clock } = recordingClock()
    const last = new Error('still busy')
    await expect(retry(failing(9, last).attempt, base(clock))).rejects.toBe(last)
    const refused = failing(9, new Error('no'))
    await expect(retry(refused.attempt, { ...base(clock), classify: () => false })).rejects.toThrow(
      'no'
    )
    expect(refused.calls).toEqual([1])
  })

  it("honours the server's Retry-After up to the cap", async () => {
    const { clock, sleeps } = recordingClock()
    const options = { ...base(clock), retryAfterCapMs: 10_000 }
    await retry(failing(2).attempt, { ...options, classify: () => ({ afterMs: 7000 }) })
    await retry(failing(1).attempt, { ...options, classify: () => ({ afterMs: 600_000 }) })
    expect(sleeps).toEqual([7000, 7000, 10_000])
  })

  it('counts the failures since the last attempt that progressed', async () => {
    const { clock, sleeps } = recordingClock()
    const { attempt, calls } = failing(9)
    const told: number[] = []
    // Attempts 3 and 5 got somewhere: the count starts again after each.
    const progressed = new Set([3, 5])
    await expect(
      retry(attempt, {
        ...base(clock),
        attempts: 3,
        classify: () => ({ progressed: progressed.has(calls.length) }),
        onRetry: (_, __, next) => told.push(next)
      })
    ).rejects.toThrow('busy')
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(told).toEqual([2, 3, 2, 3, 2, 3])
    expect(sleeps).toEqual([750, 1500, 750, 1500, 750, 1500])
  })

  it("uses up no attempt on a pause (the server's Retry-After), and waits at least the pause", async () => {
    const { clock, sleeps } = recordingClock()
    const { attempt, calls } = failing(5)
    // Attempts 1 to 4 are paused by the server, the 5th fails as busy: 2 attempts would fail at the 5th.
    await expect(
      retry(attempt, {
        ...base(clock),
        attempts: 2,
        classify: () => (calls.length <= 4 ? { afterMs: 5000, paused: true } : {})
      })
    ).resolves.toBe('done')
    expect(calls).toEqual([1, 2, 3, 4, 5, 6])
    expect(sleeps).toEqual([5000, 5000, 5000, 5000, 750])
    const refused = failing(5)
    await expect(
      retry(refused.attempt, { ...base(clock), attempts: 2, classify: () => ({}) })
    ).rejects.toThrow('busy')
    expect(refused.calls).toEqual([1, 2])
  })

  it('is cut short by the signal in the middle of a wait, without moving the clock', async () => {
    const { clock, pending } = recordingClock()
    const controller = new AbortController()
    const cancelled = new Error('The job was cancelled (SIGINT).')
    const { attempt, calls } = failing(9)
    // The cancel arrives while the retry sleeps: the simulated clock has a sleeper, which wakes at once.
    const aborting: Clock = {
      now: clock.now,
      sleep: (ms, signal) => {
        const sleeping = clock.sleep(ms, signal)
        expect(pending()).toBe(1)
        controller.abort(cancelled)
        return sleeping
      }
    }
    await expect(
      retry(attempt, {
        ...base(aborting),
        attempts: 5,
        classify: () => ({ afterMs: 60_000 }),
        signal: controller.signal
      })
    ).rejects.toBe(cancelled)
    expect(calls).toEqual([1])
    expect(pending()).toBe(0)
    expect(clock.now()).toBe(START)
  })

  it('starts no attempt once the signal has aborted', async () => {
    const { clock } = recordingClock()
    const { attempt, calls } = failing(0)
    const stopped = new Error('deadline')
    await expect(
      retry(attempt, { ...base(clock), signal: AbortSignal.abort(stopped) })
    ).rejects.toBe(stopped)
    expect(calls).toEqual([])
  })
})
