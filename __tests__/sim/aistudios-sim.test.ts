import { afterEach, describe, expect, it } from '@jest/globals'
import { unknownFields } from '../../src/aistudios/known-fields.js'
import { PROJECT_ANSWER } from '../../src/aistudios/schema.js'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import {
  ErrorEnvelopeSchema,
  ExportDataSchema,
  GetProjectDataSchema,
  ProgressDataSchema,
  SuccessEnvelopeSchema,
  TokenDataSchema
} from '../../src/aistudios/schema.js'
import {
  CONVERSATION_PROJECT_ID,
  FIXTURE_MP4,
  JsonNumber,
  LEGACY_PROJECT_ID,
  SAMPLE_PROJECT_ID,
  startAiStudiosSim,
  type Sim,
  type SimOptions
} from '../../sim/aistudios/server.js'

const KEY = { Authorization: 'sim-api-key' }
const RENDER_MS = 300
/** For tests that only need a finished render. */
const QUICK = { renderMs: 20 }

let sim: Sim | undefined

afterEach(async () => {
  await sim?.close()
  sim = undefined
})

async function start(options: SimOptions = {}): Promise<Sim> {
  sim = await startAiStudiosSim({ renderMs: RENDER_MS, ...options })
  return sim
}

interface Answer {
  res: Response
  body: unknown
}

async function api(s: Sim, path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${s.apiUrl}/api/odin/v3${path}`, { headers: KEY, ...init })
  const text = await res.text()
  const isJson = res.headers.get('content-type')?.startsWith('application/json')
  return { res, body: isJson ? JSON.parse(text) : text }
}

function post(s: Sim, path: string, body: unknown, headers: Record<string, string> = KEY) {
  return api(s, path, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(body)
  })
}

function dataOf(answer: Answer): unknown {
  return SuccessEnvelopeSchema.parse(answer.body).data
}

function errorOf(answer: Answer) {
  return ErrorEnvelopeSchema.parse(answer.body).error
}

async function progress(s: Sim, id: string) {
  return ProgressDataSchema.parse(dataOf(await api(s, `/editor/progress/${id}`)))
}

async function exportSample(s: Sim, id = SAMPLE_PROJECT_ID): Promise<string> {
  return ExportDataSchema.parse(dataOf(await post(s, '/editor/project/export', { projectId: id })))
    .projectId
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/** Polls until the render ends; returns the last answer's envelope. */
async function untilDone(s: Sim, id: string): Promise<Answer> {
  for (let i = 0; i < 200; i++) {
    const answer = await api(s, `/editor/progress/${id}`)
    const body = answer.body as { success: boolean; data?: { state?: string } }
    if (!body.success || body.data?.state === 'completed' || body.data?.state === 'failed') {
      return answer
    }
    await sleep(25)
  }
  throw new Error('the render never ended')
}

async function renderedUrl(s: Sim, id = SAMPLE_PROJECT_ID): Promise<string> {
  await exportSample(s, id)
  const data = ProgressDataSchema.parse(dataOf(await untilDone(s, id)))
  if (!data.downloadUrl) throw new Error('no downloadUrl')
  return data.downloadUrl
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

async function fixture(): Promise<Buffer> {
  return readFile(FIXTURE_MP4)
}

/**
 * Counts the body bytes that arrive before it ends or breaks. node:http rather than fetch: a WHATWG
 * stream drops the chunks it still holds when it errors, which would hide what the server sent.
 */
function rawGet(
  url: string,
  headers: Record<string, string> = {}
): Promise<{ status: number; length: number; bytes: number; broken: boolean }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, res => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        res.on('close', () =>
          resolve({
            status: res.statusCode ?? 0,
            length: Number(res.headers['content-length']),
            bytes,
            broken: !res.complete
          })
        )
      })
      .on('error', reject)
  })
}

describe('auth', () => {
  it('mints a token from appId + userKey and accepts it raw', async () => {
    const s = await start()
    const minted = await post(s, '/auth/token', { appId: 'sim-app', userKey: 'sim-user-key' }, {})
    const { token } = TokenDataSchema.parse(dataOf(minted))
    expect(token).toMatch(/^[\w-]{40,}$/)
    expect(s.tokens()).toEqual([token])
    const check = await api(s, '/auth', { headers: { Authorization: token } })
    expect(dataOf(check)).toEqual({ isAuthenticated: true })
    expect(dataOf(await api(s, '/auth', { headers: { Authorization: 'nope' } }))).toEqual({
      isAuthenticated: false
    })
    const project = await api(s, `/editor/project/${SAMPLE_PROJECT_ID}`, {
      headers: { Authorization: token }
    })
    expect(project.res.status).toBe(200)
  })

  it('refuses wrong credentials with 401 and the envelope', async () => {
    const s = await start()
    const minted = await post(s, '/auth/token', { appId: 'sim-app', userKey: 'wrong' }, {})
    expect(minted.res.status).toBe(401)
    expect(errorOf(minted)).toMatchObject({ code: 'INVALID_CREDENTIALS' })
  })

  it.each([
    ['a wrong key', { Authorization: 'wrong-key' }],
    ['a Bearer prefix', { Authorization: 'Bearer sim-api-key' }],
    ['no header', {}]
  ])('refuses %s with 401 and the envelope', async (_name, headers) => {
    const s = await start()
    const answer = await api(s, `/editor/project/${SAMPLE_PROJECT_ID}`, { headers })
    expect(answer.res.status).toBe(401)
    expect(answer.res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(errorOf(answer)).toMatchObject({ code: 'UNAUTHORIZED', msg: expect.any(String) })
  })

  it('expires minted tokens on demand, but not the fixed key', async () => {
    const s = await start()
    const minted = await post(s, '/auth/token', { appId: 'sim-app', userKey: 'sim-user-key' }, {})
    const { token } = TokenDataSchema.parse(dataOf(minted))
    s.expireTokens()
    const answer = await api(s, `/editor/project/${SAMPLE_PROJECT_ID}`, {
      headers: { Authorization: token }
    })
    expect(answer.res.status).toBe(401)
    expect(errorOf(answer)).toMatchObject({ code: 'TOKEN_EXPIRED' })
    expect((await api(s, `/editor/project/${SAMPLE_PROJECT_ID}`)).res.status).toBe(200)
  })

  it('lets tokens lapse after tokenTtlMs', async () => {
    const s = await start({ tokenTtlMs: 50 })
    const minted = await post(s, '/auth/token', { appId: 'sim-app', userKey: 'sim-user-key' }, {})
    const { token } = TokenDataSchema.parse(dataOf(minted))
    await sleep(80)
    const answer = await api(s, '/auth', { headers: { Authorization: token } })
    expect(dataOf(answer)).toEqual({ isAuthenticated: false })
  })
})

describe('projects', () => {
  it('serves the modern seed with scripts, tags and only project fields the client knows', async () => {
    const s = await start()
    const { project } = GetProjectDataSchema.parse(
      dataOf(await api(s, `/editor/project/${SAMPLE_PROJECT_ID}`))
    )
    expect(project).toMatchObject({ _id: SAMPLE_PROJECT_ID, name: 'Product tour' })
    expect(project.scenes).toHaveLength(3)
    expect(project.scenes.map(scene => scene.clips.map(clip => clip.tag ?? null))).toEqual([
      ['presenter', 'hero-image', 'title'],
      [null, 'pricing', null, 'price-chart'],
      [null, 'demo-video']
    ])
    // Only project fields the client knows, so a run against the simulator tells no notice; scenes and clips
    // still carry fields nobody documents, which the client keeps without looking into them.
    expect(unknownFields({ project }, PROJECT_ANSWER.known)).toEqual([])
    expect(project.scenes[0]).toHaveProperty('transition')
    for (const scene of project.scenes) {
      const avatar = scene.clips.find(clip => clip.type === 'aiModel') as unknown as {
        model: { ai_name: string; emotion: string }
      }
      expect(scene.scripts?.[0]).toMatchObject({
        modelId: avatar.model.ai_name,
        clothId: avatar.model.emotion
      })
    }
  })

  it('serves the legacy seed with speech on the avatar clip', async () => {
    const s = await start()
    const { project } = GetProjectDataSchema.parse(
      dataOf(await api(s, `/editor/project/${LEGACY_PROJECT_ID}`))
    )
    expect(project.name).toBe('Release notes (legacy)')
    expect(project.scenes).toHaveLength(2)
    for (const scene of project.scenes) {
      expect(scene.scripts).toBeUndefined()
      expect(scene.clips.find(clip => clip.type === 'aiModel')).toMatchObject({
        script: { org: expect.any(String), tts: null }
      })
    }
  })

  it('serves a portrait conversation with two avatars and two scripts', async () => {
    const s = await start()
    const { project } = GetProjectDataSchema.parse(
      dataOf(await api(s, `/editor/project/${CONVERSATION_PROJECT_ID}`))
    )
    expect(project.orientation).toBe('portrait')
    expect(project.scenes[0].scripts).toHaveLength(2)
  })

  it('answers 404 with the envelope for an unknown project', async () => {
    const s = await start()
    const answer = await api(s, '/editor/project/000000000000000000000000')
    expect(answer.res.status).toBe(404)
    expect(errorOf(answer)).toMatchObject({ code: 'PROJECT_NOT_FOUND' })
  })

  it('gives each simulator its own copy of the seeds', async () => {
    const first = await start()
    first.projects.get(SAMPLE_PROJECT_ID)!.name = 'Mutated'
    const second = await startAiStudiosSim()
    try {
      expect(second.projects.get(SAMPLE_PROJECT_ID)!.name).toBe('Product tour')
    } finally {
      await second.close()
    }
  })
})

describe('export and progress', () => {
  it('renders over time and completes with a URL on the download origin', async () => {
    const s = await start({ renderMs: 800 })
    expect(await exportSample(s)).toBe(SAMPLE_PROJECT_ID)
    const first = await progress(s, SAMPLE_PROJECT_ID)
    expect(first).toMatchObject({ state: 'rendering', downloadUrl: null })
    await sleep(200)
    const middle = await progress(s, SAMPLE_PROJECT_ID)
    expect(middle.progress).toBeGreaterThan(first.progress)
    expect(middle.progress).toBeLessThan(100)
    const done = ProgressDataSchema.parse(dataOf(await untilDone(s, SAMPLE_PROJECT_ID)))
    expect(done).toMatchObject({ state: 'completed', progress: 100 })
    const url = new URL(done.downloadUrl!)
    expect(url.origin).toBe(s.downloadOrigin)
    expect(url.hostname).toBe('localhost')
    expect(url.origin).not.toBe(new URL(s.apiUrl).origin)
    expect(url.pathname).toBe(`/videos/${SAMPLE_PROJECT_ID}.mp4`)
    expect(s.exports).toEqual([
      {
        route: 'export',
        body: { projectId: SAMPLE_PROJECT_ID },
        sourceProjectId: SAMPLE_PROJECT_ID,
        projectId: SAMPLE_PROJECT_ID,
        at: expect.any(Number)
      }
    ])
  })

  it('stays queued for queueMs', async () => {
    const s = await start({ queueMs: 150 })
    await exportSample(s)
    expect(await progress(s, SAMPLE_PROJECT_ID)).toMatchObject({ state: 'queued', progress: 0 })
    await sleep(200)
    expect((await progress(s, SAMPLE_PROJECT_ID)).state).toBe('rendering')
  })

  it('gives each render its own length, and counts the renders whose end is not told yet', async () => {
    const s = await start({
      renderMs: 60_000,
      renderMsFor: record => (record.projectId === LEGACY_PROJECT_ID ? 0 : undefined)
    })
    for (const id of [SAMPLE_PROJECT_ID, LEGACY_PROJECT_ID, CONVERSATION_PROJECT_ID])
      await exportSample(s, id)
    expect(s.rendersInFlight()).toEqual({ now: 3, max: 3 })
    expect(await progress(s, LEGACY_PROJECT_ID)).toMatchObject({ state: 'completed' })
    expect(await progress(s, SAMPLE_PROJECT_ID)).toMatchObject({ state: 'rendering' })
    expect(s.rendersInFlight()).toEqual({ now: 2, max: 3 })
    s.failRender(CONVERSATION_PROJECT_ID, { atProgress: 0 })
    expect(errorOf(await api(s, `/editor/progress/${CONVERSATION_PROJECT_ID}`))).toMatchObject({
      code: 'RENDER_FAILED'
    })
    expect(s.rendersInFlight()).toEqual({ now: 1, max: 3 })
  })

  it('follows a progress curve', async () => {
    const s = await start({ progressCurve: ms => (ms < 150 ? 10 : ms < 300 ? 70 : 100) })
    await exportSample(s)
    expect((await progress(s, SAMPLE_PROJECT_ID)).progress).toBe(10)
    await sleep(200)
    expect((await progress(s, SAMPLE_PROJECT_ID)).progress).toBe(70)
    await sleep(150)
    expect((await progress(s, SAMPLE_PROJECT_ID)).state).toBe('completed')
  })

  it('answers 404 for a project that was never exported, and for an unknown export', async () => {
    const s = await start()
    expect((await api(s, `/editor/progress/${SAMPLE_PROJECT_ID}`)).res.status).toBe(404)
    const answer = await post(s, '/editor/project/export', { projectId: '0'.repeat(24) })
    expect(answer.res.status).toBe(404)
    expect(errorOf(answer)).toMatchObject({ code: 'PROJECT_NOT_FOUND' })
    expect(s.exports).toEqual([])
  })

  it.each([
    ['no projectId', {}],
    ['a numeric resolution', { projectId: SAMPLE_PROJECT_ID, resolution: 1080 }],
    ['an unknown resolution', { projectId: SAMPLE_PROJECT_ID, resolution: '8k' }]
  ])('refuses an export with %s', async (_name, body) => {
    const s = await start()
    const answer = await post(s, '/editor/project/export', body)
    expect(answer.res.status).toBe(400)
    expect(errorOf(answer)).toMatchObject({ code: 'INVALID_PARAMETER' })
    expect(s.exports).toEqual([])
  })

  it('reports a failed render with the error envelope', async () => {
    const s = await start()
    s.failRender(undefined, { code: 'E_RENDER', msg: 'avatar model unavailable' })
    await exportSample(s)
    const answer = await untilDone(s, SAMPLE_PROJECT_ID)
    expect(answer.res.status).toBe(200)
    expect(errorOf(answer)).toEqual({ code: 'E_RENDER', msg: 'avatar model unavailable' })
  })

  it("reports a failed render as state 'failed' when asked", async () => {
    const s = await start()
    s.failRender({ asState: true, atProgress: 0 })
    await exportSample(s)
    expect(dataOf(await api(s, `/editor/progress/${SAMPLE_PROJECT_ID}`))).toEqual({
      progress: 0,
      state: 'failed',
      downloadUrl: null
    })
  })

  it('fails the running render of a given project, without progress going back', async () => {
    const s = await start()
    await exportSample(s)
    await sleep(RENDER_MS / 2)
    s.failRender(SAMPLE_PROJECT_ID, { asState: true, code: 42 })
    const data = ProgressDataSchema.parse(dataOf(await untilDone(s, SAMPLE_PROJECT_ID)))
    expect(data.state).toBe('failed')
    expect(data.progress).toBeGreaterThanOrEqual(50)
    // The failure was used up: the next render succeeds.
    await exportSample(s)
    expect((await progress(s, SAMPLE_PROJECT_ID)).state).toBe('rendering')
  })
})

describe('create project', () => {
  async function sampleScenes(s: Sim) {
    const { project } = GetProjectDataSchema.parse(
      dataOf(await api(s, `/editor/project/${SAMPLE_PROJECT_ID}`))
    )
    return project.scenes
  }

  it('answers a number digit for digit and records a request body byte for byte', async () => {
    const s = await start()
    const clip = s.projects.get(SAMPLE_PROJECT_ID)!.scenes[0].clips[0]
    clip.seed = new JsonNumber('12345678901234567890')
    clip.gain = new JsonNumber('1e400')
    const res = await fetch(`${s.apiUrl}/api/odin/v3/editor/project/${SAMPLE_PROJECT_ID}`, {
      headers: KEY
    })
    const text = await res.text()
    expect(text).toContain('"seed":12345678901234567890,"gain":1e400}')
    // What JSON.parse would have made of them.
    expect(JSON.stringify(JSON.parse(text))).toContain('"seed":12345678901234567000,"gain":null}')
    expect(() => new JsonNumber('1e')).toThrow(/not a JSON number/)

    const body =
      '{"name":"Tour v2","scenes":[{"clips":[{"id":"c","type":"image","seed":12345678901234567890}]}]}'
    await api(s, '/editor/project', {
      method: 'POST',
      headers: { ...KEY, 'Content-Type': 'application/json' },
      body
    })
    expect(s.exports).toHaveLength(1)
    expect(s.requests.find(r => r.route === 'create')?.body).toBe(body)
    expect(s.requests.find(r => r.route === 'project')?.body).toBeNull()
  })

  it('stores a new project, records the body and renders it', async () => {
    const s = await start()
    const scenes = await sampleScenes(s)
    scenes[0].scripts![0].org = 'Hello from CI.'
    const body = { name: 'Tour v2', orientation: 'landscape', scenes, resolution: '720' }
    const { projectId } = ExportDataSchema.parse(dataOf(await post(s, '/editor/project', body)))
    expect(projectId).toMatch(/^[0-9a-f]{24}$/)
    expect(projectId).not.toBe(SAMPLE_PROJECT_ID)
    expect(s.projects.get(projectId)).toMatchObject({ _id: projectId, name: 'Tour v2', scenes })
    expect(s.projects.get(SAMPLE_PROJECT_ID)!.scenes[0].scripts![0].org).not.toBe('Hello from CI.')
    expect(s.exports).toEqual([{ route: 'create', body, projectId, at: expect.any(Number) }])
    expect(await renderedUrl(s, projectId)).toContain(`/videos/${projectId}.mp4`)
  })

  it('only saves the project when isExport is false', async () => {
    const s = await start()
    const body = { name: 'Draft', scenes: await sampleScenes(s), isExport: false }
    const { projectId } = ExportDataSchema.parse(dataOf(await post(s, '/editor/project', body)))
    expect(s.projects.has(projectId)).toBe(true)
    expect(s.exports).toEqual([])
    expect((await api(s, `/editor/progress/${projectId}`)).res.status).toBe(404)
  })

  it.each([
    ['no scenes', { name: 'x' }],
    ['empty scenes', { scenes: [] }],
    ['a scene without clips', { scenes: [{ sceneIdx: 0 }] }],
    ['a bad resolution', { scenes: [{ clips: [] }], resolution: '1440' }],
    ['a bad orientation', { scenes: [{ clips: [] }], orientation: 'square' }]
  ])('refuses a body with %s', async (_name, body) => {
    const s = await start()
    const answer = await post(s, '/editor/project', body)
    expect(answer.res.status).toBe(400)
    expect(errorOf(answer)).toMatchObject({ code: 'INVALID_PARAMETER' })
    expect(s.exports).toEqual([])
  })

  it('refuses a body that is not JSON', async () => {
    const s = await start()
    const answer = await api(s, '/editor/project', { method: 'POST', body: '{oops' })
    expect(answer.res.status).toBe(400)
    expect(errorOf(answer)).toMatchObject({ code: 'INVALID_JSON' })
  })
})

describe('download host', () => {
  it('serves the fixture bytes with validators, and no credentials reach it', async () => {
    const s = await start(QUICK)
    const url = await renderedUrl(s)
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('video/mp4')
    expect(res.headers.get('accept-ranges')).toBe('bytes')
    expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/)
    expect(res.headers.get('last-modified')).toBeTruthy()
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length)
    expect(sha256(bytes)).toBe(sha256(await fixture()))
    const downloads = s.requests.filter(r => r.server === 'download')
    expect(downloads).toEqual([
      expect.objectContaining({ method: 'GET', route: 'download', authorization: null })
    ])
  })

  it('answers HEAD with the headers only', async () => {
    const s = await start(QUICK)
    const res = await fetch(await renderedUrl(s), { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('content-length'))).toBe((await fixture()).length)
  })

  it('serves byte ranges, honouring a matching If-Range', async () => {
    const s = await start(QUICK)
    const url = await renderedUrl(s)
    const whole = await fixture()
    const etag = (await fetch(url, { method: 'HEAD' })).headers.get('etag')!
    const open = await fetch(url, { headers: { Range: 'bytes=1000-' } })
    expect(open.status).toBe(206)
    expect(open.headers.get('content-range')).toBe(`bytes 1000-${whole.length - 1}/${whole.length}`)
    expect(Buffer.from(await open.arrayBuffer()).equals(whole.subarray(1000))).toBe(true)
    const closed = await fetch(url, { headers: { Range: 'bytes=10-19', 'If-Range': etag } })
    expect(closed.status).toBe(206)
    expect(closed.headers.get('content-length')).toBe('10')
    expect(Buffer.from(await closed.arrayBuffer()).equals(whole.subarray(10, 20))).toBe(true)
    const suffix = await fetch(url, { headers: { Range: 'bytes=-5' } })
    expect(Buffer.from(await suffix.arrayBuffer()).equals(whole.subarray(-5))).toBe(true)
  })

  it('sends the whole file when If-Range does not match', async () => {
    const s = await start(QUICK)
    const res = await fetch(await renderedUrl(s), {
      headers: { Range: 'bytes=100-', 'If-Range': '"stale"' }
    })
    expect(res.status).toBe(200)
    expect((await res.arrayBuffer()).byteLength).toBe((await fixture()).length)
  })

  it('answers 416 to a range past the end', async () => {
    const s = await start(QUICK)
    const size = (await fixture()).length
    const res = await fetch(await renderedUrl(s), { headers: { Range: `bytes=${size}-` } })
    expect(res.status).toBe(416)
    expect(res.headers.get('content-range')).toBe(`bytes */${size}`)
  })

  it('answers 403 to a wrong or missing sig, and to the URL of a replaced render', async () => {
    const s = await start(QUICK)
    const url = new URL(await renderedUrl(s))
    const forged = new URL(url)
    forged.searchParams.set('sig', 'forged')
    expect((await fetch(forged)).status).toBe(403)
    expect((await fetch(`${s.downloadOrigin}${url.pathname}`)).status).toBe(403)
    const fresh = await renderedUrl(s)
    expect(fresh).not.toBe(url.href)
    expect((await fetch(url)).status).toBe(403)
    expect((await fetch(fresh)).status).toBe(200)
  })

  it('streams the file given as videoFile', async () => {
    const s = await start({ ...QUICK, videoFile: new URL(import.meta.url).pathname })
    const res = await fetch(await renderedUrl(s))
    expect(
      Buffer.from(await res.arrayBuffer()).equals(await readFile(new URL(import.meta.url)))
    ).toBe(true)
  })
})

describe('faults', () => {
  it('status: answers the status once, with Retry-After and the envelope', async () => {
    const s = await start()
    s.inject({ route: 'project', kind: 'status', status: 503, retryAfter: '2' })
    const failed = await api(s, `/editor/project/${SAMPLE_PROJECT_ID}`)
    expect(failed.res.status).toBe(503)
    expect(failed.res.headers.get('retry-after')).toBe('2')
    expect(errorOf(failed)).toMatchObject({ code: 503 })
    expect((await api(s, `/editor/project/${SAMPLE_PROJECT_ID}`)).res.status).toBe(200)
    expect(s.requests.map(r => r.fault)).toEqual(['status', null])
  })

  it('status with html: an HTML error page', async () => {
    const s = await start()
    s.inject({ route: 'token', kind: 'status', status: 502, html: true })
    const answer = await post(s, '/auth/token', { appId: 'sim-app', userKey: 'sim-user-key' }, {})
    expect(answer.res.status).toBe(502)
    expect(answer.res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(answer.body).toContain('502 Bad Gateway')
  })

  it('html200: a login page with 200', async () => {
    const s = await start()
    s.inject({ route: 'progress', kind: 'html200', times: 2 })
    await exportSample(s)
    for (let i = 0; i < 2; i++) {
      const answer = await api(s, `/editor/progress/${SAMPLE_PROJECT_ID}`)
      expect(answer.res.status).toBe(200)
      expect(answer.res.headers.get('content-type')).toMatch(/^text\/html/)
    }
    expect((await api(s, `/editor/progress/${SAMPLE_PROJECT_ID}`)).res.status).toBe(200)
  })

  it('reset: the connection drops without an answer', async () => {
    const s = await start()
    s.inject({ route: 'auth', kind: 'reset' })
    await expect(api(s, '/auth')).rejects.toThrow()
    expect(dataOf(await api(s, '/auth'))).toEqual({ isAuthenticated: true })
  })

  it('reset with processed: the export happens but its answer is lost', async () => {
    const s = await start()
    s.inject({ route: 'export', kind: 'reset', processed: true })
    await expect(
      post(s, '/editor/project/export', { projectId: SAMPLE_PROJECT_ID })
    ).rejects.toThrow()
    expect(s.exports).toHaveLength(1)
    expect((await progress(s, SAMPLE_PROJECT_ID)).state).toBe('rendering')
  })

  it('refuse: the connection drops before the request is read', async () => {
    const s = await start()
    s.inject({ route: 'create', kind: 'refuse' })
    const body = { scenes: [{ clips: [] }] }
    await expect(post(s, '/editor/project', body)).rejects.toThrow()
    expect(s.exports).toEqual([])
    expect(s.projects.size).toBe(3)
  })

  it('hang: no answer until the client gives up, or until ms', async () => {
    const s = await start()
    s.inject({ route: 'project', kind: 'hang' })
    const path = `/editor/project/${SAMPLE_PROJECT_ID}`
    await expect(api(s, path, { headers: KEY, signal: AbortSignal.timeout(150) })).rejects.toThrow()
    s.inject({ route: 'project', kind: 'hang', ms: 120 })
    const startedAt = Date.now()
    expect((await api(s, path)).res.status).toBe(200)
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(110)
  })

  it('close() ends hanging requests', async () => {
    const s = await start()
    s.inject({ route: 'auth', kind: 'hang' })
    const pending = api(s, '/auth')
    await sleep(30)
    await s.close()
    await expect(pending).rejects.toThrow()
  })

  it('stall: the render clock stops for ms', async () => {
    const s = await start()
    await exportSample(s)
    await sleep(50)
    s.inject({ route: 'progress', kind: 'stall', ms: 400 })
    const frozen = await progress(s, SAMPLE_PROJECT_ID)
    await sleep(100)
    expect((await progress(s, SAMPLE_PROJECT_ID)).progress).toBe(frozen.progress)
    await sleep(400)
    expect((await progress(s, SAMPLE_PROJECT_ID)).progress).toBeGreaterThan(frozen.progress)
  })

  it('backwards: one answer reports less progress, a finished render looks unfinished', async () => {
    const s = await start(QUICK)
    await renderedUrl(s)
    s.inject({ route: 'progress', kind: 'backwards', by: 20 })
    expect(await progress(s, SAMPLE_PROJECT_ID)).toEqual({
      progress: 80,
      state: 'rendering',
      downloadUrl: null
    })
    expect((await progress(s, SAMPLE_PROJECT_ID)).progress).toBe(100)
  })

  it('odd: an empty 200, or data of a shape nobody documents (a list)', async () => {
    const s = await start()
    await exportSample(s)
    s.inject({ route: 'progress', kind: 'odd', answer: 'empty' })
    const res = await fetch(`${s.apiUrl}/api/odin/v3/editor/progress/${SAMPLE_PROJECT_ID}`, {
      headers: KEY
    })
    expect([res.status, await res.text()]).toEqual([200, ''])
    s.inject({ route: 'progress', kind: 'odd', answer: 'unknownShape' })
    expect(dataOf(await api(s, `/editor/progress/${SAMPLE_PROJECT_ID}`))).toEqual([
      expect.objectContaining({ percent: 50 })
    ])
  })

  it('extraField: one more field in the data of a successful answer, at a dotted path', async () => {
    const s = await start()
    s.inject({ route: 'project', kind: 'extraField', field: 'project.voice', value: { a: 1 } })
    const data = dataOf(await api(s, `/editor/project/${SAMPLE_PROJECT_ID}`))
    expect(data).toMatchObject({ project: { voice: { a: 1 } } })
    // The answer only: the stored project is untouched.
    expect(s.projects.get(SAMPLE_PROJECT_ID)).not.toHaveProperty('voice')
    expect(() =>
      s.inject({ route: 'download', kind: 'extraField', field: 'x', value: 1 } as never)
    ).toThrow(/applies to/)
  })

  it('cut: the body stops after afterBytes', async () => {
    const s = await start(QUICK)
    const url = await renderedUrl(s)
    s.inject({ route: 'download', kind: 'cut', afterBytes: 1000 })
    expect(await rawGet(url)).toEqual({
      status: 200,
      length: (await fixture()).length,
      bytes: 1000,
      broken: true
    })
    expect((await fetch(url)).status).toBe(200)
  })

  it('cut: keeps waiting for a GET (a HEAD cannot be cut)', async () => {
    const s = await start(QUICK)
    const url = await renderedUrl(s)
    s.inject({ route: 'download', kind: 'cut', afterBytes: 0 })
    expect((await fetch(url, { method: 'HEAD' })).status).toBe(200)
    expect(await rawGet(url, { Range: 'bytes=500-' })).toEqual({
      status: 206,
      length: (await fixture()).length - 500,
      bytes: 0,
      broken: true
    })
  })

  it('ignoreRange: 200 with the whole file to a Range request', async () => {
    const s = await start(QUICK)
    const url = await renderedUrl(s)
    s.inject({ route: 'download', kind: 'ignoreRange' })
    const res = await fetch(url, { headers: { Range: 'bytes=100-' } })
    expect(res.status).toBe(200)
    expect(sha256(new Uint8Array(await res.arrayBuffer()))).toBe(sha256(await fixture()))
  })

  it('expire: the URL dies and the progress endpoint hands out a new one', async () => {
    const s = await start(QUICK)
    const url = await renderedUrl(s)
    s.inject({ route: 'download', kind: 'expire', status: 410 })
    expect((await fetch(url)).status).toBe(410)
    expect((await fetch(url)).status).toBe(403)
    const fresh = (await progress(s, SAMPLE_PROJECT_ID)).downloadUrl!
    expect(fresh).not.toBe(url)
    expect((await fetch(fresh)).status).toBe(200)
  })

  it('download faults share the generic kinds', async () => {
    const s = await start(QUICK)
    const url = await renderedUrl(s)
    s.inject({ route: 'download', kind: 'status', status: 500 })
    s.inject({ route: 'download', kind: 'reset' })
    expect((await fetch(url)).status).toBe(500)
    await expect(fetch(url)).rejects.toThrow()
    expect((await fetch(url)).status).toBe(200)
  })

  it('clearFaults drops what is queued', async () => {
    const s = await start()
    s.inject({ route: 'auth', kind: 'status', status: 500, times: Infinity })
    expect((await api(s, '/auth')).res.status).toBe(500)
    s.clearFaults()
    expect((await api(s, '/auth')).res.status).toBe(200)
  })

  it('refuses faults that cannot apply', async () => {
    const s = await start()
    expect(() => s.inject({ route: 'progress', kind: 'cut', afterBytes: 1 } as never)).toThrow(
      /applies to download/
    )
    expect(() => s.inject({ route: 'auth', kind: 'status', status: 200 })).toThrow(/400..599/)
    expect(() => s.inject({ route: 'auth', kind: 'reset', times: 0 })).toThrow(/times/)
  })
})

describe('deleting projects', () => {
  it('deletes the named projects and their renders, counts them, and records the call', async () => {
    const s = await start(QUICK)
    const rendered = await exportSample(s, CONVERSATION_PROJECT_ID)
    const answer = await api(s, '/editor/project', {
      method: 'DELETE',
      headers: { ...KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ ids: [rendered, 'no-such-project'] })
    })
    expect(answer.res.status).toBe(200)
    expect(answer.body).toEqual({ success: true, data: { deletedCount: 1 } })
    expect(s.projects.has(rendered)).toBe(false)
    expect(s.deletions).toEqual([
      expect.objectContaining({ ids: [rendered, 'no-such-project'], deleted: [rendered] })
    ])
    expect((await api(s, `/editor/progress/${rendered}`)).res.status).toBe(404)
    expect(s.projects.has(SAMPLE_PROJECT_ID)).toBe(true)
  })

  it('refuses a body without ids, and a caller without credentials', async () => {
    const s = await start(QUICK)
    const bad = await api(s, '/editor/project', {
      method: 'DELETE',
      headers: { ...KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ id: SAMPLE_PROJECT_ID })
    })
    expect(bad.res.status).toBe(400)
    const anonymous = await api(s, '/editor/project', {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ids: [SAMPLE_PROJECT_ID] })
    })
    expect(anonymous.res.status).toBe(401)
    expect(s.projects.has(SAMPLE_PROJECT_ID)).toBe(true)
    expect(s.deletions).toEqual([])
  })
})
