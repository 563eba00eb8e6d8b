import { describe, expect, it } from '@jest/globals'
import { StudioError } from '../../src/aistudios/transport.js'
import type { ProgressData } from '../../src/aistudios/schema.js'
import type { Clock } from '../../src/shared/clock.js'
import { DeadlineError } from '../../src/action/run-signal.js'
import { classifyProgress, RenderFailedError, waitForRender } from '../../src/render/wait.js'

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

function run(
  clock: ReturnType<typeof simulatedClock>,
  progressAt: (ms: number) => ProgressData | Error,
  deadline = 30 * 60_000
) {
  const logs: string[] = []
  const warnings: string[] = []
  const promise = waitForRender({
    progress: renderOf(clock, progressAt),
    projectId: 'p1',
    startedAt: 0,
    deadline,
    signal: new AbortController().signal,
    clock,
    log: line => logs.push(line),
    warn: line => warnings.push(line),
    random: () => 0.5
  })
  return { promise, logs, warnings }
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
    [{ progress: 100, state: 'cancelled', downloadUrl: 'https://x/v.mp4' }, 'failed']
  ] as [ProgressData, string][])('%j is %s', (data, kind) => {
    expect(classifyProgress(data).kind).toBe(kind)
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

  it('keeps polling through transient failures, and warns', async () => {
    const clock = simulatedClock()
    const flaky = (ms: number) =>
      ms > 10_000 && ms < 40_000 ? new StudioError('HTTP 503', true, 503) : linear(60_000)(ms)
    const { promise, warnings } = run(clock, flaky)
    await expect(promise).resolves.toMatchObject({ downloadUrl: expect.any(String) })
    expect(warnings.some(line => line.includes('HTTP 503'))).toBe(true)
  })

  it('ends with the API error when a progress answer is refused', async () => {
    const clock = simulatedClock()
    const { promise } = run(
      clock,
      () => new StudioError('AI Studios refused: render failed (code E1, HTTP 200)', false, 200)
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
