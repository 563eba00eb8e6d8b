import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { DeadlineError } from '../../src/shared/deadline.js'
import { StudioClient, type Credentials } from '../../src/aistudios/client.js'
import type { ExportRequest } from '../../src/aistudios/export-request.js'
import { StudioError } from '../../src/aistudios/transport.js'
import { createOutboundDispatcher } from '../../src/shared/http-agent.js'
import { Redactor } from '../../src/shared/redact.js'
import { SAMPLE_PROJECT_ID, startAiStudiosSim, type Sim } from '../../sim/aistudios/server.js'
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.js'

/*
 * The AI Studios client against real servers on loopback: the simulator, a forward proxy, and small servers
 * for answers the simulator does not give (redirects, unreadable export answers).
 */

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const exportOf = (projectId: string): ExportRequest => ({
  route: 'export',
  path: 'editor/project/export',
  body: { projectId, resolution: '1080' }
})

function client(
  apiUrl: string,
  extra: Partial<ConstructorParameters<typeof StudioClient>[0]> = {},
  credentials: Credentials = { apiKey: 'sim-api-key' }
): StudioClient {
  return new StudioClient({
    apiUrl,
    credentials,
    signal: new AbortController().signal,
    requestTimeoutMs: 5000,
    onSecret: () => undefined,
    ...extra
  })
}

async function sim(): Promise<Sim> {
  const started = await startAiStudiosSim({ renderMs: 60_000 })
  cleanups.push(() => started.close())
  return started
}

async function server(handler: http.RequestListener): Promise<string> {
  const s = http.createServer(handler)
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
  cleanups.push(
    () =>
      new Promise<void>(resolve => {
        s.closeAllConnections()
        s.close(() => resolve())
      })
  )
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`
}

function withEnv(vars: Record<string, string | undefined>): void {
  const saved = Object.fromEntries(Object.keys(vars).map(key => [key, process.env[key]]))
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  cleanups.push(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })
}

describe("the runner's proxy settings", () => {
  let proxy: ForwardProxy
  const proxied = async (): Promise<ForwardProxy> => {
    proxy = await startForwardProxy()
    cleanups.push(() => proxy.close())
    return proxy
  }
  const clear = { https_proxy: undefined, HTTPS_PROXY: undefined, NO_PROXY: undefined }

  it('sends every AI Studios call through `http_proxy`', async () => {
    const studio = await sim()
    const { url, seen } = await proxied()
    withEnv({ ...clear, http_proxy: url, HTTP_PROXY: undefined, no_proxy: undefined })
    const c = client(studio.apiUrl, { dispatcher: createOutboundDispatcher() })
    await c.getProject(SAMPLE_PROJECT_ID)
    const id = await c.startExport(exportOf(SAMPLE_PROJECT_ID))
    await c.progress(id)
    // undici tunnels plain HTTP too (CONNECT) and keeps a tunnel for later requests.
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.every(target => target === `CONNECT ${new URL(studio.apiUrl).host}`)).toBe(true)
    expect(studio.requests.map(r => r.route)).toEqual(['project', 'export', 'progress'])
  })

  it('honours the upper-case form too', async () => {
    const studio = await sim()
    const { url, seen } = await proxied()
    withEnv({ ...clear, http_proxy: undefined, HTTP_PROXY: url, no_proxy: undefined })
    await client(studio.apiUrl, { dispatcher: createOutboundDispatcher() }).getProject(
      SAMPLE_PROJECT_ID
    )
    expect(seen).toHaveLength(1)
  })

  it('goes direct to a host `no_proxy` covers', async () => {
    const studio = await sim()
    const { url, seen } = await proxied()
    withEnv({ ...clear, http_proxy: url, HTTP_PROXY: undefined, no_proxy: '127.0.0.1' })
    await client(studio.apiUrl, { dispatcher: createOutboundDispatcher() }).getProject(
      SAMPLE_PROJECT_ID
    )
    expect(seen).toEqual([])
    expect(studio.requests.filter(r => r.route === 'project')).toHaveLength(1)
  })
})

describe('a body that stalls after the headers', () => {
  const timeout = { requestTimeoutMs: 400 }

  it('ends get-project after request-timeout, retrying it as a read', async () => {
    const studio = await sim()
    studio.inject({ route: 'project', kind: 'stallBody', times: 2 })
    const warnings: string[] = []
    const waits: number[] = []
    const c = client(studio.apiUrl, {
      ...timeout,
      clock: { now: () => Date.now(), sleep: async ms => void waits.push(ms) },
      reporter: { log: () => undefined, warn: line => warnings.push(line) }
    })
    const started = Date.now()
    await expect(c.getProject(SAMPLE_PROJECT_ID)).resolves.toMatchObject({
      scenes: expect.any(Array)
    })
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/request timeout/)
    // The one backoff, on the injected clock: half to all of 1 s, then of 2 s.
    expect(waits[0]).toBeGreaterThanOrEqual(500)
    expect(waits[1]).toBeGreaterThanOrEqual(1000)
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('ends the export answer as "may have been charged", sent once', async () => {
    const studio = await sim()
    studio.inject({ route: 'export', kind: 'stallBody' })
    await expect(
      client(studio.apiUrl, timeout).startExport(exportOf(SAMPLE_PROJECT_ID))
    ).rejects.toThrow(
      /request timeout.*may have been charged.*app\.aistudios\.com.*resume-project-id/
    )
    expect(studio.exports).toHaveLength(1)
    expect(studio.requests.filter(r => r.route === 'export')).toHaveLength(1)
  })

  it('ends a progress answer in one attempt, as a transient failure for the wait loop', async () => {
    const studio = await sim()
    const c = client(studio.apiUrl, timeout)
    const id = await c.startExport(exportOf(SAMPLE_PROJECT_ID))
    studio.inject({ route: 'progress', kind: 'stallBody', times: 5 })
    const error = await c.progress(id).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StudioError)
    expect((error as StudioError).transient).toBe(true)
    expect(studio.requests.filter(r => r.route === 'progress')).toHaveLength(1)
  })

  it('never outlives the run signal', async () => {
    const studio = await sim()
    studio.inject({ route: 'project', kind: 'stallBody' })
    const run = new AbortController()
    const c = client(studio.apiUrl, { signal: run.signal, requestTimeoutMs: 600_000 })
    const pending = c.getProject(SAMPLE_PROJECT_ID)
    // Armed when the simulator has the request, not on a timer.
    await until(() => studio.requests.some(r => r.fault === 'stallBody'))
    run.abort(new DeadlineError('The deadline (`timeout-minutes`) passed.'))
    await expect(pending).rejects.toBeInstanceOf(DeadlineError)
  })
})

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise(resolve => setImmediate(resolve))
}

describe('the export, when its outcome is unknown', () => {
  it('names the render, the dashboard and resume-project-id when the run stops while it is in flight', async () => {
    const run = new AbortController()
    const url = await server(() => run.abort(new DeadlineError('The deadline passed.')))
    await expect(client(url, { signal: run.signal }).startExport(exportOf('p1'))).rejects.toThrow(
      /stopped while it was in flight.*render may have started.*https:\/\/app\.aistudios\.com.*resume-project-id/
    )
  })

  it.each([
    ['an empty body', ''],
    ['an unknown shape', '{"success":true,"data":{"id":"x","echo":"sim-api-key"}}'],
    ['a bad project id', '{"success":true,"data":{"projectId":"../../etc"}}'],
    ['a 502 page', '<html>Bad gateway sim-api-key</html>']
  ])('says "may have been charged" for %s, with what was received, redacted', async (_, body) => {
    let received = 0
    const url = await server((_req, res) => {
      received++
      res.writeHead(body.startsWith('<') ? 502 : 200, { 'content-type': 'application/json' })
      res.end(body)
    })
    const error = await client(url)
      .startExport(exportOf('p1'))
      .catch((e: unknown) => e)
    const message = (error as Error).message
    expect(message).toMatch(/may have been charged.*app\.aistudios\.com.*resume-project-id/)
    expect(message).toContain(`Received: "${body.replace('sim-api-key', '***')}"`)
    expect(message).not.toContain('sim-api-key')
    expect(received).toBe(1)
  })
})

describe('redirects', () => {
  it.each<[string, Credentials]>([
    ['the api-key', { apiKey: 'the-api-key' }],
    ['the token minting', { appId: 'app', userKey: 'the-user-key' }]
  ])('are not followed with %s', async (_, credentials) => {
    const elsewhere: string[] = []
    const other = await server((req, res) => {
      elsewhere.push(String(req.headers.authorization))
      res.end('{}')
    })
    const url = await server((_req, res) => {
      res.writeHead(307, { location: `${other}/steal` })
      res.end()
    })
    await expect(client(url, {}, credentials).getProject('p1')).rejects.toThrow(
      /redirect \(HTTP 307\).*not followed/
    )
    expect(elsewhere).toEqual([])
  })
})

describe('secrets in answers', () => {
  it('are redacted from every error, the minted token included', async () => {
    const studio = await sim()
    const redactor = new Redactor(['a-github-token'])
    const c = client(studio.apiUrl, { redactor }, { appId: 'sim-app', userKey: 'sim-user-key' })
    await c.getProject(SAMPLE_PROJECT_ID)
    const [token] = studio.tokens()
    expect(redactor.redact(`x ${token} a-github-token sim-user-key`)).toBe('x *** *** ***')
  })
})

describe('progress answers that say nothing clear', () => {
  it.each([
    ['notFound', 'not-found'],
    ['noData', 'unreadable'],
    ['empty', 'unreadable'],
    ['unparseable', 'unreadable'],
    ['unknownShape', 'unreadable']
  ] as const)('are marked apart from a failed render: %s is %s', async (answer, kind) => {
    const studio = await sim()
    const c = client(studio.apiUrl)
    const id = await c.startExport(exportOf(SAMPLE_PROJECT_ID))
    studio.inject({ route: 'progress', kind: 'odd', answer })
    const error = await c.progress(id).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StudioError)
    expect((error as StudioError).kind).toBe(kind)
    await expect(c.progress(id)).resolves.toMatchObject({ state: expect.any(String) })
  })

  it('tells the failure envelope of a render as refused', async () => {
    const studio = await sim()
    const c = client(studio.apiUrl)
    studio.failRender({ atProgress: 0 })
    const id = await c.startExport(exportOf(SAMPLE_PROJECT_ID))
    const error = await c.progress(id).catch((e: unknown) => e)
    expect((error as StudioError).kind).toBe('refused')
  })
})

describe('fields this action does not know', () => {
  it.each([
    ['token', 'renewAt', 'token answer'],
    ['project', 'project.voiceStyle', 'get-project answer'],
    ['export', 'queuePosition', 'export answer'],
    ['progress', 'eta', 'progress answer']
  ] as const)(
    'on the %s route are logged once a run, verbatim and redacted',
    async (route, field, name) => {
      const studio = await sim()
      const logs: string[] = []
      const c = client(
        studio.apiUrl,
        { reporter: { log: line => logs.push(line), warn: () => undefined } },
        { appId: 'sim-app', userKey: 'sim-user-key' }
      )
      const value = { note: 'sim-user-key', at: 3 }
      studio.inject({ route, kind: 'extraField', field, value, times: 3 })
      const call = async (): Promise<unknown> => {
        if (route === 'project' || route === 'token') return c.getProject(SAMPLE_PROJECT_ID)
        const id = await c.startExport(exportOf(SAMPLE_PROJECT_ID))
        return route === 'progress' ? c.progress(id) : id
      }
      await call()
      await call()
      if (route === 'progress') await call()
      const told = logs.filter(line => line.includes(`${name} with fields`) && line.includes(field))
      expect(told).toHaveLength(1)
      expect(told[0]).toMatch(
        new RegExp(
          `^AI Studios sent a ${name} with fields this action does not know \\((.*, )?${field}\\)`
        )
      )
      // A token answer's values may be secrets: named, never shown.
      if (route === 'token') expect(told[0]).not.toContain('"note"')
      else expect(told[0]).toContain(`"${field}":{"note":"***","at":3}`)
      expect(told[0]).not.toContain('sim-user-key')
    }
  )
})
