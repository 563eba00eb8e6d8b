import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'

/**
 * A forward proxy on loopback that speaks what runners' proxies speak: absolute-form HTTP requests
 * (`GET http://host/path`) and `CONNECT host:port` tunnels. It counts what went through it.
 */
export interface ForwardProxy {
  url: string
  /** The targets asked for, in order: `http://host:port/path` or `CONNECT host:port`. */
  seen: string[]
  close(): Promise<void>
}

export async function startForwardProxy(): Promise<ForwardProxy> {
  const seen: string[] = []
  // Tunnels are no longer the server's connections once CONNECT is answered: closed by hand.
  const tunnels = new Set<net.Socket>()
  const server = http.createServer((req, res) => {
    seen.push(req.url ?? '')
    const target = new URL(req.url ?? '')
    const upstream = http.request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`)
    tunnels.add(client)
    client.on('close', () => tunnels.delete(client))
    const [host, port] = (req.url ?? '').split(':')
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise(resolve => {
        for (const socket of tunnels) socket.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
