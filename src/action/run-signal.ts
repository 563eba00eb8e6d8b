import { ActionError } from '../shared/errors.js'

/** The run ran out of time (`timeout-minutes`). */
export class DeadlineError extends ActionError {}

/** The job was cancelled (SIGINT/SIGTERM from the runner). */
export class CancelledError extends ActionError {}

export interface RunSignal {
  /** Aborted at the deadline or on cancel. */
  signal: AbortSignal
  /** Aborted on cancel only: delivery has a deadline of its own (`upload-timeout-minutes`). */
  cancelled: AbortSignal
  /** ms epoch of the deadline. */
  deadline: number
  dispose(): void
}

/** How long a cancelled run may take to clean up before it is ended without waiting for stragglers. */
const CANCEL_GRACE_MS = 5000

/**
 * One signal for the deadline and for cancellation, passed to every wait and request. The runner sends
 * SIGINT on cancel and SIGTERM/SIGKILL a few seconds later, so the run must stop within seconds.
 */
export function startRunSignal(timeoutMs: number, now = Date.now()): RunSignal {
  const controller = new AbortController()
  const cancel = new AbortController()
  const timer = setTimeout(
    () => controller.abort(new DeadlineError('The deadline (`timeout-minutes`) passed.')),
    timeoutMs
  )
  const onSignal = (name: NodeJS.Signals): void => {
    const reason = new CancelledError(`The job was cancelled (${name}).`)
    controller.abort(reason)
    cancel.abort(reason)
    setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref()
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return {
    signal: controller.signal,
    cancelled: cancel.signal,
    deadline: now + timeoutMs,
    dispose: () => {
      clearTimeout(timer)
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}
