/**
 * The one backoff of the action: exponential from `baseMs`, capped at `capMs`, with "equal jitter" (a delay
 * between half and all of the ceiling), so that retries of many runs spread out but never come at once.
 */
export interface Backoff {
  baseMs: number
  capMs: number
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 1_000, capMs: 30_000 }

/** The wait before the retry after the n-th consecutive failure (1-based). */
export function backoffDelay(
  failure: number,
  random: () => number,
  { baseMs, capMs }: Backoff = DEFAULT_BACKOFF
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** (failure - 1))
  return Math.round(ceiling * (0.5 + random() / 2))
}
