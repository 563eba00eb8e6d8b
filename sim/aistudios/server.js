// @ts-check
/*
 * A stateful simulator of the AI Studios v3 REST API (docs/aistudios-api.md), for the end-to-end
 * tests, the README demo and the benchmarks. Two servers: the API, and a download host on another origin
 * (`localhost` instead of `127.0.0.1`) so tests can prove the API token never travels with a download.
 *
 * Where the public docs are silent the choices are ours, marked [U] below ([I] where the docs hint):
 * guesses that make a client defensive, not facts about the service.
 */
import { EventEmitter } from 'node:events'
import { createServer } from 'node:http'
import { randomBytes } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { serveVideo } from './download.js'
import { createFaultQueue } from './faults.js'
import { newObjectId, seedProjects, SIM_USER_ID } from './projects.js'
import { newSig, observeRender, stallRender, startRender } from './render.js'
import {
  BodyTooLargeError,
  failure,
  proxyErrorPage,
  proxyLoginPage,
  readBody,
  send,
  storeError,
  success
} from './reply.js'

export { CONVERSATION_PROJECT_ID, LEGACY_PROJECT_ID, SAMPLE_PROJECT_ID } from './projects.js'
export { JsonNumber } from './reply.js'

/**
 * @typedef {import('./faults.js').Fault} Fault
 * @typedef {import('./faults.js').FaultKind} FaultKind
 * @typedef {import('./faults.js').FaultRoute} FaultRoute
 * @typedef {import('./faults.js').FaultQueue} FaultQueue
 * @typedef {import('./projects.js').SimProject} SimProject
 * @typedef {import('./projects.js').SimScene} SimScene
 * @typedef {import('./projects.js').SimClip} SimClip
 * @typedef {import('./render.js').Render} Render
 * @typedef {import('./render.js').RenderFailure} RenderFailure
 * @typedef {import('./render.js').RenderState} RenderState
 * @typedef {import('./reply.js').Reply} Reply
 * @typedef {import('./reply.js').Request} Request
 * @typedef {import('./reply.js').Response} Response
 */

/**
 * @typedef {object} SimOptions
 * @property {number} [renderMs] time from 0 to 100 % (default 3000)
 * @property {number} [queueMs] time at 0 % in state 'queued' before that (default 0)
 * @property {string} [apiKey] a fixed key accepted raw in `Authorization` (default 'sim-api-key')
 * @property {string} [appId] (default 'sim-app')
 * @property {string} [userKey] (default 'sim-user-key')
 * @property {number} [tokenTtlMs] lifetime of minted tokens (default 24 h)
 * @property {string} [videoFile] the bytes every download serves, streamed from disk (default FIXTURE_MP4)
 * @property {(elapsedMs: number) => number} [progressCurve] progress 0..100 after `elapsedMs` of rendering
 *   (queue and stalls excluded), instead of linear over renderMs; the render completes the first time it
 *   reaches 100
 * @property {(record: ExportRecord) => number | undefined} [renderMsFor] the length of one render (e.g. by
 *   `record.projectId` or `record.body.name`), instead of renderMs; undefined keeps renderMs
 * @property {{ now(): number }} [clock] the time renders progress on, tokens expire by and requests are
 *   stamped with: the wall clock by default; a simulated one (sim/clock.js) shared with the action under test
 *
 * @typedef {object} RenderFailureInput
 * @property {string | number} [code] (default 'RENDER_FAILED')
 * @property {string} [msg] (default 'Render failed (simulated)')
 * @property {boolean} [asState] answer `success:true, data.state:'failed'` instead of the error envelope
 * @property {number} [atProgress] the progress at which the render fails (default 50)
 *
 * @typedef {object} ExportRecord one accepted request that started a render
 * @property {'export' | 'create'} route
 * @property {Record<string, unknown>} body the request body as received
 * @property {string} [sourceProjectId] the exported project (route 'export' only)
 * @property {string} projectId the project being rendered: the new one for 'create'
 * @property {number} at epoch ms
 *
 * @typedef {object} DeletionRecord one accepted `DELETE /editor/project`
 * @property {unknown[]} ids as received
 * @property {string[]} deleted the ids that named a project, which is gone now
 * @property {number} at epoch ms
 *
 * @typedef {object} RequestRecord
 * @property {'api' | 'download'} server
 * @property {string} method
 * @property {string} path path and query as sent
 * @property {string | null} authorization
 * @property {string | null} range the `Range` header, to check how a download resumed
 * @property {string | null} ifRange the `If-Range` header
 * @property {FaultRoute | null} route null for paths the simulator does not serve
 * @property {FaultKind | null} fault the injected fault this request suffered
 * @property {string | null} body the request body (POST, DELETE) as received, byte for byte: its numbers as
 *   the client wrote them, where `ExportRecord.body` has them as `JSON.parse` reads them
 * @property {number} at epoch ms
 *
 * @typedef {object} Sim
 * @property {string} apiUrl e.g. http://127.0.0.1:PORT (no trailing slash)
 * @property {string} downloadOrigin e.g. http://localhost:PORT2
 * @property {Map<string, SimProject>} projects by id: the seeds and the created projects
 * @property {ExportRecord[]} exports
 * @property {DeletionRecord[]} deletions
 * @property {RequestRecord[]} requests of both servers, in arrival order
 * @property {(fault: Fault) => void} inject
 * @property {() => void} clearFaults
 * @property {((failure?: RenderFailureInput) => void)
 *   & ((projectId: string | undefined, failure?: RenderFailureInput) => void)} failRender
 *   fail the running render of `projectId`, or its next render, or (without an id) the next render
 * @property {() => { now: number, max: number }} rendersInFlight renders exported whose end (completed or
 *   failed) no progress answer has told yet: now, and the most at once since the start
 * @property {() => string[]} tokens the tokens minted so far, to check that none leaks into a log
 * @property {() => void} expireTokens every minted token is refused from now on (401 TOKEN_EXPIRED)
 * @property {(route: ApiRoute | 'download', listener: (count: number) => void) => void} on calls
 *   `listener` once an answer on an API route was sent, or as a download request arrives, with how many
 *   that route has seen: tests arm faults on what the simulator saw, never on a timer
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {Exclude<FaultRoute, 'download'>} ApiRoute
 * @typedef {object} SimState
 * @property {Required<Omit<SimOptions, 'progressCurve' | 'renderMsFor' | 'clock'>>
 *   & Pick<SimOptions, 'progressCurve' | 'renderMsFor'>} options
 * @property {() => number} now
 * @property {{ renders: Set<string>, max: number }} inFlight
 * @property {Map<string, SimProject>} projects
 * @property {Map<string, Render>} renders the last render of each exported project
 * @property {Map<string, number>} tokens expiry (epoch ms) by minted token
 * @property {ExportRecord[]} exports
 * @property {DeletionRecord[]} deletions
 * @property {RequestRecord[]} requests
 * @property {FaultQueue} faults
 * @property {Array<{ projectId?: string, failure: RenderFailure }>} pendingFailures
 * @property {Set<NodeJS.Timeout>} timers
 * @property {string} downloadOrigin
 * @property {EventEmitter} events
 * @property {Map<FaultRoute, number>} answered answers sent (downloads: requests seen), by route
 * @typedef {object} Call
 * @property {SimState} state
 * @property {string} id the project id in the path, '' for routes without one
 * @property {unknown} body
 * @property {string | undefined} authorization
 * @property {Fault | undefined} fault
 * @property {number} now
 */

export const FIXTURE_MP4 = fileURLToPath(new URL('../fixtures/sample.mp4', import.meta.url))

const API = '/api/odin/v3'
const RESOLUTIONS = ['4k', '1080', '720', '480']
const ORIENTATIONS = ['landscape', 'portrait']
const MAX_BODY_BYTES = 16 * 1024 * 1024
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * @param {SimOptions} [options]
 * @returns {Promise<Sim>}
 */
export async function startAiStudiosSim(options = {}) {
  const videoFile = options.videoFile ?? FIXTURE_MP4
  await stat(videoFile) // a wrong path fails here, not as a 500 in the middle of a test
  const clock = options.clock ?? { now: () => Date.now() }
  /** @type {SimState} */
  const state = {
    options: {
      renderMs: options.renderMs ?? 3000,
      queueMs: options.queueMs ?? 0,
      apiKey: options.apiKey ?? 'sim-api-key',
      appId: options.appId ?? 'sim-app',
      userKey: options.userKey ?? 'sim-user-key',
      tokenTtlMs: options.tokenTtlMs ?? DAY_MS,
      videoFile,
      progressCurve: options.progressCurve,
      renderMsFor: options.renderMsFor
    },
    now: () => clock.now(),
    inFlight: { renders: new Set(), max: 0 },
    projects: seedProjects(),
    renders: new Map(),
    tokens: new Map(),
    exports: [],
    deletions: [],
    requests: [],
    faults: createFaultQueue(),
    pendingFailures: [],
    timers: new Set(),
    downloadOrigin: '', // known once the download host listens
    events: new EventEmitter(),
    answered: new Map()
  }
  const api = createServer((req, res) => guard(res, handleApi(state, req, res)))
  const download = createServer((req, res) => guard(res, handleDownload(state, req, res)))
  const [apiPort, downloadPort] = await listenAll([api, download])
  state.downloadOrigin = `http://localhost:${downloadPort}`
  return {
    apiUrl: `http://127.0.0.1:${apiPort}`,
    downloadOrigin: state.downloadOrigin,
    projects: state.projects,
    exports: state.exports,
    deletions: state.deletions,
    requests: state.requests,
    inject: fault => state.faults.inject(fault),
    clearFaults: () => state.faults.clear(),
    failRender:
      /**
       * @param {string | RenderFailureInput} [idOrFailure]
       * @param {RenderFailureInput} [failure]
       */
      (idOrFailure, failure) => failRender(state, idOrFailure, failure),
    rendersInFlight: () => ({ now: state.inFlight.renders.size, max: state.inFlight.max }),
    tokens: () => [...state.tokens.keys()],
    expireTokens: () => {
      for (const token of state.tokens.keys()) state.tokens.set(token, 0)
    },
    on: (route, listener) => void state.events.on(route, listener),
    close: async () => {
      for (const timer of state.timers) clearTimeout(timer)
      state.timers.clear()
      await Promise.all([api, download].map(closeServer))
    }
  }
}

/**
 * Binds each server to a random loopback port; if one cannot listen, none stays open.
 * @param {import('node:http').Server[]} servers
 * @returns {Promise<number[]>}
 */
async function listenAll(servers) {
  try {
    return await Promise.all(servers.map(listen))
  } catch (error) {
    await Promise.all(servers.map(closeServer))
    throw error
  }
}

/**
 * @param {import('node:http').Server} server
 * @returns {Promise<number>}
 */
function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      if (address && typeof address === 'object') resolve(address.port)
      else reject(new Error('The simulator did not get a TCP port'))
    })
  })
}

/**
 * Also destroys hanging and keep-alive connections, so a test never waits for a client to give up.
 * @param {import('node:http').Server} server
 * @returns {Promise<void>}
 */
function closeServer(server) {
  return new Promise(resolve => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

/**
 * A bug in the simulator answers 500 with its message rather than leaving the client to time out.
 * @param {Response} res
 * @param {Promise<void>} handling
 */
function guard(res, handling) {
  handling.catch(error => {
    if (res.headersSent) return void res.destroy()
    send(res, failure(500, 'SIM_ERROR', error instanceof Error ? error.message : String(error)))
  })
}

/** @type {Record<ApiRoute, { open: boolean, handle: (call: Call) => Reply }>} */
const HANDLERS = {
  token: { open: true, handle: mintToken },
  auth: { open: true, handle: checkAuth },
  project: { open: false, handle: getProject },
  create: { open: false, handle: createProject },
  export: { open: false, handle: exportProject },
  progress: { open: false, handle: getProgress },
  delete: { open: false, handle: deleteProjects }
}

/**
 * @param {SimState} state
 * @param {Request} req
 * @param {Response} res
 */
async function handleApi(state, req, res) {
  const { pathname } = new URL(req.url ?? '/', 'http://sim')
  const match = matchApiRoute(req.method ?? 'GET', pathname)
  const record = logRequest(state, 'api', req, match?.route ?? null)
  if (!match) return send(res, failure(404, 'NOT_FOUND', `No route for ${req.method} ${pathname}`))
  const fault = takeFault(state, record, { method: req.method ?? 'GET', range: false })
  if (fault?.kind === 'refuse') return void req.socket.resetAndDestroy()
  const received = req.method === 'POST' || req.method === 'DELETE' ? await readJson(req) : NONE
  if (received instanceof Error) return send(res, bodyProblem(received))
  const { body, text } = received
  record.body = text
  if (await interfere(state, fault, req, res)) return
  const reply = withExtraField(answer(state, match, req, body, fault), fault)
  if (fault?.kind === 'reset' && fault.processed) return void req.socket.resetAndDestroy()
  if (fault?.kind === 'stallBody') return stallBody(res, reply)
  send(res, reply)
  seen(state, match.route)
}

/**
 * A successful answer with one field more in its `data`, as a newer service might send.
 * @param {import('./reply.js').Reply} reply
 * @param {Fault | undefined} fault
 */
function withExtraField(reply, fault) {
  if (fault?.kind !== 'extraField' || reply.status >= 300) return reply
  const payload = JSON.parse(reply.body)
  const path = fault.field.split('.')
  const last = /** @type {string} */ (path.pop())
  let target = payload.data
  for (const key of path) target = target[key]
  target[last] = fault.value
  return { ...reply, body: JSON.stringify(payload) }
}

/**
 * @param {SimState} state
 * @param {FaultRoute} route
 */
function seen(state, route) {
  const count = (state.answered.get(route) ?? 0) + 1
  state.answered.set(route, count)
  state.events.emit(route, count)
}

/**
 * The headers promise the whole answer; a few bytes come, then the rest never does.
 * @param {Response} res
 * @param {import('./reply.js').Reply} reply
 */
function stallBody(res, reply) {
  res.writeHead(reply.status, {
    ...reply.headers,
    'Content-Length': String(Buffer.byteLength(reply.body))
  })
  res.write(reply.body.slice(0, Math.min(8, reply.body.length - 1)))
}

/**
 * @param {string} method
 * @param {string} pathname
 * @returns {{ route: ApiRoute, id: string } | null}
 */
function matchApiRoute(method, pathname) {
  if (method === 'POST' && pathname === `${API}/auth/token`) return { route: 'token', id: '' }
  if (method === 'GET' && pathname === `${API}/auth`) return { route: 'auth', id: '' }
  if (method === 'POST' && pathname === `${API}/editor/project`) return { route: 'create', id: '' }
  if (method === 'DELETE' && pathname === `${API}/editor/project`)
    return { route: 'delete', id: '' }
  if (method === 'POST' && pathname === `${API}/editor/project/export`) {
    return { route: 'export', id: '' }
  }
  const byId = /^\/api\/odin\/v3\/editor\/(project|progress)\/([^/]+)$/.exec(pathname)
  if (method === 'GET' && byId)
    return { route: byId[1] === 'project' ? 'project' : 'progress', id: byId[2] }
  return null
}

/**
 * @param {SimState} state
 * @param {{ route: ApiRoute, id: string }} match
 * @param {Request} req
 * @param {unknown} body
 * @param {Fault | undefined} fault
 */
function answer(state, { route, id }, req, body, fault) {
  const { open, handle } = HANDLERS[route]
  const { authorization } = req.headers
  const now = state.now()
  const denied = open ? null : authProblem(state, authorization, now)
  return denied ?? handle({ state, id, body, authorization, fault, now })
}

/** @type {{ body: undefined, text: null }} */
const NONE = { body: undefined, text: null }

/**
 * @param {Request} req
 * @returns {Promise<{ body: unknown, text: string } | Error>} the body parsed and as received, or the Error
 *   that kept it from being read
 */
async function readJson(req) {
  try {
    const text = await readBody(req, MAX_BODY_BYTES)
    return { body: text === '' ? undefined : JSON.parse(text), text }
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

/** @param {Error} error */
function bodyProblem(error) {
  if (error instanceof BodyTooLargeError) return failure(413, 'PAYLOAD_TOO_LARGE', error.message)
  return failure(400, 'INVALID_JSON', `The request body is not valid JSON: ${error.message}`)
}

/**
 * The faults any route can suffer. True when the fault took the request over.
 * @param {SimState} state
 * @param {Fault | undefined} fault
 * @param {Request} req
 * @param {Response} res
 */
async function interfere(state, fault, req, res) {
  switch (fault?.kind) {
    case 'status': {
      const page = fault.html
        ? proxyErrorPage(fault.status)
        : failure(fault.status, fault.status, `Simulated HTTP ${fault.status}`)
      send(res, page, fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter })
      return true
    }
    case 'html200':
      send(res, proxyLoginPage())
      return true
    case 'reset':
      if (fault.processed) return false
      req.socket.resetAndDestroy()
      return true
    case 'hang':
      if (fault.ms === undefined) return true
      await sleep(state, fault.ms)
      return false
    default:
      return false
  }
}

/**
 * @param {SimState} state
 * @param {number} ms
 * @returns {Promise<void>}
 */
function sleep(state, ms) {
  return new Promise(resolve => {
    const timer = setTimeout(() => {
      state.timers.delete(timer)
      resolve()
    }, ms)
    state.timers.add(timer)
  })
}

/**
 * @param {SimState} state
 * @param {'api' | 'download'} server
 * @param {Request} req
 * @param {FaultRoute | null} route
 * @returns {RequestRecord}
 */
function logRequest(state, server, req, route) {
  /** @type {RequestRecord} */
  const record = {
    server,
    method: req.method ?? 'GET',
    path: req.url ?? '/',
    authorization: req.headers.authorization ?? null,
    range: req.headers.range ?? null,
    ifRange: /** @type {string | undefined} */ (req.headers['if-range']) ?? null,
    route,
    fault: null,
    body: null,
    at: state.now()
  }
  state.requests.push(record)
  return record
}

/**
 * @param {SimState} state
 * @param {RequestRecord} record
 * @param {import('./faults.js').RequestTraits} traits
 */
function takeFault(state, record, traits) {
  if (!record.route) return undefined
  const fault = state.faults.take(record.route, traits)
  record.fault = fault?.kind ?? null
  return fault
}

/**
 * Only the raw value is accepted, as in every official sample: `Bearer <token>` is just a wrong token.
 * @param {SimState} state
 * @param {string | undefined} header
 * @param {number} now
 * @returns {'ok' | 'missing' | 'invalid' | 'expired'}
 */
function authStatus(state, header, now) {
  if (!header) return 'missing'
  if (header === state.options.apiKey) return 'ok'
  const expiresAt = state.tokens.get(header)
  if (expiresAt === undefined) return 'invalid'
  return expiresAt > now ? 'ok' : 'expired'
}

/**
 * [U] Statuses and codes: 401 with a string code; an expired token is told apart from a wrong one.
 * @param {SimState} state
 * @param {string | undefined} header
 * @param {number} now
 */
function authProblem(state, header, now) {
  switch (authStatus(state, header, now)) {
    case 'ok':
      return null
    case 'missing':
      return failure(401, 'UNAUTHORIZED', 'The Authorization header is missing')
    case 'invalid':
      return failure(401, 'UNAUTHORIZED', 'Invalid token or API key')
    case 'expired':
      return failure(401, 'TOKEN_EXPIRED', 'The token has expired')
  }
}

/** @param {Call} call */
function mintToken({ state, body, now }) {
  const { appId, userKey } = state.options
  if (!isRecord(body) || body.appId !== appId || body.userKey !== userKey) {
    return failure(401, 'INVALID_CREDENTIALS', 'appId or userKey is not valid')
  }
  const token = randomBytes(32).toString('base64url')
  state.tokens.set(token, now + state.options.tokenTtlMs)
  return success({ token })
}

/**
 * [U] A wrong token is answered 200 with `isAuthenticated: false`: this route exists to ask the question.
 * @param {Call} call
 */
function checkAuth({ state, authorization, now }) {
  return success({ isAuthenticated: authStatus(state, authorization, now) === 'ok' })
}

/** @param {Call} call */
function getProject({ state, id }) {
  const project = state.projects.get(id)
  return project ? success({ project }) : projectNotFound(id)
}

/** @param {string} id */
function projectNotFound(id) {
  return failure(404, 'PROJECT_NOT_FOUND', `Project ${id} was not found`)
}

/** @param {Call} call */
function createProject({ state, body, now }) {
  const problem = createProblem(body)
  if (problem || !isRecord(body)) return failure(400, 'INVALID_PARAMETER', problem ?? 'no body')
  const projectId = newObjectId()
  const stamp = new Date(now).toISOString()
  state.projects.set(projectId, {
    _id: projectId,
    name: typeof body.name === 'string' ? body.name : 'Default Template',
    orientation: typeof body.orientation === 'string' ? body.orientation : 'landscape',
    // A copy: the export record keeps the body as it was received.
    scenes: /** @type {SimScene[]} */ (JSON.parse(JSON.stringify(body.scenes))),
    userId: SIM_USER_ID,
    state: 'draft',
    createdAt: stamp,
    updatedAt: stamp
  })
  // [I] isExport defaults to true; false only saves the project.
  if (body.isExport !== false) beginExport(state, { route: 'create', body, projectId, at: now })
  return success({ projectId })
}

/**
 * Minimal checks, enough to catch a client that sends the wrong shape; the real service checks more.
 * @param {unknown} body
 */
function createProblem(body) {
  if (!isRecord(body)) return 'The body must be a JSON object'
  const { scenes, name, orientation, isExport } = body
  if (!Array.isArray(scenes) || scenes.length === 0) return 'scenes must be a non-empty array'
  if (!scenes.every(scene => isRecord(scene) && Array.isArray(scene.clips))) {
    return 'every scene must be an object with a clips array'
  }
  if (name !== undefined && typeof name !== 'string') return 'name must be a string'
  if (orientation !== undefined && !ORIENTATIONS.includes(String(orientation))) {
    return `orientation must be one of ${ORIENTATIONS.join(', ')}`
  }
  if (isExport !== undefined && typeof isExport !== 'boolean') return 'isExport must be a boolean'
  return exportOptionsProblem(body)
}

/** @param {Record<string, unknown>} body */
function exportOptionsProblem({ resolution, workspaceId, webhookUrl }) {
  // The docs give resolution as a string enum: a number 1080 is refused.
  if (
    resolution !== undefined &&
    !(typeof resolution === 'string' && RESOLUTIONS.includes(resolution))
  ) {
    return `resolution must be one of the strings ${RESOLUTIONS.join(', ')}`
  }
  if (workspaceId !== undefined && typeof workspaceId !== 'string')
    return 'workspaceId must be a string'
  if (webhookUrl !== undefined && typeof webhookUrl !== 'string')
    return 'webhookUrl must be a string'
  return null
}

/** @param {Call} call */
function exportProject({ state, body, now }) {
  if (!isRecord(body) || typeof body.projectId !== 'string' || body.projectId === '') {
    return failure(400, 'INVALID_PARAMETER', 'projectId is required')
  }
  const problem = exportOptionsProblem(body)
  if (problem) return failure(400, 'INVALID_PARAMETER', problem)
  const projectId = body.projectId
  if (!state.projects.has(projectId)) return projectNotFound(projectId)
  // [U] Exporting a project that is still rendering restarts its render.
  beginExport(state, { route: 'export', body, sourceProjectId: projectId, projectId, at: now })
  return success({ projectId })
}

/**
 * [U] Ids that name no project are skipped, not refused: `deletedCount` says how many went. A deleted
 * project's render goes with it, so its download URL stops working.
 * @param {Call} call
 */
function deleteProjects({ state, body, now }) {
  if (!isRecord(body) || !Array.isArray(body.ids) || body.ids.length === 0) {
    return failure(400, 'INVALID_PARAMETER', 'ids must be a non-empty array of project ids')
  }
  const deleted = body.ids.filter(id => typeof id === 'string' && state.projects.delete(id))
  for (const id of deleted) state.renders.delete(id)
  state.deletions.push({ ids: body.ids, deleted, at: now })
  return success({ deletedCount: deleted.length })
}

/**
 * @param {SimState} state
 * @param {ExportRecord} record
 */
function beginExport(state, record) {
  const renderMs = state.options.renderMsFor?.(record)
  state.renders.set(
    record.projectId,
    startRender(record.at, takeFailure(state, record.projectId), renderMs)
  )
  state.exports.push(record)
  const { inFlight } = state
  inFlight.renders.add(record.projectId)
  inFlight.max = Math.max(inFlight.max, inFlight.renders.size)
}

/**
 * @param {SimState} state
 * @param {string} projectId
 */
function takeFailure(state, projectId) {
  const index = state.pendingFailures.findIndex(
    pending => pending.projectId === undefined || pending.projectId === projectId
  )
  if (index === -1) return null
  return state.pendingFailures.splice(index, 1)[0].failure
}

/**
 * [U] How a failed render is told is undocumented: the error envelope with HTTP 200 by default (the request
 * itself succeeded), or `success:true` with `state:'failed'` when the failure was set up `asState`.
 * @param {Call} call
 */
function getProgress({ state, id, fault, now }) {
  const render = state.renders.get(id)
  if (!render || fault?.kind === 'odd') {
    if (fault?.kind === 'odd' && fault.answer === 'noData') return success(null)
    if (fault?.kind === 'odd' && fault.answer === 'unparseable')
      return success({ progress: 'about half', state: 'rendering', downloadUrl: null })
    if (fault?.kind === 'odd' && fault.answer === 'empty') return { ...success(null), body: '' }
    if (fault?.kind === 'odd' && fault.answer === 'unknownShape')
      return success([{ percent: 50, status: 'rendering' }])
    return failure(404, 'EXPORT_NOT_FOUND', `Project ${id} has not been exported`)
  }
  if (fault?.kind === 'stall') stallRender(render, now, fault.ms)
  const { state: renderState, progress } = observeRender(render, state.options, now)
  // A render stops counting once its end has been told: from then on the client holds it, not the service.
  if (render.outcome !== null) state.inFlight.renders.delete(id)
  if (renderState === 'failed' && render.failure && !render.failure.asState) {
    return failure(200, render.failure.code, render.failure.msg)
  }
  const downloadUrl =
    renderState === 'completed'
      ? `${state.downloadOrigin}/videos/${id}.mp4?sig=${render.sig}`
      : null
  const truth = { progress, state: renderState, downloadUrl }
  if (fault?.kind === 'doneState' && downloadUrl)
    return success({ ...truth, progress: 99, state: fault.state })
  return success(fault?.kind === 'backwards' ? lowered(truth, fault.by) : truth)
}

/**
 * Progress that went back. A finished render that reports less than 100 looks unfinished, URL and all.
 * @param {{ progress: number, state: RenderState, downloadUrl: string | null }} truth
 * @param {number} by
 */
function lowered(truth, by) {
  const progress = Math.max(0, Math.round((truth.progress - by) * 100) / 100)
  if (truth.state !== 'completed') return { ...truth, progress }
  return { progress, state: 'rendering', downloadUrl: null }
}

/**
 * @param {SimState} state
 * @param {string | RenderFailureInput} [idOrFailure]
 * @param {RenderFailureInput} [failureInput]
 */
function failRender(state, idOrFailure, failureInput) {
  const [projectId, input = {}] =
    typeof idOrFailure === 'object' ? [undefined, idOrFailure] : [idOrFailure, failureInput]
  /** @type {RenderFailure} */
  const failure = {
    code: input.code ?? 'RENDER_FAILED',
    msg: input.msg ?? 'Render failed (simulated)',
    asState: input.asState ?? false,
    atProgress: input.atProgress ?? 50
  }
  const running = projectId === undefined ? undefined : state.renders.get(projectId)
  const status = running && observeRender(running, state.options, state.now())
  if (running && status && (status.state === 'queued' || status.state === 'rendering')) {
    // Failing below the progress already shown would make the progress go back.
    running.failure = { ...failure, atProgress: Math.max(failure.atProgress, status.progress) }
  } else {
    state.pendingFailures.push({ projectId, failure })
  }
}

/**
 * @param {SimState} state
 * @param {Request} req
 * @param {Response} res
 */
async function handleDownload(state, req, res) {
  const url = new URL(req.url ?? '/', 'http://sim')
  const path = /^\/videos\/([^/]+)\.mp4$/.exec(url.pathname)
  const served = path !== null && (req.method === 'GET' || req.method === 'HEAD')
  const record = logRequest(state, 'download', req, served ? 'download' : null)
  if (!path || !served)
    return send(res, storeError(404, 'NoSuchKey', 'The specified key does not exist.'))
  seen(state, 'download')
  const fault = takeFault(state, record, {
    method: req.method ?? 'GET',
    range: req.headers.range !== undefined
  })
  if (await interfere(state, fault, req, res)) return
  const render = state.renders.get(path[1])
  if (fault?.kind === 'expire') {
    if (render) render.sig = newSig()
    return send(res, storeError(fault.status ?? 403, 'AccessDenied', 'Request has expired'))
  }
  // The signature is only ever shown once the render completed, so a match means the video is ready.
  if (!render || url.searchParams.get('sig') !== render.sig) {
    return send(res, storeError(403, 'AccessDenied', 'Access Denied'))
  }
  await serveVideo(req, res, state.options.videoFile, {
    ignoreRange: fault?.kind === 'ignoreRange',
    cutAfterBytes: fault?.kind === 'cut' ? fault.afterBytes : undefined
  })
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
