// Work abandoned by within() inside a library that takes no signal: its node:http requests are destroyed.
import { afterEach, expect, it } from '@jest/globals'
import { createServer, get, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { StoppedError, within } from '../../../src/shared/deadline.js'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map(close => close()))
})

/** A server that never answers; `seen` fires with each request it holds. */
async function stalledServer(seen: (request: IncomingMessage) => void): Promise<string> {
  const server = createServer(seen)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  closers.push(async () => {
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
  })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/blob`
}

/** Like @actions/cache: a GET through node:http, with no way to pass a signal. */
function librarySave(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // A few awaits deep, as in a real client: the request still belongs to the work.
    void Promise.resolve().then(() => get(url, () => resolve()).on('error', reject))
  })
}

const closed = (request: IncomingMessage): Promise<void> =>
  new Promise(resolve => (request.destroyed ? resolve() : request.once('close', () => resolve())))

it('destroys the requests of work abandoned at a cancel, so they hold nothing open', async () => {
  const controller = new AbortController()
  let held: IncomingMessage | undefined
  const url = await stalledServer(request => {
    held = request
    controller.abort(new Error('The job was cancelled (SIGINT).'))
  })
  let libraryError: unknown
  await expect(
    within(
      60_000,
      controller.signal,
      () => new Error('bound'),
      () =>
        librarySave(url).catch((error: unknown) => {
          libraryError = error
          throw error
        })
    )
  ).rejects.toThrow(new StoppedError('The job was cancelled (SIGINT).'))
  await closed(held!)
  // The library saw an error no client retries, so it gives up and lets go of its own timers.
  await new Promise(resolve => setImmediate(resolve))
  expect(libraryError).toMatchObject({ code: 'ERR_ABANDONED' })
})

it('leaves the requests of other work alone', async () => {
  const controller = new AbortController()
  const held: IncomingMessage[] = []
  const url = await stalledServer(request => held.push(request))
  const outside = librarySave(url).catch(() => 'ended')
  await within(
    60_000,
    controller.signal,
    () => new Error('bound'),
    async () => 'done'
  )
  while (held.length < 1) await new Promise(resolve => setTimeout(resolve, 10))
  controller.abort(new Error('later'))
  await new Promise(resolve => setTimeout(resolve, 50))
  expect(held[0].destroyed).toBe(false)
  closers.push(async () => void (await outside))
})
