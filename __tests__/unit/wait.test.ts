import { describe, expect, it } from '@jest/globals'
import { StudioError, type StudioErrorKind } from '../../src/aistudios/transport.js'
import type { ProgressData } from '../../src/aistudios/schema.js'
import type { Clock } from '../../src/shared/clock.js'
import { DeadlineError } from '../../src/shared/deadline.js'
import { ActionError } from '../../src/shared/errors.js'
import {
  classifyProgress,
  GRACE_MS,
  isUnknownState,
  RenderFailedError,
  waitForRender
} from '../../src/render/wait.js'

/** Simulated time: sleeping only moves the clock. */
function simulatedClock(start = 0): Clock & { slept: number[] } {
  let now = start
  const slept: number[] = []
  return {
    slept,
    now: () => now,
    sleep: async ms => {
      slept.push(ms)
      now += ms
    }
  }
}

/** A render whose progress is a function of simulated time. */
function renderOf(clock: Clock, progressAt: (ms: number) => ProgressData | Error) {
  return async (): Promise<ProgressData> => {
    const answer = progressAt(clock.now())
    if (answer instanceof Error) throw answer
    return answer
  }
}

/** A failed call as the transport marks it. */
const studioError = (
  message: string,
  kind: StudioErrorKind,
  transient: boolean,
  status?: number,
  retryAfterMs?: number
) => new StudioError(message, { kind, transient, status, retryAfterMs })

function run(
  clock: ReturnType<typeof simulatedClock>,
  progressAt: (ms: number) => ProgressData | Error,
  deadline = 30 * 60_000,
  graceMs?: number
) {
  const logs: string[] = []
  const logTimes: number[] = []
  const warnings: string[] = []
  const pollTimes: number[] = []
  const answer = renderOf(clock, progressAt)
  const promise = waitForRender({
    progress: () => {
      pollTimes.push(clock.now())
      return answer()
    },
    projectId: 'p1',
    startedAt: 0,
    graceMs,
    deadline,
    signal: new AbortController().signal,
    clock,
    log: line => {
      logs.push(line)
      logTimes.push(clock.now())
    },
    warn: line => warnings.push(line),
    random: () => 0.5
  })
  return { promise, logs, logTimes, warnings, pollTimes }
}

const linear =
  (renderMs: number) =>
  (ms: number): ProgressData =>
    ms >= renderMs
      ? { progress: 100, state: 'completed', downloadUrl: 'https://cdn.example.com/v.mp4' }
      : { progress: Math.floor((ms / renderMs) * 100), state: 'rendering', downloadUrl: null }

describe('classifyProgress', () => {
  it.each([
    [{ progress: 100, state: 'completed', downloadUrl: 'https://x/v.mp4' }, 'done'],
    [{ progress: 100, state: 'completed', downloadUrl: null }, 'pending'],
    [{ progress: 42, state: 'rendering', downloadUrl: null }, 'pending'],
    [{ progress: 0, state: 'some-new-state', downloadUrl: null }, 'pending'],
    [{ progress: 30, state: 'FAILED', downloadUrl: null }, 'failed'],
    [{ progress: 30, state: 'render_error', downloadUrl: null }, 'failed'],
    [{ progress: 100, state: 'cancelled', downloadUrl: 'https://x/v.mp4' }, 'failed'],
    ...['complete', 'Completed', 'done', 'SUCCESS', 'finished'].map(state => [
      { progress: 0, state, downloadUrl: 'https://x/v.mp4' },
      'done'
    ]),
    [{ progress: 99, state: 'done', downloadUrl: null }, 'pending'],
    [{ progress: 99, state: 'undone', downloadUrl: 'https://x/v.mp4' }, 'pending']
  ] as [ProgressData, string][])('%j is %s', (data, kind) => {
    expect(classifyProgress(data).kind).toBe(kind)
  })
})

describe('isUnknownState', () => {
  it('knows done, failed and plainly pending states, and nothing else', () => {
    for (const state of ['complete', 'failed', 'rendering', 'queued', 'in_progress'])
      expect(isUnknownState(state)).toBe(false)
    expect(isUnknownState('Baking')).toBe(true)
    expect(isUnknownState(null)).toBe(false)
  })
})

describe('waitForRender', () => {
  it('returns the download URL when the render is done', async () => {
    const clock = simulatedClock()
    const { promise } = run(clock, linear(5 * 60_000))
    await expect(promise).resolves.toMatchObject({ downloadUrl: 'https://cdn.example.com/v.mp4' })
    expect(clock.now()).toBeGreaterThanOrEqual(5 * 60_000)
    expect(clock.now() - 5 * 60_000).toBeLessThanOrEqual(10_000)
  })

  it('logs a heartbeat at least once a minute, and when progress moves', async () => {
    const clock = simulatedClock()
    const { promise, logs } = run(clock, linear(10 * 60_000))
    await promise
    const times = logs
      .map(line => /(\d+) min (\d+) s|(\d+) s elapsed/.exec(line))
      .filter(m => m !== null)
    expect(times.length).toBeGreaterThanOrEqual(10)
    expect(logs.some(line => line.includes('% (state rendering)'))).toBe(true)
  })

  it('logs the heartbeat from the clock, between polls further apart than a minute', async () => {
    const clock = simulatedClock()
    // 30 minutes of steady progress: the scheduler spaces polls past a minute near the middle.
    const { promise, logTimes, pollTimes } = run(clock, linear(30 * 60_000), 60 * 60_000)
    await promise
    const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i])
    expect(Math.max(...gaps(pollTimes))).toBeGreaterThan(60_000)
    expect(Math.max(...gaps([0, ...logTimes]))).toBeLessThanOrEqual(60_000)
  })

  it('does not poll right after the export, when the answer could only be 0 %', async () => {
    const clock = simulatedClock()
    const { promise, pollTimes } = run(clock, linear(2 * 60_000))
    await promise
    expect(pollTimes[0]).toBeGreaterThan(0)
    expect(pollTimes.length).toBeLessThanOrEqual(12)
  })

  const ODD: [string, StudioError][] = [
    [
      'not found',
      studioError('AI Studios refused progress: not found (HTTP 404)', 'not-found', false, 404)
    ],
    [
      'no data',
      studioError(
        'data this action does not understand: (root): expected object',
        'unreadable',
        false,
        200
      )
    ],
    [
      'an empty body',
      studioError('HTTP 200 and a body that is not its JSON envelope: ""', 'unreadable', true, 200)
    ],
    [
      'a progress that does not parse',
      studioError('data this action does not understand: progress', 'unreadable', false, 200)
    ]
  ]

  it.each(ODD)(
    'reads an answer that is odd once after the export (%s) as not ready yet',
    async (_, odd) => {
      const clock = simulatedClock()
      let calls = 0
      const { promise, warnings } = run(clock, ms => (calls++ === 0 ? odd : linear(60_000)(ms)))
      await expect(promise).resolves.toMatchObject({ downloadUrl: expect.any(String) })
      expect(warnings.some(line => line.includes('right after the export'))).toBe(true)
    }
  )

  it.each(ODD)(
    'ends on an odd answer (%s) once the grace period is over, naming the render, not as failed',
    async (_, odd) => {
      const clock = simulatedClock()
      const late = (ms: number) => (ms > GRACE_MS ? odd : linear(10 * 60_000)(ms))
      const { promise } = run(clock, late)
      const error = await promise.catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ActionError)
      expect(error).not.toBeInstanceOf(RenderFailedError)
      expect((error as Error).message).toMatch(
        /^The render of project p1 could not be followed at \d+\.\d %: .*It may still be rendering\.$/
      )
      expect(clock.now()).toBeGreaterThan(GRACE_MS)
      expect(clock.now()).toBeLessThan(GRACE_MS + 60_000)
    }
  )

  it('gives a resumed render no grace period: it was registered in an earlier run', async () => {
    const clock = simulatedClock()
    const { promise, pollTimes } = run(clock, () => ODD[1][1], 30 * 60_000, 0)
    await expect(promise).rejects.toThrow(/project p1 could not be followed: .*still be rendering/)
    expect(pollTimes).toHaveLength(1)
  })

  it('keeps polling through a busy API after the grace period: only odd answers end it', async () => {
    const clock = simulatedClock()
    const flaky = (ms: number) =>
      ms > GRACE_MS && ms < 3 * GRACE_MS
        ? studioError('HTTP 503', 'busy', true, 503)
        : linear(4 * GRACE_MS)(ms)
    await expect(run(clock, flaky).promise).resolves.toMatchObject({
      downloadUrl: expect.any(String)
    })
  })

  it("ends as failed, even in the grace period, on the API's failure envelope", async () => {
    const clock = simulatedClock()
    const refused = studioError(
      'AI Studios refused: render failed (code E1, HTTP 200)',
      'refused',
      false,
      200
    )
    const { promise } = run(clock, () => refused)
    await expect(promise).rejects.toThrow(RenderFailedError)
    expect(clock.now()).toBeLessThan(GRACE_MS)
  })

  it('ends at once, even in the grace period, on an answer that says failed', async () => {
    const clock = simulatedClock()
    const { promise } = run(clock, () => ({ progress: 0, state: 'error', downloadUrl: null }))
    await expect(promise).rejects.toThrow(/state "error"/)
    expect(clock.now()).toBeLessThan(GRACE_MS)
  })

  it('is done on a done state with a URL, whatever the progress says', async () => {
    const clock = simulatedClock()
    const { promise } = run(clock, ms =>
      ms > 20_000
        ? { progress: 97, state: 'complete', downloadUrl: 'https://x/v.mp4' }
        : linear(60_000)(ms)
    )
    await expect(promise).resolves.toMatchObject({ downloadUrl: 'https://x/v.mp4' })
    expect(clock.now()).toBeLessThan(60_000)
  })

  it('logs an unknown state once, verbatim, and keeps waiting', async () => {
    const clock = simulatedClock()
    const { promise, warnings } = run(clock, ms =>
      ms >= 60_000 ? linear(60_000)(ms) : { progress: 10, state: 'Baking', downloadUrl: null }
    )
    await promise
    expect(warnings.filter(line => line.includes('"Baking"'))).toHaveLength(1)
  })

  it('honours Retry-After on a throttled poll', async () => {
    const clock = simulatedClock()
    let calls = 0
    const { promise, pollTimes } = run(clock, ms =>
      calls++ === 1 ? studioError('HTTP 429', 'busy', true, 429, 20_000) : linear(60_000)(ms)
    )
    await promise
    expect(pollTimes[2] - pollTimes[1]).toBeGreaterThanOrEqual(20_000)
  })

  it('keeps polling through transient failures, and warns', async () => {
    const clock = simulatedClock()
    const flaky = (ms: number) =>
      ms > 10_000 && ms < 40_000 ? studioError('HTTP 503', 'busy', true, 503) : linear(60_000)(ms)
    const { promise, warnings } = run(clock, flaky)
    await expect(promise).resolves.toMatchObject({ downloadUrl: expect.any(String) })
    expect(warnings.some(line => line.includes('HTTP 503'))).toBe(true)
  })

  it('ends with the API error when a progress answer is refused', async () => {
    const clock = simulatedClock()
    const { promise } = run(clock, () =>
      studioError('AI Studios refused: render failed (code E1, HTTP 200)', 'refused', false, 200)
    )
    await expect(promise).rejects.toThrow(RenderFailedError)
    await expect(promise).rejects.toThrow(/project p1.*code E1/)
  })

  it('ends when the state reads as a failure', async () => {
    const clock = simulatedClock()
    const { promise } = run(clock, () => ({ progress: 12, state: 'failed', downloadUrl: null }))
    await expect(promise).rejects.toThrow(/state "failed"/)
  })

  it('warns when progress stalls and stops at the deadline', async () => {
    const clock = simulatedClock()
    const stalled = (ms: number): ProgressData => ({
      progress: Math.min(40, ms / 1000),
      state: 'rendering',
      downloadUrl: null
    })
    const { promise, warnings } = run(clock, stalled, 12 * 60_000)
    await expect(promise).rejects.toThrow(DeadlineError)
    await expect(promise).rejects.toThrow(/project p1 did not finish/)
    expect(warnings.some(line => /has not moved for \d+ min/.test(line))).toBe(true)
    expect(clock.now()).toBeLessThanOrEqual(12 * 60_000)
  })

  it('warns when progress goes backwards', async () => {
    const clock = simulatedClock()
    const answers = [10, 20, 5, 30, 100]
    let call = 0
    const jumpy = (): ProgressData => {
      const progress = answers[Math.min(call++, answers.length - 1)]
      return {
        progress,
        state: 'rendering',
        downloadUrl: progress === 100 ? 'https://x/v.mp4' : null
      }
    }
    const { promise, warnings } = run(clock, jumpy)
    await promise
    expect(warnings).toContain('Progress went backwards (20.0 % to 5.0 %); still waiting.')
  })
})
