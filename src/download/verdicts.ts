/** Pure decisions of the download: what a response means given what is on disk. */
import type { IncomingHttpHeaders } from 'node:http'
import { basename, dirname, join } from 'node:path'
import { ActionError } from '../shared/errors.js'
import { formatBytes } from '../shared/format.js'
import { parseRetryAfter } from '../shared/retry-after.js'

const MiB = 1 << 20

export interface ContentRange {
  start: number
  end: number
  /** Undefined when the server sent `*` (length unknown). */
  total: number | undefined
}

/** `bytes 100-199/1000` → {start: 100, end: 199, total: 1000}; anything malformed → undefined. */
export function parseContentRange(value: string | undefined): ContentRange | undefined {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/i.exec(value?.trim() ?? '')
  if (!match) return undefined
  const [start, end] = [Number(match[1]), Number(match[2])]
  const total = match[3] === '*' ? undefined : Number(match[3])
  if (end < start || (total !== undefined && end >= total)) return undefined
  return { start, end, total }
}

/** A Content-Length, or undefined when missing or malformed. */
export function parseLength(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined
}

/** The total of a 416 answer, `bytes *\/1000` → 1000. */
export function parseUnsatisfiedRange(value: string | undefined): number | undefined {
  const match = /^bytes \*\/(\d+)$/i.exec(value?.trim() ?? '')
  return match ? Number(match[1]) : undefined
}

/**
 * What `If-Range` can carry: a strong ETag, else Last-Modified. A weak ETag is not allowed there
 * (RFC 9110 §13.1.5), and a server would answer 200 to it, so it is as good as none.
 */
export function validatorOf(headers: IncomingHttpHeaders): string | undefined {
  const etag = headers.etag
  if (etag && !etag.startsWith('W/')) return etag
  return headers['last-modified']
}

export function rangeHeaders(
  offset: number,
  validator: string | undefined
): Record<string, string> {
  if (offset === 0) return {}
  return { range: `bytes=${offset}-`, ...(validator ? { 'if-range': validator } : {}) }
}

/** The only URLs fetched: https, or http when the caller allows it (the local simulator). */
export function checkUrl(url: string | URL, allowHttp: boolean): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ActionError('The video download URL is not a valid URL.')
  }
  const ok = parsed.protocol === 'https:' || (allowHttp && parsed.protocol === 'http:')
  if (!ok) {
    throw new ActionError(
      `The video download URL must use https (got ${parsed.protocol.replace(':', '')}).`
    )
  }
  return parsed
}

/** The next hop of a redirect: resolved against the current URL; https never drops to http. */
export function redirectTarget(from: URL, location: string, allowHttp: boolean): URL {
  const next = checkUrl(new URL(location, from), allowHttp)
  if (from.protocol === 'https:' && next.protocol !== 'https:') {
    throw new ActionError(
      `The video download was redirected from https to ${next.protocol}; refused.`
    )
  }
  return next
}

export function isRedirect(status: number): boolean {
  return [301, 302, 303, 307, 308].includes(status)
}

/** An MP4 (ISO BMFF) file starts with a box whose type, bytes 4..8, is `ftyp`. */
export function isMp4Start(head: Buffer): boolean {
  return head.length >= 8 && head.toString('latin1', 4, 8) === 'ftyp'
}

/** The temporary file beside `dest`, so that the final rename stays on one file system. */
export function partPathFor(dest: string, suffix: string): string {
  return join(dirname(dest), `.${basename(dest)}.${suffix}.part`)
}

export interface TransferState {
  /** Bytes already on disk: where this response must start. */
  offset: number
  /** The file's length as learned from an earlier response. */
  total: number | undefined
  /** The ETag or Last-Modified that the bytes on disk came with. */
  validator: string | undefined
}

export type Verdict =
  /** Write the body at `from`; 0 with bytes on disk means start over. */
  | { kind: 'stream'; from: number; total: number | undefined; validator: string | undefined }
  | { kind: 'complete' }
  /** The answer cannot extend the bytes on disk: throw them away and ask again from 0. */
  | { kind: 'restart'; reason: string }
  | { kind: 'refresh'; reason: string }
  | { kind: 'retry'; reason: string; delayMs: number | undefined }
  | { kind: 'fail'; reason: string }

/** What to do with a response (after redirects), given what is on disk. */
export function classifyResponse(
  status: number,
  headers: IncomingHttpHeaders,
  state: TransferState,
  nowMs: number
): Verdict {
  const validator = validatorOf(headers)
  if (status === 200) {
    return { kind: 'stream', from: 0, total: parseLength(headers['content-length']), validator }
  }
  if (status === 206) return classifyPartial(headers, state, validator)
  if (status === 416) {
    const total = state.total ?? parseUnsatisfiedRange(headers['content-range'])
    if (state.offset > 0 && state.offset === total) return { kind: 'complete' }
    return { kind: 'restart', reason: 'the server refused the range (HTTP 416)' }
  }
  if ([403, 404, 410].includes(status)) {
    return { kind: 'refresh', reason: `HTTP ${status}, the URL may have expired` }
  }
  if (status === 408 || status === 429 || (status >= 500 && status <= 599)) {
    return {
      kind: 'retry',
      reason: `HTTP ${status}`,
      delayMs: parseRetryAfter(headers['retry-after'], nowMs)
    }
  }
  return { kind: 'fail', reason: `the server answered HTTP ${status}` }
}

function classifyPartial(
  headers: IncomingHttpHeaders,
  state: TransferState,
  validator: string | undefined
): Verdict {
  const range = parseContentRange(headers['content-range'])
  if (!range) return { kind: 'restart', reason: 'a 206 answer without a valid Content-Range' }
  if (range.start !== state.offset) {
    return {
      kind: 'restart',
      reason: `the server resumed at byte ${range.start} instead of ${state.offset}`
    }
  }
  if (state.total !== undefined && range.total !== state.total) {
    return { kind: 'restart', reason: `the file's length changed to ${range.total ?? 'unknown'}` }
  }
  // A server that honours Range but ignores If-Range would splice two files; the ETag shows it.
  if (state.validator?.startsWith('"') && headers.etag && headers.etag !== state.validator) {
    return { kind: 'restart', reason: 'the file changed (different ETag)' }
  }
  const kept = state.validator ?? validator
  return { kind: 'stream', from: range.start, total: range.total, validator: kept }
}

/**
 * A failed attempt counts as progress only when it added a real share of the file: at least 1/64 of
 * the length (1 MiB when the length is unknown). Any byte at all would let a server that always
 * sends a few bytes then cuts be retried until the deadline; with this, at most 64 such attempts
 * can each reset the count, so the whole is bounded whatever the server does.
 */
export function isProgress(added: number, total: number | undefined): boolean {
  return added > 0 && added >= (total === undefined ? MiB : Math.ceil(total / 64))
}

export function progressLine(bytes: number, total: number | undefined, rate: number): string {
  const speed = `${(rate / MiB).toFixed(1)} MiB/s`
  if (total === undefined || total === 0) return `Downloaded ${formatBytes(bytes)}, ${speed}`
  const percent = Math.floor((bytes / total) * 100)
  return `Downloaded ${formatBytes(bytes)} of ${formatBytes(total)} (${percent} %), ${speed}`
}
