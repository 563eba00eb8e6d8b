/**
 * A small HTTP server for the downloader's tests: serves one buffer with ETag, Last-Modified,
 * Content-Length, Range and If-Range, and fails on purpose when told to. Each planned fault is
 * used by one request, in order; requests beyond the plan are served normally.
 */
import { createHash } from 'node:crypto'
import http, { type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Fault =
  /** Send this many body bytes, then end the connection mid-body; `chunked`: a body without a length. */
  | { kind: 'cut'; after: number; chunked?: boolean }
  /** Send this many body bytes of a body with a length, then end the connection (a short body). */
  | { kind: 'truncate'; after: number }
  /** Send this many body bytes, then nothing more. */
  | { kind: 'hang'; after: number }
  /** Never answer at all. */
  | { kind: 'silent' }
  /** Answer 200 with the whole file even when asked for a range. */
  | { kind: 'ignore-range' }
  /** Answer a range request with a 206 that starts at byte 0. */
  | { kind: 'wrong-range' }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'html' }
  | { kind: 'redirect'; location: string; status?: number }

export interface SeenRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
}

export interface RangeServer {
  /** The URL of `path` on this server. */
  url(path?: string): string
  /** Queue faults for the next requests. */
  plan(...faults: Fault[]): void
  /** Replace the file (a new ETag and Last-Modified come with it). */
  replace(body: Buffer): void
  readonly requests: SeenRequest[]
  /** Called with the number of body bytes written so far, after each write. */
  onBodyBytes?: (sent: number) => void
  close(): Promise<void>
}

/** Bytes that start like an MP4 (an `ftyp` box), then deterministic filler. */
export function mp4Bytes(size: number, seed = 'seed'): Buffer {
  const body = Buffer.alloc(size)
  let block = createHash('sha256').update(seed).digest()
  for (let offset = 0; offset < size; offset += block.length) {
    block.copy(body, offset)
    block = createHash('sha256').update(block).digest()
  }
  Buffer.from('\0\0\0\x18ftypisom\0\0\x02\0isomiso2', 'latin1').copy(body)
  return body
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export async function startRangeServer(initial: Buffer): Promise<RangeServer> {
  let body = initial
  let version = 1
  const faults: Fault[] = []
  const requests: SeenRequest[] = []
  const etag = (): string => `"v${version}-${body.length}"`
  const lastModified = (): string => new Date(Date.UTC(2026, 0, version)).toUTCString()

  const sendBody = (res: ServerResponse, bytes: Buffer, fault: Fault | undefined): void => {
    const stopAt = fault && 'after' in fault ? Math.min(fault.after, bytes.length) : bytes.length
    let sent = 0
    const writeNext = (): void => {
      while (sent < stopAt) {
        const piece = bytes.subarray(sent, Math.min(stopAt, sent + 16 * 1024))
        sent += piece.length
        const more = res.write(piece)
        server.onBodyBytes?.(sent)
        if (!more) return void res.once('drain', writeNext)
      }
      if (!fault || !('after' in fault)) return void res.end()
      // The connection ends right behind the bytes, with a FIN: the client reads every byte sent before it
      // sees the end, so what its retry asks for is known exactly. (A reset, or a fault armed on a timer,
      // could drop bytes the client had not read yet, as the scheduler happens to run it.)
      if (fault.kind !== 'hang') res.socket?.end()
    }
    writeNext()
  }

  const httpServer = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers })
    const fault = faults.shift()
    if (fault?.kind === 'silent') return
    if (fault?.kind === 'status') {
      res.writeHead(fault.status, fault.headers).end(`status ${fault.status}`)
      return
    }
    if (fault?.kind === 'html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html>Sign in</html>')
      return
    }
    if (fault?.kind === 'redirect') {
      res.writeHead(fault.status ?? 302, { location: fault.location }).end()
      return
    }
    const total = body.length
    const match = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '')
    const ifRange = req.headers['if-range']
    const rangeHonoured =
      match !== null &&
      fault?.kind !== 'ignore-range' &&
      (ifRange === undefined || ifRange === etag() || ifRange === lastModified())
    res.setHeader('accept-ranges', 'bytes')
    res.setHeader('etag', etag())
    res.setHeader('last-modified', lastModified())
    res.setHeader('content-type', 'video/mp4')
    const chunked = fault?.kind === 'cut' && fault.chunked === true
    if (!rangeHonoured) {
      if (!chunked) res.setHeader('content-length', total)
      res.writeHead(200)
      sendBody(res, body, fault)
      return
    }
    const start = fault?.kind === 'wrong-range' ? 0 : Number(match[1])
    const end = match[2] ? Math.min(Number(match[2]), total - 1) : total - 1
    if (start >= total) {
      res.writeHead(416, { 'content-range': `bytes */${total}` }).end()
      return
    }
    res.writeHead(206, {
      'content-range': `bytes ${start}-${end}/${total}`,
      'content-length': end - start + 1
    })
    sendBody(res, body.subarray(start, end + 1), fault)
  })

  await new Promise<void>(resolve => httpServer.listen(0, '127.0.0.1', resolve))
  const { port } = httpServer.address() as AddressInfo

  const server: RangeServer = {
    url: (path = '/video.mp4') => `http://127.0.0.1:${port}${path}`,
    plan: (...more) => void faults.push(...more),
    replace: next => {
      body = next
      version++
    },
    requests,
    close: () =>
      new Promise<void>(resolve => {
        httpServer.closeAllConnections()
        httpServer.close(() => resolve())
      })
  }
  return server
}
