/**
 * The temporary file being written, and its SHA-256 kept in step on a thread of its own. It runs on the
 * download's worker thread (download-worker.ts), where nothing else waits on the event loop: each chunk is
 * written synchronously as it arrives. Against the same server, 1 GiB took 0.8–1.2 s that way and 1.4–2.9 s
 * with asynchronous writes of 1 MiB batches (a promise and a thread-pool hop per batch, and the socket paused
 * while each was in flight).
 */
import { closeSync, ftruncateSync, openSync, rmSync, writeSync } from 'node:fs'
import { finished, type Readable } from 'node:stream'
import { Worker } from 'node:worker_threads'
import { ActionError, messageOf } from '../shared/errors.js'
import type { HashResult, HasherCommand } from './download-hasher.js'
import { threadScript } from './thread-script.js'
import { isMp4Start } from './verdicts.js'

/**
 * The hasher is told of new bytes, and the main thread of progress, once per step: at 1 MiB the messages took
 * ~0.1 s of the receiving thread's CPU per GiB, at 4 MiB a third of that.
 */
const STEP_BYTES = 4 << 20

/**
 * The temporary file: appends in order, counts what is on disk, and keeps the hash in step. SHA-256 is
 * computed on a thread of its own (download-hasher.ts) that reads back what was written. It takes
 * about 0.5 s of CPU per GiB, about as much as receiving and writing the bytes; done inline, on the receiving
 * thread, it made 1 GiB take 1.5–2.0 s instead of 1.1–1.2 s. Reading back also means the hash covers exactly
 * the bytes on disk.
 */
export class PartFile {
  size = 0
  /** How far the hasher has been told it may read. */
  private announced = 0
  private head = Buffer.alloc(0)
  private hasherFailure: Error | undefined
  // Each descriptor is closed once: a second close could close whatever file took its number meanwhile.
  private writer: number | undefined
  private reader: number | undefined

  private constructor(
    readonly path: string,
    writer: number,
    reader: number,
    private readonly hasher: Worker
  ) {
    this.writer = writer
    this.reader = reader
    hasher.on('error', error => (this.hasherFailure ??= error))
    hasher.on('exit', code => (this.hasherFailure ??= new Error(`hash worker exited (${code})`)))
  }

  static create(path: string): PartFile {
    const writer = openSync(path, 'wx')
    let reader: number
    try {
      reader = openSync(path, 'r')
    } catch (error) {
      closeSync(writer)
      rmSync(path, { force: true })
      throw error
    }
    const hasher = new Worker(threadScript('download-hasher'), { workerData: { fd: reader } })
    return new PartFile(path, writer, reader, hasher)
  }

  /** Writes a chunk at the end; returns true when a step's worth of bytes was written since the last true. */
  append(chunk: Buffer): boolean {
    if (this.head.length < 8) {
      this.head = Buffer.concat([this.head, chunk]).subarray(0, 8)
      if (this.head.length === 8) this.assertMp4()
    }
    try {
      // A short write is legal though rare on a regular file: write what is left.
      for (let written = 0; written < chunk.length;) {
        written += writeSync(
          this.open(),
          chunk,
          written,
          chunk.length - written,
          this.size + written
        )
      }
    } catch (error) {
      throw new ActionError(`Cannot write the video to ${this.path}: ${messageOf(error)}`)
    }
    this.size += chunk.length
    if (this.size - this.announced < STEP_BYTES) return false
    this.announce()
    return true
  }

  restart(): void {
    ftruncateSync(this.open(), 0)
    this.size = 0
    this.announced = 0
    this.head = Buffer.alloc(0)
    this.tell({ type: 'reset' })
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
    this.closeWriter()
    const result = await this.digest()
    await this.hasher.terminate()
    this.closeFiles()
    if (result.stale || result.hashed !== this.size) {
      throw new Error(`the hash covers ${result.hashed} of ${this.size} bytes`)
    }
    return result.sha256
  }

  async discard(): Promise<void> {
    await this.hasher.terminate()
    this.closeFiles()
    rmSync(this.path, { force: true })
  }

  private open(): number {
    if (this.writer === undefined) throw new Error('the part file is closed')
    return this.writer
  }

  private closeWriter(): void {
    if (this.writer !== undefined) closeSync(this.writer)
    this.writer = undefined
  }

  private closeFiles(): void {
    this.closeWriter()
    if (this.reader !== undefined) closeSync(this.reader)
    this.reader = undefined
  }

  /** Lets the hasher read up to the current size. */
  private announce(): void {
    this.announced = this.size
    this.tell({ type: 'extend', to: this.size })
  }

  private tell(command: HasherCommand): void {
    this.hasher.postMessage(command)
  }

  private digest(): Promise<HashResult> {
    return new Promise((resolve, reject) => {
      if (this.hasherFailure) return reject(this.hasherFailure)
      this.hasher.once('message', resolve)
      this.hasher.once('error', reject)
      this.hasher.once('exit', () => reject(this.hasherFailure))
      this.announce()
      this.tell({ type: 'digest' })
    })
  }
}

/**
 * Writes a body to the end of the file as it arrives; `onStep` hears every STEP_BYTES. Every chunk the body
 * delivered is on disk when this settles, also when the body fails midway, so the next attempt resumes from
 * the last byte received.
 */
export function receiveInto(body: Readable, file: PartFile, onStep: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    body.on('data', (chunk: Buffer) => {
      try {
        if (file.append(chunk)) onStep()
      } catch (error) {
        body.destroy()
        reject(error)
      }
    })
    finished(body, error => (error ? reject(error) : resolve()))
  })
}
