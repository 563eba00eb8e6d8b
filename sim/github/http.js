// @ts-check
// Plumbing shared by the fake GitHub servers: start/stop on a free loopback port, bodies, JSON, faults.
import http from 'node:http'

/**
 * @typedef {(req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>} Handler
 * @typedef {{ server: http.Server, origin: string, close: () => Promise<void> }} Listening
 */

/**
 * Listens on 127.0.0.1 with a port the OS picks, so test files can run side by side.
 * A handler that throws answers 500, in the server's own error format, instead of leaving the
 * client hanging.
 * @param {Handler} handler
 * @param {(res: http.ServerResponse, message: string) => void} sendCrash
 * @returns {Promise<Listening>}
 */
export async function listen(handler, sendCrash) {
  const server = http.createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch(error => {
      if (res.headersSent) res.destroy()
      else sendCrash(res, `fake server bug: ${String(error)}`)
    })
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  return {
    server,
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve(undefined))
      })
  }
}

/**
 * @param {http.IncomingMessage} req
 * @returns {Promise<Buffer>}
 */
export async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  return Buffer.concat(chunks)
}

/**
 * Reads and drops the request body: answering before a streamed upload is consumed makes clients
 * see a broken pipe instead of the answer.
 * @param {http.IncomingMessage} req
 */
export async function drain(req) {
  for await (const _chunk of req) void _chunk
}

/**
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers
  })
  res.end(text)
}

/**
 * @typedef {{ kind: 'status' | 'reset' | 'cutUpload' | 'dropAnswer' | 'hang' | 'html' | 'twin', status?: number, times?: number, msg?: string }} FaultBase
 * @typedef {FaultBase & { target: string, left: number }} PendingFault
 */

/**
 * A queue of one-shot faults keyed by what they hit (an RPC, a route, 'blob').
 * @returns {{ add: (target: string, fault: FaultBase) => void, take: (target: string) => PendingFault | undefined, clear: (target: string) => void }}
 */
export function faultQueue() {
  /** @type {PendingFault[]} */
  const pending = []
  return {
    add(target, fault) {
      pending.push({ ...fault, target, left: fault.times ?? 1 })
    },
    take(target) {
      const fault = pending.find(f => f.target === target && f.left > 0)
      if (fault) fault.left -= 1
      return fault
    },
    clear(target) {
      for (const fault of pending) if (fault.target === target) fault.left = 0
    }
  }
}
