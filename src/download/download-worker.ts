/**
 * The download's worker thread: one GET at a time, its body streamed into the part file, hashed on the
 * file's own hasher thread. It decides nothing: the main thread's attempt loop reads each answer's
 * head and says what to do with the body. Built as dist/download-worker.js (script/bundle.js).
 */
import { parentPort } from 'node:worker_threads'
import { createOutboundDispatcher } from '../shared/http-agent.js'
import { discard, getFollowingRedirects, idleOr, type Answer, type Settings } from './http.js'
import { PartFile, receiveInto } from './part-file.js'
import { toWire, type Command, type FromWorker, type ToWorker, type Value } from './wire.js'

const port = parentPort
if (!port) throw new Error('download-worker.js runs as a worker thread')

const controller = new AbortController()
let settings: Settings | undefined
let file: PartFile | undefined
let answer: Answer | undefined

const post = (message: FromWorker) => port.postMessage(message)

port.on('message', (message: ToWorker) => {
  if (message.type === 'abort') {
    controller.abort(new Error('the download was stopped'))
    return
  }
  const { id } = message
  handle(message).then(
    value => post({ type: 'done', id, size: file?.size ?? 0, value }),
    async (error: unknown) => {
      // A write still in flight from the failed body lands before the main thread reads the size.
      await file?.settled()
      post({ type: 'failed', id, size: file?.size ?? 0, error: toWire(error) })
    }
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
      file = await PartFile.create(command.settings.path)
      return undefined
    case 'get': {
      answer = await getFollowingRedirects(new URL(command.url), command.headers, need(settings))
      return { statusCode: answer.statusCode, headers: answer.headers }
    }
    case 'drop':
      if (answer) discard(answer)
      answer = undefined
      return undefined
    case 'receive': {
      const body = need(answer).body
      answer = undefined
      const part = need(file)
      await receiveInto(body, part, () => post({ type: 'progress', size: part.size })).catch(
        (error: unknown) => {
          throw idleOr(error, need(settings))
        }
      )
      return undefined
    }
    case 'restart':
      await need(file).restart()
      return undefined
    case 'finish': {
      const part = need(file)
      part.assertMp4()
      const sha256 = await part.finish()
      await close()
      return sha256
    }
    case 'discard':
      if (answer) discard(answer)
      await file?.discard()
      await close()
      return undefined
  }
}

async function close(): Promise<void> {
  await settings?.dispatcher.destroy()
  settings = undefined
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the download worker was asked out of order')
  return value
}
