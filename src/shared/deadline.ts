import { cancelRequestsOnAbort } from './abandon.js'
import { systemClock, type Clock } from './clock.js'
import { ActionError, messageOf, type ActionErrorDetails } from './errors.js'

/** The run ran out of time (`timeout-minutes`). */
export class DeadlineError extends ActionError {}

/** The job was cancelled (SIGINT/SIGTERM from the runner, Ctrl-C in a terminal). */
export class CancelledError extends ActionError {}

/** Work that was stopped by its own bound or by the signal it was given, abandoned where it stood. */
export class StoppedError extends ActionError {}

export interface RunSignal {
  /** Aborted at the deadline or on cancel. */
  signal: AbortSignal
  /** Aborted on cancel only: delivery has a deadline of its own (`upload-timeout-minutes`). */
  cancelled: AbortSignal
  /** ms epoch of the deadline, on the run's clock. */
  deadline: number
  /** Aborts both signals with a `CancelledError`; the caller calls it on SIGINT/SIGTERM. */
  cancel(reason: string): void
  dispose(): void
}

/**
 * One signal for the run's deadline and for cancellation, passed to every wait and request. The deadline's
 * value is on the run's clock (`now`); its timer is the process's, because it must also end I/O that no
 * clock sees. `deadlineMessage` names the setting in the words the user knows.
 */
export function startRunSignal(timeoutMs: number, now: number, deadlineMessage: string): RunSignal {
  const controller = new AbortController()
  const cancelController = new AbortController()
  const timer = setTimeout(() => controller.abort(new DeadlineError(deadlineMessage)), timeoutMs)
  return {
    signal: controller.signal,
    cancelled: cancelController.signal,
    deadline: now + timeoutMs,
    cancel: reason => {
      const error = new CancelledError(reason)
      controller.abort(error)
      cancelController.abort(error)
    },
    dispose: () => clearTimeout(timer)
  }
}

/**
 * Runs `work` under a bound of its own (`timeoutMs`, with `onTimeout` as the reason) and `outer` (the run's
 * signal): `work` gets a signal that aborts at either, and when it does not stop on it (a library that takes
 * no signal, a stalled blob PUT) it is raced and abandoned, so the caller always goes on, and the requests it
 * has in flight are destroyed, so that they hold nothing open. The error thrown
 * then is a `StoppedError` carrying the reason's message and details. The bound is on `clock` (the process's
 * time by default); on simulated time it passes as soon as no earlier sleeper is left, so a test arms it on
 * an event rather than hoping I/O is quicker.
 */
export async function within<T>(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  onTimeout: () => Error,
  work: (signal: AbortSignal) => Promise<T>,
  clock: Clock = systemClock
): Promise<T> {
  const bound = new AbortController()
  const settled = new AbortController()
  clock.sleep(timeoutMs, settled.signal).then(
    () => bound.abort(onTimeout()),
    () => {}
  )
  const signal = outer ? AbortSignal.any([outer, bound.signal]) : bound.signal
  let onAbort = (): void => {}
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => reject(stoppedBy(signal.reason))
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([cancelRequestsOnAbort(signal, () => work(signal)), stopped])
  } finally {
    settled.abort()
    signal.removeEventListener('abort', onAbort)
  }
}

function stoppedBy(reason: unknown): StoppedError {
  const details: ActionErrorDetails = reason instanceof ActionError ? reason.details : {}
  return new StoppedError(messageOf(reason), details)
}
