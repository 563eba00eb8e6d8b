/**
 * The video download: one MP4 from a vendor URL to a file, resumable, verified and hashed, with
 * no credentials sent. Pure decisions (what a response means, how long to wait) are exported for
 * unit tests; the I/O is in PartFile (the file and its hash), get (HTTP) and the attempt loop.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import https from 'node:https'
import { basename, dirname, join } from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Worker } from 'node:worker_threads'
import { systemClock, type Clock } from './clock.js'
import { formatBytes } from './bytes.js'
import { ActionError, messageOf } from './errors.js'
import { parseRetryAfter } from './retry-after.js'

export interface DownloadOptions {
  url: string
  /** Where the video ends up; the URL's own file name is never used as a path. */
  dest: string
  /** Deadline and cancellation: when it aborts, the download stops and its reason is rethrown. */
  signal: AbortSignal
  /** Allow plain `http:` (the simulator); otherwise only `https:` is fetched. */
  allowHttp?: boolean
  /** Asks for a fresh URL when the current one answers 403/404/410 (expired signature). */
  refreshUrl?: (signal: AbortSignal) => Promise<string>
  clock?: Clock
  log?: (line: string) => void
  warn?: (line: string) => void
  /** For the retry jitter; tests pass a fixed one. */
  random?: () => number
  /** An attempt that receives nothing for this long is abandoned and resumed. */
  idleTimeoutMs?: number
}

export interface DownloadedVideo {
  path: string
  size: number
  sha256: string
}

export const MAX_ATTEMPTS = 6
export const MAX_REDIRECTS = 5
export const MAX_URL_REFRESHES = 2
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000
const BACKOFF_BASE_MS = 1_000
const BACKOFF_CAP_MS = 30_000
const PROGRESS_INTERVAL_MS = 5_000
// Writes are batched up to this size, and the hasher reads back in steps of it. On loopback,
// 1 GiB took 1.3 s with 1 MiB, 1.5–1.8 s with 256 KiB and 2.0–2.4 s with 4 MiB.
const WRITE_BUFFER_BYTES = 1 << 20
const MiB = 1 << 20

// ─── Pure decisions ────────────────────────────────────────────────────────────────────────────

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

/** Exponential backoff with jitter for the n-th consecutive failure (1-based). */
export function backoffDelay(failure: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (failure - 1))
  return Math.round(ceiling * (0.5 + random() / 2))
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

export function progressLine(bytes: number, total: number | undefined, rate: number): string {
  const speed = `${(rate / MiB).toFixed(1)} MiB/s`
  if (total === undefined || total === 0) return `Downloaded ${formatBytes(bytes)}, ${speed}`
  const percent = Math.floor((bytes / total) * 100)
  return `Downloaded ${formatBytes(bytes)} of ${formatBytes(total)} (${percent} %), ${speed}`
}

// ─── Errors that end an attempt but not the download ──────────────────────────────────────────

class TransientError extends Error {
  constructor(
    message: string,
    readonly delayMs?: number
  ) {
    super(message)
  }
}

// ─── The file being written and its hash ───────────────────────────────────────────────────────

/**
 * Computes SHA-256 on a worker thread that reads back what was written. SHA-256 takes about 0.55 s
 * of CPU per GiB, as much as receiving and writing the bytes; done inline on the main thread it
 * cut loopback throughput by a third. Reading back also means the hash covers exactly the bytes
 * on disk. The code is inline so that the bundle needs no extra file, and plain JavaScript so that
 * no compiler or coverage tool rewrites it. It reads through a descriptor the main thread owns.
 */
const HASHER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { readSync } = require('node:fs')
const { createHash } = require('node:crypto')
const buffer = Buffer.allocUnsafe(${WRITE_BUFFER_BYTES})
let hash = createHash('sha256')
let hashed = 0
let stale = false
parentPort.on('message', message => {
  if (message.type === 'reset') {
    hash = createHash('sha256')
    hashed = 0
    stale = false
  } else if (message.type === 'extend') {
    while (!stale && hashed < message.to) {
      const n = readSync(workerData.fd, buffer, 0, Math.min(buffer.length, message.to - hashed), hashed)
      hash.update(buffer.subarray(0, n))
      hashed += n
      // The file was truncated behind us: a reset is already queued.
      stale = n === 0
    }
  } else if (message.type === 'digest') {
    parentPort.postMessage({ stale, hashed, sha256: hash.digest('hex') })
  }
})
`

interface HashResult {
  stale: boolean
  hashed: number
  sha256: string
}

/** The temporary file: appends in order, counts what is on disk, and keeps the hash in step. */
class PartFile {
  size = 0
  /** How far the hasher has been told it may read. */
  private announced = 0
  private head = Buffer.alloc(0)
  private hasherFailure: Error | undefined
  // Each operation waits for the previous one, so a write still in flight from an abandoned
  // attempt can never interleave with the next attempt's truncate or write.
  private tail: Promise<unknown> = Promise.resolve()

  private constructor(
    readonly path: string,
    private readonly writer: FileHandle,
    private readonly reader: FileHandle,
    private readonly hasher: Worker
  ) {
    hasher.on('error', error => (this.hasherFailure ??= error))
    hasher.on('exit', code => (this.hasherFailure ??= new Error(`hash worker exited (${code})`)))
  }

  static async create(path: string): Promise<PartFile> {
    const writer = await open(path, 'wx')
    const reader = await open(path, 'r').catch(async (error: unknown) => {
      await writer.close()
      await rm(path, { force: true })
      throw error
    })
    const hasher = new Worker(HASHER_SOURCE, { eval: true, workerData: { fd: reader.fd } })
    return new PartFile(path, writer, reader, hasher)
  }

  append(chunks: Buffer[]): Promise<void> {
    return this.serially(async () => {
      if (this.head.length < 8) {
        this.head = Buffer.concat([this.head, ...chunks]).subarray(0, 8)
        if (this.head.length === 8) this.assertMp4()
      }
      await writeAll(this.writer, chunks, this.size).catch((error: unknown) => {
        throw new ActionError(`Cannot write the video to ${this.path}: ${messageOf(error)}`)
      })
      this.size += chunks.reduce((sum, chunk) => sum + chunk.length, 0)
      // One message per MiB, not per socket read: fewer wake-ups on both threads.
      if (this.size - this.announced >= WRITE_BUFFER_BYTES) this.announce()
    })
  }

  restart(): Promise<void> {
    return this.serially(async () => {
      await this.writer.truncate(0)
      this.size = 0
      this.announced = 0
      this.head = Buffer.alloc(0)
      this.hasher.postMessage({ type: 'reset' })
    })
  }

  settled(): Promise<void> {
    return this.serially(async () => {})
  }

  assertMp4(): void {
    if (isMp4Start(this.head)) return
    const text = this.head.toString('latin1').replace(/[^\x20-\x7e]/g, '.')
    throw new ActionError(
      `The video download URL did not return an MP4 (the file starts with "${text}"); nothing was saved.`
    )
  }

  /** Closes the file and returns its SHA-256. */
  async finish(): Promise<string> {
    await this.settled()
    await this.writer.close()
    const result = await this.digest()
    await this.hasher.terminate()
    await this.reader.close()
    if (result.stale || result.hashed !== this.size) {
      throw new Error(`the hash covers ${result.hashed} of ${this.size} bytes`)
    }
    return result.sha256
  }

  async discard(): Promise<void> {
    await this.settled()
    await this.hasher.terminate()
    await Promise.allSettled([this.writer.close(), this.reader.close()])
    await rm(this.path, { force: true })
  }

  /** Lets the hasher read up to the current size. */
  private announce(): void {
    this.announced = this.size
    this.hasher.postMessage({ type: 'extend', to: this.size })
  }

  private digest(): Promise<HashResult> {
    return new Promise((resolve, reject) => {
      if (this.hasherFailure) return reject(this.hasherFailure)
      this.hasher.once('message', resolve)
      this.hasher.once('error', reject)
      this.hasher.once('exit', () => reject(this.hasherFailure))
      this.announce()
      this.hasher.postMessage({ type: 'digest' })
    })
  }

  private serially<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.tail.then(operation)
    this.tail = result.catch(() => {})
    return result
  }
}

async function writeAll(handle: FileHandle, chunks: Buffer[], position: number): Promise<void> {
  const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0)
  let written = 0
  while (written < length) {
    // A short write is legal though rare on a regular file: send what is left.
    const rest = written === 0 ? chunks : [Buffer.concat(chunks).subarray(written)]
    const { bytesWritten } = await handle.writev(rest, position + written)
    written += bytesWritten
  }
}

function sinkFor(file: PartFile, onWritten: () => void): Writable {
  return new Writable({
    highWaterMark: WRITE_BUFFER_BYTES,
    writev(chunks, callback) {
      file.append(chunks.map(({ chunk }) => chunk as Buffer)).then(() => {
        onWritten()
        callback()
      }, callback)
    }
  })
}

// ─── HTTP ──────────────────────────────────────────────────────────────────────────────────────

interface Settings {
  signal: AbortSignal
  allowHttp: boolean
  idleTimeoutMs: number
}

function get(
  url: URL,
  headers: Record<string, string>,
  settings: Settings
): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http
  return new Promise<IncomingMessage>((resolve, reject) => {
    // The global agent, so that NODE_USE_ENV_PROXY (Node 24) can route this through a proxy;
    // its idle sockets do not keep the process alive. No Authorization header: the AI Studios
    // token never goes to this host.
    const request = client.get(url, {
      signal: settings.signal,
      headers: { 'accept-encoding': 'identity', 'user-agent': 'aistudios-render', ...headers }
    })
    let response: IncomingMessage | undefined
    request.on('response', answer => {
      response = answer
      resolve(answer)
    })
    // Also swallows the request's late errors: once the response has come, they reach it too.
    request.on('error', reject)
    request.setTimeout(settings.idleTimeoutMs, () => {
      // Destroying the response itself keeps this reason; through the request it becomes "aborted".
      const idle = new TransientError(`no data for ${settings.idleTimeoutMs / 1000} s`)
      if (response) response.destroy(idle)
      else request.destroy(idle)
    })
  })
}

async function getFollowingRedirects(
  url: URL,
  headers: Record<string, string>,
  settings: Settings
): Promise<IncomingMessage> {
  let current = url
  for (let hop = 0; ; hop++) {
    const response = await get(current, headers, settings)
    const location = response.headers.location
    if (!isRedirect(response.statusCode ?? 0) || !location) return response
    response.destroy()
    if (hop === MAX_REDIRECTS) {
      throw new ActionError(`The video download URL redirected more than ${MAX_REDIRECTS} times.`)
    }
    current = redirectTarget(current, location, settings.allowHttp)
  }
}

// ─── The download ──────────────────────────────────────────────────────────────────────────────

/**
 * Downloads an MP4 to `dest`: streamed to a temporary file beside it, resumed with Range/If-Range
 * after a cut, verified (length, `ftyp`) and hashed, then renamed into place. On any failure
 * nothing is left behind and an existing `dest` is untouched.
 */
export async function downloadVideo(options: DownloadOptions): Promise<DownloadedVideo> {
  const { dest, signal } = options
  signal.throwIfAborted()
  const url = checkUrl(options.url, options.allowHttp ?? false)
  await mkdir(dirname(dest), { recursive: true }).catch((error: unknown) => {
    throw new ActionError(`Cannot create the folder for ${dest}: ${messageOf(error)}`)
  })
  const file = await PartFile.create(partPathFor(dest, randomBytes(6).toString('hex'))).catch(
    (error: unknown) => {
      throw new ActionError(`Cannot write the video beside ${dest}: ${messageOf(error)}`)
    }
  )
  try {
    await transfer(file, url, options)
    file.assertMp4()
    const sha256 = await file.finish()
    await rename(file.path, dest).catch((error: unknown) => {
      throw new ActionError(`Cannot move the video into place at ${dest}: ${messageOf(error)}`)
    })
    return { path: dest, size: file.size, sha256 }
  } catch (error) {
    await file.discard()
    throw signal.aborted ? signal.reason : error
  }
}

interface Session {
  url: URL
  refreshes: number
  total: number | undefined
  validator: string | undefined
}

interface Context {
  settings: Settings
  clock: Clock
  progress: Progress
  warn: (line: string) => void
  refreshUrl: ((signal: AbortSignal) => Promise<string>) | undefined
}

/** The attempt loop: returns when every byte is on disk. */
async function transfer(file: PartFile, url: URL, options: DownloadOptions): Promise<void> {
  const { signal, clock = systemClock, warn = () => {}, random = Math.random } = options
  const context: Context = {
    settings: {
      signal,
      allowHttp: options.allowHttp ?? false,
      idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
    },
    clock,
    progress: new Progress(clock, options.log ?? (() => {})),
    warn,
    refreshUrl: options.refreshUrl
  }
  const session: Session = { url, refreshes: 0, total: undefined, validator: undefined }
  let failures = 0
  for (;;) {
    await file.settled()
    const before = file.size
    try {
      if (await attempt(file, session, context)) return
    } catch (error) {
      if (error instanceof ActionError || signal.aborted) throw error
      await file.settled()
      // Progress resets the count: a long download over a flaky link may resume many times,
      // and the caller's deadline bounds the whole.
      failures = file.size > before ? 1 : failures + 1
      if (failures === MAX_ATTEMPTS) {
        throw new ActionError(
          `Downloading the video failed after ${MAX_ATTEMPTS} attempts: ${messageOf(error)}.`
        )
      }
      const delayMs =
        (error instanceof TransientError ? error.delayMs : undefined) ??
        backoffDelay(failures, random)
      warn(
        `Download interrupted at ${formatBytes(file.size)} (${messageOf(error)}); retrying in ` +
          `${(delayMs / 1000).toFixed(1)} s (attempt ${failures + 1} of ${MAX_ATTEMPTS}).`
      )
      await clock.sleep(delayMs, signal)
    }
  }
}

/** One request and its body: true when the file is complete, false to ask again at once. */
async function attempt(file: PartFile, session: Session, context: Context): Promise<boolean> {
  const state: TransferState = {
    offset: file.size,
    total: session.total,
    validator: session.validator
  }
  const headers = rangeHeaders(state.offset, state.validator)
  const response = await getFollowingRedirects(session.url, headers, context.settings)
  const status = response.statusCode ?? 0
  const verdict = classifyResponse(status, response.headers, state, context.clock.now())
  if (verdict.kind !== 'stream') response.destroy()
  switch (verdict.kind) {
    case 'stream': {
      if (verdict.from < state.offset) {
        context.warn('The server sent the whole file instead of the rest; starting again from 0.')
        await file.restart()
      }
      session.total = verdict.total
      session.validator = verdict.validator
      const { progress } = context
      progress.expect(verdict.total, file.size)
      const sink = sinkFor(file, () => progress.update(file.size))
      await pipeline(response, sink)
      if (verdict.total !== undefined && file.size < verdict.total) {
        throw new TransientError(`the body ended at byte ${file.size} of ${verdict.total}`)
      }
      progress.done(file.size)
      return true
    }
    case 'complete':
      return true
    case 'restart':
      await file.restart()
      throw new TransientError(verdict.reason)
    case 'refresh':
      if (!context.refreshUrl || session.refreshes === MAX_URL_REFRESHES) {
        throw new ActionError(`Downloading the video failed: ${verdict.reason}.`)
      }
      session.refreshes++
      context.warn(`The download URL was rejected (${verdict.reason}); asking for a fresh one.`)
      session.url = checkUrl(
        await context.refreshUrl(context.settings.signal),
        context.settings.allowHttp
      )
      return false
    case 'retry':
      throw new TransientError(verdict.reason, verdict.delayMs)
    case 'fail':
      throw new ActionError(`Downloading the video failed: ${verdict.reason}.`)
  }
}

/** A progress line at every 10 % and at least every 5 s. */
class Progress {
  private readonly started: number
  private lastLineAt: number
  private lastDecile = 0
  private total: number | undefined

  constructor(
    private readonly clock: Clock,
    private readonly log: (line: string) => void
  ) {
    this.started = clock.now()
    this.lastLineAt = this.started
  }

  /** Sets the length to expect, from `bytes` on (the start of a response). */
  expect(total: number | undefined, bytes: number): void {
    this.total = total
    this.lastDecile = total ? Math.floor((bytes / total) * 10) : 0
  }

  update(bytes: number): void {
    const now = this.clock.now()
    const decile = this.total ? Math.floor((bytes / this.total) * 10) : 0
    if (decile > this.lastDecile || now - this.lastLineAt >= PROGRESS_INTERVAL_MS) {
      this.lastDecile = decile
      this.lastLineAt = now
      this.log(progressLine(bytes, this.total, this.rate(bytes, now)))
    }
  }

  /** The closing line, unless the 100 % line was just written. */
  done(bytes: number): void {
    if (this.lastDecile < 10) {
      this.log(progressLine(bytes, this.total, this.rate(bytes, this.clock.now())))
    }
  }

  private rate(bytes: number, now: number): number {
    return bytes / (Math.max(now - this.started, 1) / 1000)
  }
}
