import { systemClock, type Clock } from './clock.js'

export interface RetryPolicy {
  /** The wait before each retry; its length is the number of retries. */
  delaysMs: readonly number[]
  clock: Clock
}

/** Four attempts over about 14 s: long enough for a GitHub blip, short next to a render. */
export const defaultRetryPolicy: RetryPolicy = { delaysMs: [1000, 4000, 9000], clock: systemClock }

/**
 * Runs `attempt` (numbered from 1) until it succeeds, fails in a way `isTransient` rejects, or the
 * policy's delays run out; the last failure is thrown. Each attempt starts from scratch, which is
 * the point: an upload needs a fresh file stream, not the request options of the failed try.
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  isTransient: (error: unknown) => boolean,
  onRetry: (error: unknown, delayMs: number, nextAttempt: number) => void,
  policy: RetryPolicy = defaultRetryPolicy
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n)
    } catch (error) {
      const delayMs = policy.delaysMs[n - 1]
      if (delayMs === undefined || !isTransient(error)) throw error
      onRetry(error, delayMs, n + 1)
      await policy.clock.sleep(delayMs)
    }
  }
}
