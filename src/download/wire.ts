/**
 * What the download's two threads say to each other. The main thread keeps the attempt loop (retries, fresh
 * URLs, backoff); the worker owns the socket, the part file and the hash, and reads each answer's verdict
 * (see transfer.ts for why).
 */
import { ActionError, messageOf } from '../shared/errors.js'
import { TransientError } from './http.js'
import type { TransferState, Verdict } from './verdicts.js'

/** The worker thread's young generation, which its collections are paced by (download-worker.ts). */
export const YOUNG_GENERATION_MB = 1

export interface OpenSettings {
  path: string
  allowHttp: boolean
  idleTimeoutMs: number
}

/**
 * One command at a time, each answered once; `abort` may come at any time and is not answered. `get` sends the
 * request and answers with the verdict on its answer (verdicts.ts): a body to stream is being written from
 * then on (after emptying the file when it starts at 0), so no byte of a connection that ends early waits
 * unread; any other body is thrown away. `receive` waits for that body's end.
 */
export type Command =
  | { type: 'open'; settings: OpenSettings }
  | {
      type: 'get'
      url: string
      headers: Record<string, string>
      known: Pick<TransferState, 'total' | 'validator'>
      nowMs: number
    }
  | { type: 'receive' }
  | { type: 'restart' }
  | { type: 'finish' }
  | { type: 'discard' }

export type ToWorker = (Command & { id: number }) | { type: 'abort' }

export type Value = Verdict | string | undefined

export interface WireError {
  kind: 'action' | 'transient' | 'other'
  message: string
  delayMs?: number
}

/** Every answer and progress note carries the bytes on disk, so the main thread's count is never stale. */
export type FromWorker =
  | { type: 'progress'; size: number }
  | { type: 'done'; id: number; size: number; value: Value }
  | { type: 'failed'; id: number; size: number; error: WireError }

export function toWire(error: unknown): WireError {
  if (error instanceof ActionError) return { kind: 'action', message: error.message }
  if (error instanceof TransientError)
    return { kind: 'transient', message: error.message, delayMs: error.delayMs }
  return { kind: 'other', message: messageOf(error) }
}

/** The error as the attempt loop tells them apart: ActionError ends the download, the rest end an attempt. */
export function fromWire(error: WireError): Error {
  if (error.kind === 'action') return new ActionError(error.message)
  if (error.kind === 'transient') return new TransientError(error.message, error.delayMs)
  return new Error(error.message)
}
