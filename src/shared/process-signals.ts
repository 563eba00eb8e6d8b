/** How long a cancelled run may take to clean up before the process ends without waiting for stragglers. */
const CANCEL_GRACE_MS = 5000

/**
 * The edges' cancel: SIGINT or SIGTERM (the runner cancelling a job, Ctrl-C in a terminal) calls `cancel`
 * with `reason(name)`. The runner sends SIGKILL a few seconds after SIGINT, so a run that has not ended
 * `CANCEL_GRACE_MS` later exits with 1 rather than be killed before its report. Returns the function that
 * stops listening.
 */
export function cancelOnProcessSignals(
  cancel: (reason: string) => void,
  reason: (signal: NodeJS.Signals) => string
): () => void {
  const onSignal = (name: NodeJS.Signals): void => {
    cancel(reason(name))
    setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref()
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
