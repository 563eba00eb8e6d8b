import { AsyncLocalStorage } from 'node:async_hooks'
import { subscribe } from 'node:diagnostics_channel'
import type { ClientRequest } from 'node:http'

/*
 * Work that is abandoned may sit inside a library that takes no signal (@actions/cache, @actions/artifact and
 * the Azure blob client under them): its requests would go on, and their sockets and the libraries' stall
 * timers would keep the process alive after the run has ended. Node publishes every node:http request on a
 * diagnostics channel, in the async context of the code that started it, so the requests of the work are
 * known without the library's help, and are destroyed when its signal aborts. The error is one no client
 * retries (no network error code), so the library gives up and clears its own timers.
 */

const scope = new AsyncLocalStorage<AbortSignal>()
let listening = false

/** Runs `work` so that every node:http request it starts, at any depth, is destroyed when `signal` aborts. */
export function cancelRequestsOnAbort<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  if (!listening) {
    subscribe('http.client.request.start', onRequest)
    listening = true
  }
  return scope.run(signal, work)
}

function onRequest(message: unknown): void {
  const signal = scope.getStore()
  if (!signal) return
  const { request } = message as { request: ClientRequest }
  const abandon = (): void => {
    request.destroy(
      Object.assign(new Error('abandoned: the run stopped waiting'), { code: 'ERR_ABANDONED' })
    )
  }
  if (signal.aborted) return abandon()
  signal.addEventListener('abort', abandon, { once: true })
  request.once('close', () => signal.removeEventListener('abort', abandon))
}
