import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Clock } from '../../src/shared/clock.js'
import { downloadVideo, MAX_ATTEMPTS, type DownloadOptions } from '../../src/download/index.js'
import { ActionError } from '../../src/shared/errors.js'
import { mp4Bytes, sha256, startRangeServer, type RangeServer } from '../helpers/range-server.js'

const SIZE = 300 * 1024
const NOW = Date.UTC(2026, 10, 23, 12, 0, 0)

/** Time stands still and sleeps return at once, but are recorded and still honour the signal. */
function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => NOW,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted()
      sleeps.push(ms)
    }
  }
}

let server: RangeServer
let dir: string
let source: Buffer
let clock: ReturnType<typeof recordingClock>
let warnings: string[]
let logs: string[]

beforeEach(async () => {
  source = mp4Bytes(SIZE)
  server = await startRangeServer(source)
  dir = await mkdtemp(join(tmpdir(), 'download-test-'))
  clock = recordingClock()
  warnings = []
  logs = []
})

afterEach(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

function download(overrides: Partial<DownloadOptions> = {}) {
  return downloadVideo({
    url: server.url(),
    dest: join(dir, 'out', 'video.mp4'),
    signal: AbortSignal.timeout(10_000),
    allowHttp: true,
    clock,
    log: line => logs.push(line),
    warn: line => warnings.push(line),
    random: () => 0.5,
    ...overrides
  })
}

/** What the download left on disk, temporary files included. */
async function leftovers(): Promise<string[]> {
  return (await readdir(join(dir, 'out')).catch(() => [])).sort()
}

async function expectSuccess(result: Awaited<ReturnType<typeof download>>, bytes = source) {
  expect(result).toEqual({
    path: join(dir, 'out', 'video.mp4'),
    size: bytes.length,
    sha256: sha256(bytes)
  })
  expect((await readFile(result.path)).equals(bytes)).toBe(true)
  expect(await leftovers()).toEqual(['video.mp4'])
}

async function expectNothingSaved() {
  expect(await leftovers()).toEqual([])
}

const header = (index: number, name: string) => server.requests[index]?.headers[name]

describe('downloadVideo against a local range server', () => {
  it('streams the file in one request, without Authorization, and reports progress', async () => {
    await expectSuccess(await download())
    expect(server.requests).toHaveLength(1)
    expect(header(0, 'authorization')).toBeUndefined()
    expect(header(0, 'range')).toBeUndefined()
    expect(header(0, 'accept-encoding')).toBe('identity')
    expect(logs.at(-1)).toMatch(/^Downloaded 300\.0 KiB of 300\.0 KiB \(100 %\)/)
    expect(warnings).toEqual([])
  })

  it.each([
    ['a connection reset', { kind: 'cut', after: 100_000 }],
    ['a short body', { kind: 'truncate', after: 100_000 }]
  ] as const)('resumes after %s with Range and If-Range', async (_, fault) => {
    server.plan(fault)
    await expectSuccess(await download())
    expect(server.requests).toHaveLength(2)
    expect(header(1, 'range')).toBe('bytes=100000-')
    expect(header(1, 'if-range')).toBe(`"v1-${SIZE}"`)
    expect(header(1, 'authorization')).toBeUndefined()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^Download interrupted at 97\.7 KiB/)
  })

  it('keeps every byte of a connection that ends right behind them', async () => {
    // The end reaches the client before the attempt loop has read the answer's head: the bytes are on disk.
    server.plan({ kind: 'truncate', after: 10_000 })
    await expectSuccess(await download())
    expect(server.requests.map(request => request.headers.range)).toEqual([
      undefined,
      'bytes=10000-'
    ])
  })

  it('resumes several times in a row while each attempt makes progress', async () => {
    server.plan(...[1, 2, 3, 4, 5, 6, 7].map(() => ({ kind: 'cut', after: 10_000 }) as const))
    await expectSuccess(await download())
    expect(server.requests.map(request => request.headers.range)).toEqual([
      undefined,
      ...[1, 2, 3, 4, 5, 6, 7].map(n => `bytes=${n * 10_000}-`)
    ])
  })

  it('gives up on a server that keeps sending a few bytes of what it promised', async () => {
    // 1000 bytes an attempt is progress by any byte count, but under 1/64 of the file: no progress.
    server.plan(...Array.from({ length: 50 }, () => ({ kind: 'cut', after: 1000 }) as const))
    const error = await download().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ActionError)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Downloading the video failed after ${MAX_ATTEMPTS} attempts without progress: .+\\. ` +
          'The server keeps sending fewer bytes than its Content-Length promises ' +
          '\\(5\\.9 KiB of 300\\.0 KiB on disk\\)'
      )
    )
    expect(server.requests).toHaveLength(MAX_ATTEMPTS)
    await expectNothingSaved()
  })

  it('keeps going while short attempts each add a real share of the file', async () => {
    // 6000 bytes is over 1/64 of 300 KiB: 40 cuts in a row, each one progress, then the rest.
    server.plan(...Array.from({ length: 40 }, () => ({ kind: 'cut', after: 6000 }) as const))
    await expectSuccess(await download())
    expect(server.requests).toHaveLength(41)
  })

  it('restarts from zero, with a fresh hash, when the server ignores the range', async () => {
    server.plan({ kind: 'cut', after: 50_000 }, { kind: 'ignore-range' })
    await expectSuccess(await download())
    expect(server.requests).toHaveLength(2)
    expect(warnings.at(-1)).toMatch(/whole file/)
  })

  it('restarts with the new file when it changed between attempts (If-Range)', async () => {
    const changed = mp4Bytes(SIZE + 1234, 'other')
    server.plan({ kind: 'cut', after: 50_000 })
    server.onBodyBytes = sent => {
      if (sent >= 50_000) server.replace(changed)
    }
    await expectSuccess(await download(), changed)
    expect(header(1, 'if-range')).toBe(`"v1-${SIZE}"`)
  })

  it('throws the bytes away when a 206 starts at the wrong offset', async () => {
    server.plan({ kind: 'cut', after: 50_000 }, { kind: 'wrong-range' })
    await expectSuccess(await download())
    expect(server.requests.map(request => request.headers.range)).toEqual([
      undefined,
      'bytes=50000-',
      undefined
    ])
  })

  it('accepts a 416 when a body without length was complete before the cut', async () => {
    server.plan({ kind: 'cut', after: SIZE, chunked: true })
    await expectSuccess(await download())
    expect(server.requests).toHaveLength(2)
    expect(header(1, 'range')).toBe(`bytes=${SIZE}-`)
  })

  it.each([
    ['seconds', '7', 7000],
    ['an HTTP-date', new Date(NOW + 12_000).toUTCString(), 12_000]
  ])('waits as long as Retry-After says in %s', async (_, retryAfter, expected) => {
    server.plan({ kind: 'status', status: 503, headers: { 'retry-after': retryAfter } })
    await expectSuccess(await download())
    expect(clock.sleeps).toEqual([expected])
  })

  it('backs off exponentially and gives up after a bounded number of attempts', async () => {
    server.plan(...Array.from({ length: 10 }, () => ({ kind: 'status', status: 500 }) as const))
    await expect(download()).rejects.toThrow(
      new ActionError(
        `Downloading the video failed after ${MAX_ATTEMPTS} attempts without progress: HTTP 500.`
      )
    )
    expect(server.requests).toHaveLength(MAX_ATTEMPTS)
    expect(clock.sleeps).toEqual([750, 1500, 3000, 6000, 12000])
    await expectNothingSaved()
  })

  it('asks for a fresh URL when the signed one has expired, then resumes', async () => {
    server.plan({ kind: 'cut', after: 80_000 }, { kind: 'status', status: 403 })
    const refreshed: string[] = []
    const refreshUrl = async () => {
      refreshed.push('yes')
      return server.url('/fresh.mp4?sig=2')
    }
    await expectSuccess(await download({ refreshUrl }))
    expect(refreshed).toHaveLength(1)
    expect(server.requests.map(request => [request.path, request.headers.range])).toEqual([
      ['/video.mp4', undefined],
      ['/video.mp4', 'bytes=80000-'],
      ['/fresh.mp4?sig=2', 'bytes=80000-']
    ])
  })

  it('refreshes the URL at most twice', async () => {
    server.plan(...[404, 410, 403].map(status => ({ kind: 'status', status }) as const))
    let calls = 0
    const refreshUrl = async () => server.url(`/fresh-${++calls}.mp4`)
    await expect(download({ refreshUrl })).rejects.toThrow(
      'Downloading the video failed: HTTP 403, the URL may have expired.'
    )
    expect(calls).toBe(2)
    await expectNothingSaved()
  })

  it('fails on an expired URL when it cannot refresh it', async () => {
    server.plan({ kind: 'status', status: 410 })
    await expect(download()).rejects.toBeInstanceOf(ActionError)
    expect(server.requests).toHaveLength(1)
    await expectNothingSaved()
  })

  it('fails at once on a status that no retry can fix', async () => {
    server.plan({ kind: 'status', status: 401 })
    await expect(download()).rejects.toThrow(
      new ActionError('Downloading the video failed: the server answered HTTP 401.')
    )
    expect(server.requests).toHaveLength(1)
    await expectNothingSaved()
  })

  it('refuses an HTML page served with 200 at once and saves nothing', async () => {
    server.plan({ kind: 'html' })
    await expect(download()).rejects.toThrow(
      /did not return an MP4 \(the file starts with "<!doctyp"\)/
    )
    expect(server.requests).toHaveLength(1)
    await expectNothingSaved()
  })

  it('follows redirects, keeping the range headers and adding no credentials', async () => {
    server.plan(
      { kind: 'cut', after: 40_000 },
      { kind: 'redirect', location: '/signed/video.mp4?sig=abc' },
      { kind: 'redirect', location: server.url('/cdn/video.mp4'), status: 307 }
    )
    await expectSuccess(await download())
    expect(server.requests.map(request => [request.path, request.headers.range])).toEqual([
      ['/video.mp4', undefined],
      ['/video.mp4', 'bytes=40000-'],
      ['/signed/video.mp4?sig=abc', 'bytes=40000-'],
      ['/cdn/video.mp4', 'bytes=40000-']
    ])
    expect(server.requests.every(request => !request.headers.authorization)).toBe(true)
  })

  it('stops after too many redirects', async () => {
    server.plan(
      ...Array.from({ length: 7 }, () => ({ kind: 'redirect', location: '/again' }) as const)
    )
    await expect(download()).rejects.toThrow('redirected more than 5 times')
    expect(server.requests).toHaveLength(6)
    await expectNothingSaved()
  })

  it('abandons an attempt that stalls and resumes it', async () => {
    server.plan({ kind: 'hang', after: 60_000 })
    await expectSuccess(await download({ idleTimeoutMs: 200 }))
    expect(header(1, 'range')).toBe('bytes=60000-')
    expect(warnings[0]).toMatch(/no data for 0\.2 s/)
  })

  it('abandons a request that gets no answer and sends it again', async () => {
    server.plan({ kind: 'silent' })
    await expectSuccess(await download({ idleTimeoutMs: 200 }))
    expect(server.requests).toHaveLength(2)
    expect(header(1, 'range')).toBeUndefined()
  })

  it('stops at once when the signal aborts mid-download, and leaves nothing', async () => {
    const controller = new AbortController()
    server.plan({ kind: 'hang', after: 60_000 })
    server.onBodyBytes = sent => {
      if (sent === 60_000) setTimeout(() => controller.abort(new Error('deadline reached')), 50)
    }
    const started = Date.now()
    await expect(download({ signal: controller.signal })).rejects.toThrow('deadline reached')
    expect(Date.now() - started).toBeLessThan(2000)
    expect(server.requests).toHaveLength(1)
    await expectNothingSaved()
  })

  it('stops during a retry wait when the signal aborts', async () => {
    const controller = new AbortController()
    server.plan({ kind: 'status', status: 503, headers: { 'retry-after': '60' } })
    const sleepy: Clock = {
      now: () => NOW,
      sleep: (ms, signal) => {
        controller.abort(new Error('cancelled'))
        return clock.sleep(ms, signal)
      }
    }
    await expect(download({ signal: controller.signal, clock: sleepy })).rejects.toThrow(
      'cancelled'
    )
    await expectNothingSaved()
  })

  it('refuses plain http unless allowed, before any request', async () => {
    await expect(download({ allowHttp: false })).rejects.toThrow(
      'The video download URL must use https (got http).'
    )
    expect(server.requests).toHaveLength(0)
  })

  it('fails before any request when the folder cannot be created', async () => {
    await writeFile(join(dir, 'a-file'), '')
    await expect(download({ dest: join(dir, 'a-file', 'video.mp4') })).rejects.toThrow(
      /^Cannot create the folder for .*video\.mp4: /
    )
    expect(server.requests).toHaveLength(0)
  })

  it('fails cleanly when the file cannot be put in place', async () => {
    await mkdir(join(dir, 'out', 'video.mp4', 'occupied'), { recursive: true })
    await expect(download()).rejects.toThrow(/^Cannot move the video into place at .*video\.mp4: /)
    expect(await leftovers()).toEqual(['video.mp4'])
  })

  it('leaves an existing file untouched on failure and replaces it on success', async () => {
    const dest = join(dir, 'out', 'video.mp4')
    await download()
    await writeFile(dest, 'previous video')
    server.plan({ kind: 'html' })
    await expect(download()).rejects.toBeInstanceOf(ActionError)
    expect(await readFile(dest, 'utf8')).toBe('previous video')
    expect(await leftovers()).toEqual(['video.mp4'])
    await expectSuccess(await download())
  })
})
