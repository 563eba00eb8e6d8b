/**
 * The video download: one MP4 from a vendor URL to a file, resumable, verified and hashed, with
 * no credentials sent. Pure decisions (what a response means, how long to wait) are exported for
 * unit tests; the I/O (HTTP, the part file and its hash) runs on a worker thread driven through
 * Transfer, one command at a time, by the attempt loop here, which acts on the verdicts the worker
 * reads from each answer.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import { systemClock, type Clock } from '../shared/clock.js'
import { ActionError, messageOf } from '../shared/errors.js'
import { formatBytes } from '../shared/format.js'
import { retry } from '../shared/retry.js'
import type { Video } from '../shared/video.js'
import { TransientError } from './http.js'
import { Transfer } from './transfer.js'
import { checkUrl, isProgress, partPathFor, progressLine, rangeHeaders } from './verdicts.js'

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
  /** Every chunk's running byte count and the expected length, for a progress bar. */
  onProgress?: (bytes: number, total: number | undefined) => void
  /** For the retry jitter; tests pass a fixed one. */
  random?: () => number
  /** An attempt that receives nothing for this long is abandoned and resumed. */
  idleTimeoutMs?: number
}

export const MAX_ATTEMPTS = 6
export const MAX_URL_REFRESHES = 2
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000
const PROGRESS_INTERVAL_MS = 5_000

// ─── The download ──────────────────────────────────────────────────────────────────────────────

/**
 * Downloads an MP4 to `dest`: streamed to a temporary file beside it, resumed with Range/If-Range
 * after a cut, verified (length, `ftyp`) and hashed, then renamed into place. On any failure
 * nothing is left behind and an existing `dest` is untouched.
 */
export async function downloadVideo(options: DownloadOptions): Promise<Video> {
  const { dest, signal } = options
  signal.throwIfAborted()
  const url = checkUrl(options.url, options.allowHttp ?? false)
  await mkdir(dirname(dest), { recursive: true }).catch((error: unknown) => {
    throw new ActionError(`Cannot create the folder for ${dest}: ${messageOf(error)}`)
  })
  const clock = options.clock ?? systemClock
  const progress = new Progress(clock, options.log ?? (() => {}), options.onProgress)
  const file = await Transfer.open(
    {
      path: partPathFor(dest, randomBytes(6).toString('hex')),
      allowHttp: options.allowHttp ?? false,
      idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
    },
    signal,
    bytes => progress.update(bytes)
  ).catch((error: unknown) => {
    if (error instanceof ActionError) throw error
    throw new ActionError(`Cannot write the video beside ${dest}: ${messageOf(error)}`)
  })
  try {
    await attempts(file, url, options, { clock, progress })
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
  signal: AbortSignal
  allowHttp: boolean
  clock: Clock
  progress: Progress
  warn: (line: string) => void
  refreshUrl: ((signal: AbortSignal) => Promise<string>) | undefined
}

/**
 * The attempt loop, with the one retry policy: returns when every byte is on disk. Each attempt resumes
 * where the last one was cut, and the failures are counted since the last real progress (a few bytes per
 * attempt is none, see isProgress), so a long download over a flaky link may resume many times.
 */
async function attempts(
  file: Transfer,
  url: URL,
  options: DownloadOptions,
  { clock, progress }: { clock: Clock; progress: Progress }
): Promise<void> {
  const { signal, warn = () => {} } = options
  const context: Context = {
    signal,
    allowHttp: options.allowHttp ?? false,
    clock,
    progress,
    warn,
    refreshUrl: options.refreshUrl
  }
  const session: Session = { url, refreshes: 0, total: undefined, validator: undefined }
  let added = 0
  const once = async (): Promise<void> => {
    const before = file.size
    try {
      // A refreshed URL is asked for again at once, not after a wait.
      while (!(await attempt(file, session, context)));
    } finally {
      added = file.size - before
    }
  }
  try {
    await retry(once, {
      attempts: MAX_ATTEMPTS,
      classify: error =>
        error instanceof ActionError
          ? false
          : {
              afterMs: error instanceof TransientError ? error.delayMs : undefined,
              progressed: isProgress(added, session.total)
            },
      clock,
      signal,
      random: options.random,
      onRetry: (error, delayMs, next) =>
        warn(
          `Download interrupted at ${formatBytes(file.size)} (${messageOf(error)}); retrying in ` +
            `${(delayMs / 1000).toFixed(1)} s (attempt ${next} of ${MAX_ATTEMPTS}).`
        )
    })
  } catch (error) {
    if (error instanceof ActionError || signal.aborted) throw error
    throw givenUp(error, added > 0, file.size, session.total)
  }
}

/** The error once MAX_ATTEMPTS attempts in a row made no real progress. */
function givenUp(
  error: unknown,
  trickled: boolean,
  size: number,
  total: number | undefined
): ActionError {
  const short =
    trickled && total !== undefined
      ? ` The server keeps sending fewer bytes than its Content-Length promises (${formatBytes(size)} ` +
        `of ${formatBytes(total)} on disk); try again later or check the download host.`
      : ''
  return new ActionError(
    `Downloading the video failed after ${MAX_ATTEMPTS} attempts without progress: ${messageOf(error)}.${short}`
  )
}

/** One request and its body: true when the file is complete, false to ask again at once. */
async function attempt(file: Transfer, session: Session, context: Context): Promise<boolean> {
  const offset = file.size
  const known = { total: session.total, validator: session.validator }
  const headers = rangeHeaders(offset, known.validator)
  const verdict = await file.get(session.url, headers, known, context.clock.now())
  switch (verdict.kind) {
    case 'stream': {
      if (verdict.from < offset) {
        context.warn('The server sent the whole file instead of the rest; starting again from 0.')
      }
      session.total = verdict.total
      session.validator = verdict.validator
      const { progress } = context
      progress.expect(verdict.total, file.size)
      await file.receive()
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
      session.url = checkUrl(await context.refreshUrl(context.signal), context.allowHttp)
      return false
    case 'retry':
      throw new TransientError(verdict.reason, verdict.delayMs)
    case 'fail':
      throw new ActionError(`Downloading the video failed: ${verdict.reason}.`)
  }
}

/** A progress line at every 10 % and at least every 5 s. */
class Progress {
  /** The first answer: the rate leaves out the worker thread's start (~0.1 s, a third of a 100 MiB transfer). */
  private started: number | undefined
  private lastLineAt: number
  private lastDecile = 0
  private total: number | undefined

  constructor(
    private readonly clock: Clock,
    private readonly log: (line: string) => void,
    private readonly onProgress?: (bytes: number, total: number | undefined) => void
  ) {
    this.lastLineAt = clock.now()
  }

  /** Sets the length to expect, from `bytes` on (the start of a response). */
  expect(total: number | undefined, bytes: number): void {
    this.started ??= this.clock.now()
    this.total = total
    this.lastDecile = total ? Math.floor((bytes / total) * 10) : 0
  }

  update(bytes: number): void {
    this.onProgress?.(bytes, this.total)
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
    return bytes / (Math.max(now - (this.started ?? now), 1) / 1000)
  }
}
