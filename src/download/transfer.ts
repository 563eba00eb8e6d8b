/**
 * The download's I/O, run on a worker thread (download-worker.ts) and driven from here, one command at a
 * time. Receiving, writing and hashing a large file on the main thread, beside the action's other heap,
 * pushed V8 into back-to-back full collections in about half of the runs (1 GiB: 1.7–2.1 s instead of
 * ~1.0 s); on a thread of their own, none of 12 runs slowed down.
 */
import { rm } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'
import { ActionError, messageOf } from '../shared/errors.js'
import {
  fromWire,
  type Command,
  type FromWorker,
  type OpenSettings,
  type ToWorker,
  type Value,
  YOUNG_GENERATION_MB
} from './wire.js'
import { threadScript } from './thread-script.js'
import type { TransferState, Verdict } from './verdicts.js'

interface Pending {
  resolve: (value: Value) => void
  reject: (error: Error) => void
}

export class Transfer {
  /** The bytes on disk, as of the worker's last word. */
  size = 0
  private pending: Pending | undefined
  private nextId = 0
  private stopped: Error | undefined
  private readonly onAbort = () => this.worker.postMessage({ type: 'abort' } satisfies ToWorker)

  private constructor(
    private readonly worker: Worker,
    readonly path: string,
    private readonly signal: AbortSignal,
    private readonly onProgress: (bytes: number) => void
  ) {
    worker.on('message', (message: FromWorker) => this.hear(message))
    worker.on('error', error => this.stop(error))
    worker.on('exit', code => this.stop(new Error(`it exited with code ${code}`)))
    signal.addEventListener('abort', this.onAbort, { once: true })
  }

  /** Starts the worker and creates the part file; `onProgress` hears every write. */
  static async open(
    settings: OpenSettings,
    signal: AbortSignal,
    onProgress: (bytes: number) => void
  ): Promise<Transfer> {
    const transfer = new Transfer(
      new Worker(threadScript('download-worker'), {
        // The environment as it is now: the proxy variables a download reads when it starts.
        env: process.env,
        // A small young generation: the worker paces its collections by it (see download-worker.ts).
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
      }),
      settings.path,
      signal,
      onProgress
    )
    try {
      await transfer.ask({ type: 'open', settings })
    } catch (error) {
      await transfer.close()
      throw error
    }
    return transfer
  }

  /**
   * Sends the GET (following redirects) and returns the verdict on its answer, given the bytes on disk and
   * what `known` says of the file. A body to stream is being written when this returns (the file emptied
   * first when it starts at 0); any other body is thrown away.
   */
  get(
    url: URL,
    headers: Record<string, string>,
    known: Pick<TransferState, 'total' | 'validator'>,
    nowMs: number
  ): Promise<Verdict> {
    return this.ask({ type: 'get', url: url.href, headers, known, nowMs }) as Promise<Verdict>
  }

  /** Waits until the body being streamed has ended. */
  async receive(): Promise<void> {
    await this.ask({ type: 'receive' })
  }

  /** Empties the part file and its hash. */
  async restart(): Promise<void> {
    await this.ask({ type: 'restart' })
  }

  /** Checks the MP4 start, closes the file and returns its SHA-256. */
  async finish(): Promise<string> {
    try {
      return (await this.ask({ type: 'finish' })) as string
    } finally {
      await this.close()
    }
  }

  /** Removes the part file and ends the worker. */
  async discard(): Promise<void> {
    try {
      await this.ask({ type: 'discard' })
    } catch {
      // A worker that died leaves its file behind: it is removed here.
    } finally {
      await this.close()
      await rm(this.path, { force: true })
    }
  }

  private ask(command: Command): Promise<Value> {
    if (this.stopped) return Promise.reject(this.stopped)
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject }
      this.worker.postMessage({ ...command, id: ++this.nextId } satisfies ToWorker)
    })
  }

  private hear(message: FromWorker): void {
    this.size = message.size
    if (message.type === 'progress') return this.onProgress(message.size)
    const pending = this.pending
    if (message.id !== this.nextId || !pending) return
    this.pending = undefined
    if (message.type === 'done') pending.resolve(message.value)
    else pending.reject(fromWire(message.error))
  }

  private stop(cause: Error): void {
    this.stopped ??= new ActionError(`The download's worker thread stopped: ${messageOf(cause)}.`)
    this.pending?.reject(this.stopped)
    this.pending = undefined
  }

  private async close(): Promise<void> {
    this.signal.removeEventListener('abort', this.onAbort)
    this.stopped ??= new Error('the download is over')
    await this.worker.terminate()
  }
}
