import { constants } from 'node:os'
import type { Clock } from './clock.js'
import { startRunSignal, type RunSignal } from './deadline.js'

/** How long a cancelled run may take to clean up before it is ended without waiting for stragglers. */
const CANCEL_GRACE_MS = 5000

/**
 * SIGINT (the runner's cancel, Ctrl-C) and SIGTERM (the runner's follow-up) cancel the run's signal, so every
 * wait and request ends within seconds; a run still going after the grace period exits with `exitCode`.
 * Returns the function that stops listening.
 */
function cancelOnSignals(
  run: RunSignal,
  stop: {
    exitCode(signal: NodeJS.Signals): number
    cancelMessage?(signal: NodeJS.Signals): string
  },
  received: (signal: NodeJS.Signals) => void
): () => void {
  const { exitCode, cancelMessage = name => `The job was cancelled (${name}).` } = stop
  const onSignal = (name: NodeJS.Signals): void => {
    received(name)
    run.cancel(cancelMessage(name))
    setTimeout(() => process.exit(exitCode(name)), CANCEL_GRACE_MS).unref()
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** The shell's exit status for a process a signal stopped: 128 + its number (130 for SIGINT, 143 for SIGTERM). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal]
}

/**
 * Runs `work` under the run's signal: its deadline (`timeoutMs` from now, on `clock`) and a cancel by
 * SIGINT/SIGTERM; both are released when the work ends, however it ends. A run a signal stopped exits with
 * `exitCode(signal)`: at once after the grace period, else `process.exitCode` once the work has ended (its
 * failure is still reported by the caller, which keeps a code already set).
 */
export async function underRunSignal<T>(
  run: {
    timeoutMs: number
    clock: Clock
    deadlineMessage: string
    exitCode(signal: NodeJS.Signals): number
    /** The run's failure when a signal stops it, in the words of where it runs. */
    cancelMessage?(signal: NodeJS.Signals): string
  },
  work: (signal: RunSignal) => Promise<T>
): Promise<T> {
  const signal = startRunSignal(run.timeoutMs, run.clock.now(), run.deadlineMessage)
  let stoppedBy: NodeJS.Signals | undefined
  const unlisten = cancelOnSignals(signal, run, name => (stoppedBy = name))
  try {
    return await work(signal)
  } finally {
    signal.dispose()
    unlisten()
    if (stoppedBy) process.exitCode = run.exitCode(stoppedBy)
  }
}
