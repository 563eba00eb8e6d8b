import type { Clock } from './clock.js'
import { startRunSignal, type RunSignal } from './deadline.js'

/** How long a cancelled run may take to clean up before it is ended without waiting for stragglers. */
const CANCEL_GRACE_MS = 5000

/**
 * SIGINT (the runner's cancel, Ctrl-C) and SIGTERM (the runner's follow-up) cancel the run's signal, so every
 * wait and request ends within seconds; a run still going after the grace period exits with `exitCode`.
 * Returns the function that stops listening.
 */
function cancelOnSignals(run: RunSignal, exitCode: (signal: NodeJS.Signals) => number): () => void {
  const onSignal = (name: NodeJS.Signals): void => {
    run.cancel(`The job was cancelled (${name}).`)
    setTimeout(() => process.exit(exitCode(name)), CANCEL_GRACE_MS).unref()
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/**
 * Runs `work` under the run's signal: its deadline (`timeoutMs` from now, on `clock`) and a cancel by
 * SIGINT/SIGTERM; both are released when the work ends, however it ends.
 */
export async function underRunSignal<T>(
  run: {
    timeoutMs: number
    clock: Clock
    deadlineMessage: string
    exitCode(signal: NodeJS.Signals): number
  },
  work: (signal: RunSignal) => Promise<T>
): Promise<T> {
  const signal = startRunSignal(run.timeoutMs, run.clock.now(), run.deadlineMessage)
  const unlisten = cancelOnSignals(signal, run.exitCode)
  try {
    return await work(signal)
  } finally {
    signal.dispose()
    unlisten()
  }
}
