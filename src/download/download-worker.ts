/**
 * The download's worker thread: one GET at a time, its body streamed into the part file, hashed on the
 * file's own hasher thread. It reads each answer with the same pure verdicts the main thread's attempt loop
 * acts on, so that a body to keep is written from its first byte: a body left waiting for the main thread's
 * word lost what it had buffered when its connection ended meanwhile. Built as dist/download-worker.js
 * (script/bundle.js).
 */
import type { Readable } from 'node:stream'
import { parentPort } from 'node:worker_threads'
import { createOutboundDispatcher } from '../shared/http-agent.js'
import { discard, getFollowingRedirects, idleOr, type Settings } from './http.js'
import { PartFile, receiveInto } from './part-file.js'
import { classifyResponse } from './verdicts.js'
import { toWire, type Command, type FromWorker, type ToWorker, type Value } from './wire.js'

const port = parentPort
if (!port) throw new Error('download-worker.js runs as a worker thread')

const controller = new AbortController()
let settings: Settings | undefined
let file: PartFile | undefined
/** The body being written since its `get`, and its end, which `receive` waits for. */
let streaming: { body: Readable; end: Promise<void> } | undefined

const post = (message: FromWorker) => port.postMessage(message)

port.on('message', (message: ToWorker) => {
  if (message.type === 'abort') {
    controller.abort(new Error('the download was stopped'))
    return
  }
  const { id } = message
  handle(message).then(
    value => post({ type: 'done', id, size: file?.size ?? 0, value }),
    (error: unknown) => post({ type: 'failed', id, size: file?.size ?? 0, error: toWire(error) })
  )
})

async function handle(command: Command): Promise<Value> {
  switch (command.type) {
    case 'open':
      settings = {
        // The environment is the one the main thread had when it started this worker (its proxy variables).
        dispatcher: createOutboundDispatcher(),
        signal: controller.signal,
        allowHttp: command.settings.allowHttp,
        idleTimeoutMs: command.settings.idleTimeoutMs
      }
      file = PartFile.create(command.settings.path)
      return undefined
    case 'get': {
      const part = need(file)
      const answer = await getFollowingRedirects(
        new URL(command.url),
        command.headers,
        need(settings)
      )
      const state = { offset: part.size, ...command.known }
      const verdict = classifyResponse(answer.statusCode, answer.headers, state, command.nowMs)
      if (verdict.kind !== 'stream') {
        discard(answer)
        return verdict
      }
      if (verdict.from < part.size) part.restart()
      streaming = { body: answer.body, end: stream(answer.body, part) }
      return verdict
    }
    case 'receive': {
      const { end } = need(streaming)
      streaming = undefined
      await end
      return undefined
    }
    case 'restart':
      need(file).restart()
      return undefined
    case 'finish': {
      const part = need(file)
      part.assertMp4()
      const sha256 = await part.finish()
      await close()
      return sha256
    }
    case 'discard':
      streaming?.body.destroy()
      streaming = undefined
      await file?.discard()
      await close()
      return undefined
  }
}

/**
 * Each socket read arrives in a fresh 64 KiB buffer outside V8's heap, freed only when a collection finds it
 * dead; this thread allocates so little on its own heap that none ran before ~30 MB of them had piled up
 * (V8's external-memory limit). A short-lived allocation per chunk fills the 1 MB young generation every
 * few MiB, and each scavenge (a fraction of a millisecond: nearly all of it is dead) frees the buffers
 * written since. Measured at 1 GiB: peak RSS 27 MB lower, transfer time unchanged.
 */
const PACING_SLOTS = 4096
const pacer: { last?: unknown[] } = {}
const paceCollections = () => (pacer.last = new Array<unknown>(PACING_SLOTS))

/** Writes the body from now on; its end is awaited by `receive`, or by nobody when the download stops first. */
function stream(body: Readable, part: PartFile): Promise<void> {
  body.on('data', paceCollections)
  const end = receiveInto(body, part, () => post({ type: 'progress', size: part.size })).catch(
    (error: unknown) => {
      throw idleOr(error, need(settings))
    }
  )
  end.catch(() => {})
  return end
}

async function close(): Promise<void> {
  await settings?.dispatcher.destroy()
  settings = undefined
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the download worker was asked out of order')
  return value
}
