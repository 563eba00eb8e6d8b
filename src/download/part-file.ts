/** The temporary file being written, and its SHA-256 kept in step on a worker thread. */
import { open, rm, type FileHandle } from 'node:fs/promises'
import { Writable, type Readable } from 'node:stream'
import { Worker } from 'node:worker_threads'
import { ActionError, messageOf } from '../shared/errors.js'
import { isMp4Start } from './verdicts.js'

// Writes are batched up to this size, and the hasher reads back in steps of it. On loopback,
// 1 GiB took 1.3 s with 1 MiB, 1.5–1.8 s with 256 KiB and 2.0–2.4 s with 4 MiB.
export const WRITE_BUFFER_BYTES = 1 << 20

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
export class PartFile {
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

/**
 * Streams a body to the end of the file. When the body fails midway, what it delivered is still written
 * before the failure is thrown (a pipeline would drop the batch waiting behind the write in flight), so
 * the next attempt resumes from the last byte received.
 */
export function receiveInto(body: Readable, file: PartFile, onWritten: () => void): Promise<void> {
  const sink = sinkFor(file, onWritten)
  return new Promise((resolve, reject) => {
    let failure: unknown
    body.once('error', error => {
      failure = error
      body.unpipe(sink)
      sink.end()
    })
    sink.once('error', error => {
      body.destroy()
      reject(error)
    })
    sink.once('finish', () => (failure === undefined ? resolve() : reject(failure)))
    body.pipe(sink)
  })
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
