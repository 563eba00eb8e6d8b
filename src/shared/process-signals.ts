import type { RunSignal } from './deadline.js'

/** How long a cancelled run may take to clean up before it is ended without waiting for stragglers. */
const CANCEL_GRACE_MS = 5000

/**
 * SIGINT (the runner's cancel, Ctrl-C) and SIGTERM (the runner's follow-up) cancel the run's signal, so every
 * wait and request ends within seconds; a run still going after the grace period exits with `exitCode`.
 * Returns the function that stops listening.
 */
export function cancelOnSignals(
  run: RunSignal,
  exitCode: (signal: NodeJS.Signals) => number
): () => void {
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
