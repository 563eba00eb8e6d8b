// A server's `Retry-After` is honoured, but within reason: a misconfigured one must not park the run.
const RETRY_AFTER_CAP_MS = 5 * 60_000

/** `Retry-After` in seconds or as an HTTP-date, as a delay in ms from `nowMs`; capped, never negative. */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number
): number | undefined {
  const text = value?.trim() ?? ''
  // An HTTP-date starts with the day's name; Date.parse alone would take '-5' as a year.
  const ms = /^\d+$/.test(text)
    ? Number(text) * 1000
    : /^[a-z]{3}/i.test(text)
      ? Date.parse(text) - nowMs
      : NaN
  if (Number.isNaN(ms)) return undefined
  return Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS)
}
