import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { downloadVideo } from '../../src/download/index.js'
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.js'
import { mp4Bytes, sha256, startRangeServer, type RangeServer } from '../helpers/range-server.js'

// Each download reads the proxy variables as they are when it starts.
let server: RangeServer
let proxy: ForwardProxy
let dir: string
const source = mp4Bytes(64 * 1024)
const saved = { ...process.env }

beforeEach(async () => {
  server = await startRangeServer(source)
  proxy = await startForwardProxy()
  dir = await mkdtemp(join(tmpdir(), 'download-proxy-'))
  for (const name of [
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY'
  ])
    delete process.env[name]
})

afterEach(async () => {
  process.env = { ...saved }
  await Promise.all([server.close(), proxy.close()])
  await rm(dir, { recursive: true, force: true })
})

function freshDownload() {
  return downloadVideo({
    url: server.url(),
    dest: join(dir, 'video.mp4'),
    signal: AbortSignal.timeout(10_000),
    allowHttp: true
  })
}

it('goes through http_proxy', async () => {
  process.env.http_proxy = proxy.url
  const video = await freshDownload()
  expect(video.sha256).toBe(sha256(source))
  // undici tunnels plain http too.
  expect(proxy.seen).toEqual([`CONNECT ${new URL(server.url()).host}`])
  expect(server.requests).toHaveLength(1)
})

it('goes direct to a host in no_proxy', async () => {
  process.env.http_proxy = proxy.url
  process.env.no_proxy = '127.0.0.1'
  const video = await freshDownload()
  expect(video.sha256).toBe(sha256(source))
  expect(proxy.seen).toEqual([])
  expect(server.requests).toHaveLength(1)
})
