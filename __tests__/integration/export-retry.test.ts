import { afterEach, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { StudioClient } from '../../src/aistudios/client.js'
import type { ExportRequest } from '../../src/aistudios/export-request.js'

/*
 * The export request spends credits. It is sent again only when it surely never reached the server: here the
 * server is not listening yet (connection refused) for the first attempt.
 */

let server: http.Server | undefined
/** Called at the first retry the client schedules. */
let refused: (() => void) | undefined
afterEach(() => new Promise<void>(resolve => (server ? server.close(() => resolve()) : resolve())))

async function freePort(): Promise<number> {
  const probe = http.createServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise(resolve => probe.close(resolve))
  return port
}

const request: ExportRequest = {
  route: 'export',
  path: 'editor/project/export',
  body: { projectId: 'p1', resolution: '1080' }
}

function client(port: number): StudioClient {
  return new StudioClient({
    apiUrl: `http://127.0.0.1:${port}`,
    credentials: { apiKey: 'k' },
    signal: new AbortController().signal,
    requestTimeoutMs: 5000,
    onSecret: () => undefined,
    reporter: {
      log: () => undefined,
      warn: () => {
        refused?.()
        refused = undefined
      }
    }
  })
}

it('retries the export when the connection was refused, and sends it once', async () => {
  const port = await freePort()
  let received = 0
  // Nothing listens until the first refusal was seen and a retry scheduled: no timer races the backoff.
  const listening = new Promise<void>(resolve => {
    server = http.createServer((_req, res) => {
      received++
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ success: true, data: { projectId: 'p1' } }))
    })
    refused = () => server?.listen(port, '127.0.0.1', resolve)
  })
  await expect(client(port).startExport(request)).resolves.toBe('p1')
  await listening
  expect(received).toBe(1)
})

it('does not send the export again after a reset, which may have come after the server acted', async () => {
  let received = 0
  server = http.createServer(req => {
    received++
    req.socket.destroy()
  })
  await new Promise<void>(resolve => server?.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await expect(client(port).startExport(request)).rejects.toThrow(
    /may have reached AI Studios.*not sent again/
  )
  expect(received).toBe(1)
})
