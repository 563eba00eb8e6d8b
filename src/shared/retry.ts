import { backoffDelay, DEFAULT_BACKOFF, type Backoff } from './backoff.js'
import type { Clock } from './clock.js'

/**
 * What the caller knows of a failure: whether another attempt may succeed, how long the other side asked us
 * to wait (`Retry-After`), if it did, and whether the failed attempt still got somewhere (a transfer that
 * resumes where it was cut): then the count of failures starts again, so a long transfer over a flaky link
 * may resume many times. A `paused` failure is the other side asking us to come back later (a 429 with
 * `Retry-After`): a wait, not a failure, so it uses up no attempt; the caller's signal (the run's deadline)
 * bounds how long the pauses may go on.
 */
export type RetryVerdict = false | { afterMs?: number; progressed?: boolean; paused?: boolean }

export interface RetryOptions {
  /** Attempts in all, the first included; since the last attempt that progressed, if any did. */
  attempts: number
  /** Whether a failure is worth another attempt; `false` throws it at once. */
  classify(error: unknown): RetryVerdict
  /** Every wait between attempts is on this clock, so tests and benches run on simulated time. */
  clock: Clock
  /** Aborts the wait between attempts (the run's deadline or cancel, or the caller's own bound). */
  signal?: AbortSignal
  /** The one backoff; `DEFAULT_BACKOFF` when not given. */
  backoff?: Backoff
  /** A server's `Retry-After` is honoured up to this (ms); 60 s when not given. */
  retryAfterCapMs?: number
  random?: () => number
  /** Before each wait: the failure, the wait, and the number of the attempt that follows (since progress). */
  onRetry?(error: unknown, delayMs: number, nextAttempt: number): void
}

/**
 * The one retry policy of the action: runs `attempt` (numbered from 1) until it succeeds, fails in a way
 * `classify` rejects, or the attempts run out; the last failure is thrown. Between attempts it waits the
 * backoff with jitter, or longer when the server asked, on the injected clock and cancellable by `signal`.
 * Each attempt starts from scratch, which is the point: an upload needs a fresh file stream, not the
 * request options of the failed try.
 */
export async function retry<T>(
  attempt: (n: number) => Promise<T>,
  options: RetryOptions
): Promise<T> {
  const { attempts, classify, clock, signal } = options
  let failures = 0
  for (let n = 1; ; n++) {
    if (signal?.aborted) throw signal.reason
    try {
      return await attempt(n)
    } catch (error) {
      const verdict = signal?.aborted ? false : classify(error)
      if (verdict === false) throw error
      failures = verdict.progressed ? 1 : verdict.paused ? failures : failures + 1
      if (failures >= attempts) throw error
      const delayMs = Math.max(
        backoffDelay(
          Math.max(failures, 1),
          options.random ?? Math.random,
          options.backoff ?? DEFAULT_BACKOFF
        ),
        Math.min(verdict.afterMs ?? 0, options.retryAfterCapMs ?? 60_000)
      )
      options.onRetry?.(error, delayMs, failures + 1)
      await clock.sleep(delayMs, signal)
    }
  }
}
