// @ts-check
// A stand-in for GitHub's Actions results service (the "artifact v4" backend @actions/artifact
// talks to): Twirp JSON RPCs plus a blob store behind signed URLs. Wire details, and the ways the
// real service answers, are in docs/github-protocols.md.
import { EventEmitter } from 'node:events'
import { createHash, randomUUID } from 'node:crypto'
import { azuriteBlobs } from './blob-azurite.js'
import { memoryBlobs } from './blob-memory.js'
import { sendBlobError, signedDownloadUrl, signedUploadUrl } from './blob.js'
import { drain, faultQueue, listen, readBody, sendJson } from './http.js'
import { DEV_ACCOUNT } from './sas.js'

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/'
const CACHE_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/'

/** @type {Record<number, string>} */
const TWIRP_CODES = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  500: 'internal',
  502: 'unavailable',
  503: 'unavailable',
  504: 'deadline_exceeded'
}

/**
 * One artifact as the service records it.
 * @typedef {object} Artifact
 * @property {number} id
 * @property {string} name
 * @property {string} runBackendId
 * @property {string} jobBackendId
 * @property {string} blob name of its blob in the container
 * @property {string} [mimeType] as CreateArtifact declared it
 * @property {string} [expiresAt] as CreateArtifact declared it
 * @property {Date} createdAt
 * @property {boolean} finalized
 * @property {number} size as FinalizeArtifact reported it
 * @property {string} [hash] as FinalizeArtifact reported it, `sha256:<hex>`
 * @property {string} [contentType] of the committed blob
 */

/**
 * One cache entry. Entries are immutable: a key and version can be created once.
 * @typedef {object} CacheEntry
 * @property {number} id
 * @property {string} key
 * @property {string} version
 * @property {string} blob
 * @property {Date} createdAt
 * @property {boolean} finalized
 * @property {number} size
 * @property {boolean} [twin] reserved by a make-believe other job (the `twin` fault)
 */

/**
 * `rpc` is an RPC name or 'blob'; `times` defaults to 1. 'status' answers with that status (a
 * Twirp JSON error, or a storage XML error for 'blob'); 'reset' drops the connection unanswered;
 * 'dropAnswer' (RPCs only) does the work and then drops the connection, like a lost response; 'hang'
 * reads the request and never answers (a stalled blob PUT), until the server closes; 'html' answers with a web
 * page (a proxy's or a login page), status 200 unless given; 'twin' (CreateCacheEntry only) is another job
 * reserving the same entry just before this one: its entry stays pending, and this one gets the conflict.
 * @typedef {{ rpc: string, kind: 'status' | 'reset' | 'dropAnswer' | 'hang' | 'html' | 'twin', status?: number, times?: number, msg?: string }} ResultsFault
 */

/** @typedef {{ target: string, op?: string, status: number }} ResultsRequest */

/**
 * A JWT the way the runner mints it. The client never checks the signature; it only reads the
 * `Actions.Results:<run>:<job>` scope.
 * @param {string} run
 * @param {string} job
 */
export function runtimeToken(run, job) {
  /** @param {object} o */
  const b64url = o => Buffer.from(JSON.stringify(o)).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  const claims = { scp: `Actions.Results:${run}:${job}`, iat: now, nbf: now, exp: now + 6 * 3600 }
  return `${b64url({ typ: 'JWT', alg: 'HS256' })}.${b64url(claims)}.c2ln`
}

class TwirpError extends Error {
  /**
   * @param {number} status
   * @param {string} msg
   */
  constructor(status, msg) {
    super(msg)
    this.status = status
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} msg
 */
const sendTwirpError = (res, status, msg) =>
  sendJson(res, status, { code: TWIRP_CODES[status] ?? 'unknown', msg })

/**
 * Twirp's answer to a method or path it does not serve.
 * @param {import('node:http').ServerResponse} res
 * @param {string} msg
 */
const sendBadRoute = (res, msg) => sendJson(res, 404, { code: 'bad_route', msg })

/** @param {unknown} v int64 fields arrive as strings, and zero values are left out */
const int64 = v => Number(v ?? 0)

/**
 * @param {{ blob?: 'azurite' | 'memory' }} [options]
 */
export async function startResultsService({ blob = 'azurite' } = {}) {
  const runBackendId = randomUUID()
  const jobBackendId = randomUUID()
  const token = runtimeToken(runBackendId, jobBackendId)
  /** @type {Artifact[]} */
  const artifacts = []
  /** @type {ResultsRequest[]} */
  const requests = []
  const faults = faultQueue()
  const events = new EventEmitter()
  let nextId = 1
  /** @type {CacheEntry[]} */
  const cacheEntries = []

  /** @param {string} name */
  const finalizedNamed = name => artifacts.find(a => a.finalized && a.name === name)

  /**
   * @param {Record<string, unknown>} body
   * @returns {Artifact}
   */
  function finalizedFrom(body) {
    const found = finalizedNamed(String(body.name ?? ''))
    if (!found) throw new TwirpError(404, `artifact ${body.name} not found`)
    return found
  }

  /** @type {Record<string, (body: Record<string, unknown>) => Promise<object>>} */
  const rpcs = {
    async CreateArtifact(body) {
      const name = String(body.name ?? '')
      if (!name) throw new TwirpError(400, 'name is required')
      if (int64(body.version) < 4) throw new TwirpError(400, 'unsupported artifact version')
      if (finalizedNamed(name)) {
        throw new TwirpError(409, 'an artifact with this name already exists on the workflow run')
      }
      const abandoned = artifacts.findIndex(a => !a.finalized && a.name === name)
      if (abandoned >= 0) await store.remove(artifacts.splice(abandoned, 1)[0].blob)
      const key = `${runBackendId}/workflow-job-run-${body.workflow_job_run_backend_id}/artifacts/${randomUUID()}`
      artifacts.push({
        id: nextId++,
        name,
        runBackendId,
        jobBackendId: String(body.workflow_job_run_backend_id),
        blob: key,
        mimeType: typeof body.mime_type === 'string' ? body.mime_type : undefined,
        expiresAt: typeof body.expires_at === 'string' ? body.expires_at : undefined,
        createdAt: new Date(),
        finalized: false,
        size: 0
      })
      return { ok: true, signed_upload_url: signedUploadUrl(origin, key) }
    },

    async FinalizeArtifact(body) {
      const pending = artifacts.find(a => !a.finalized && a.name === body.name)
      if (!pending) throw new TwirpError(404, `no upload of ${body.name} in progress`)
      const stored = await store.read(pending.blob)
      if (!stored) throw new TwirpError(412, `nothing was uploaded for ${body.name}`)
      const digest = `sha256:${createHash('sha256').update(stored.bytes).digest('hex')}`
      // Stricter than the real service, on purpose: a client bug that corrupts or reorders blocks
      // fails the test at once instead of surfacing as a bad download later.
      if (body.hash !== undefined && body.hash !== digest) {
        throw new TwirpError(400, `hash ${body.hash} does not match the uploaded blob (${digest})`)
      }
      if (int64(body.size) !== stored.bytes.length) {
        throw new TwirpError(
          400,
          `size ${int64(body.size)} but ${stored.bytes.length} bytes stored`
        )
      }
      Object.assign(pending, {
        finalized: true,
        size: stored.bytes.length,
        hash: body.hash,
        contentType: stored.contentType
      })
      return { ok: true, artifact_id: String(pending.id) }
    },

    async ListArtifacts(body) {
      const listed = artifacts.filter(
        a =>
          a.finalized &&
          (body.name_filter === undefined || a.name === body.name_filter) &&
          (body.id_filter === undefined || a.id === int64(body.id_filter))
      )
      return {
        artifacts: listed.map(a => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt.toISOString(),
          digest: a.hash
        }))
      }
    },

    async GetSignedArtifactURL(body) {
      const artifact = finalizedFrom(body)
      return { signed_url: signedDownloadUrl(origin, artifact.blob, artifact.name) }
    },

    async DeleteArtifact(body) {
      const artifact = finalizedFrom(body)
      artifacts.splice(artifacts.indexOf(artifact), 1)
      await store.remove(artifact.blob)
      return { ok: true, artifact_id: String(artifact.id) }
    }
  }

  /**
   * The entry a restore gets, the way the service picks it: the primary key exactly, else each restore key in
   * order, exactly and then as a prefix, the newest entry first; always of the same version.
   * @param {string} key
   * @param {string[]} restoreKeys
   * @param {string} version
   */
  function matchCache(key, restoreKeys, version) {
    const usable = cacheEntries
      .filter(e => e.finalized && e.version === version)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)
    const exact = usable.find(e => e.key === key)
    if (exact) return exact
    for (const prefix of restoreKeys) {
      const found = usable.find(e => e.key === prefix) ?? usable.find(e => e.key.startsWith(prefix))
      if (found) return found
    }
    return undefined
  }

  /**
   * @param {string} key
   * @param {string} version
   * @returns {CacheEntry}
   */
  const pendingEntry = (key, version) => ({
    id: nextId++,
    key,
    version,
    blob: `caches/${randomUUID()}`,
    createdAt: new Date(),
    finalized: false,
    size: 0
  })

  /** @type {Record<string, (body: Record<string, unknown>) => Promise<object>>} */
  const cacheRpcs = {
    async CreateCacheEntry(body) {
      const key = String(body.key ?? '')
      const version = String(body.version ?? '')
      if (!key || !version) throw new TwirpError(400, 'key and version are required')
      if (cacheEntries.some(e => e.key === key && e.version === version)) {
        throw new TwirpError(409, `cache entry ${key} already exists`)
      }
      const entry = pendingEntry(key, version)
      cacheEntries.push(entry)
      return { ok: true, signed_upload_url: signedUploadUrl(origin, entry.blob) }
    },

    async FinalizeCacheEntryUpload(body) {
      const pending = cacheEntries.find(
        e => !e.finalized && e.key === body.key && e.version === body.version
      )
      if (!pending) throw new TwirpError(404, `no upload of cache entry ${body.key} in progress`)
      const stored = await store.read(pending.blob)
      if (!stored) throw new TwirpError(412, `nothing was uploaded for ${body.key}`)
      if (int64(body.size_bytes) !== stored.bytes.length) {
        throw new TwirpError(
          400,
          `size ${int64(body.size_bytes)} but ${stored.bytes.length} bytes stored`
        )
      }
      Object.assign(pending, { finalized: true, size: stored.bytes.length })
      return { ok: true, entry_id: String(pending.id) }
    },

    async GetCacheEntryDownloadURL(body) {
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : []
      const found = matchCache(String(body.key ?? ''), restoreKeys, String(body.version ?? ''))
      // The real service answers a miss with ok: false rather than an error.
      if (!found) return { ok: false, signed_download_url: '', matched_key: '' }
      return {
        ok: true,
        signed_download_url: signedDownloadUrl(origin, found.blob, 'cache.tzst'),
        matched_key: found.key
      }
    }
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} rpc
   * @param {boolean} dropAnswer
   * @param {boolean} isCache
   */
  async function twirp(req, res, rpc, dropAnswer, isCache) {
    const table = isCache ? cacheRpcs : rpcs
    const handler = Object.hasOwn(table, rpc) && req.method === 'POST' ? table[rpc] : undefined
    if (!handler) {
      await drain(req)
      return sendBadRoute(res, `no handler for ${req.method} ${rpc}`)
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      await drain(req)
      return sendTwirpError(res, 401, 'invalid runtime token')
    }
    /** @type {Record<string, unknown>} */
    let body
    try {
      body = JSON.parse((await readBody(req)).toString('utf8') || '{}')
    } catch {
      return sendJson(res, 400, { code: 'malformed', msg: 'request body is not JSON' })
    }
    if (!isCache && !body.workflow_job_run_backend_id) {
      return sendTwirpError(res, 400, 'workflow_job_run_backend_id is required')
    }
    if (!isCache && body.workflow_run_backend_id !== runBackendId) {
      return sendTwirpError(res, 403, 'the token is not for this workflow run')
    }
    try {
      const answer = await handler(body)
      if (dropAnswer) return void req.socket.destroy()
      sendJson(res, 200, answer)
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error
      sendTwirpError(res, error.status, error.message)
    }
  }

  const server = await listen(
    async (req, res) => {
      const url = new URL(req.url ?? '/', origin)
      const isBlob = url.pathname.startsWith(`/${DEV_ACCOUNT}/`)
      const isCache = url.pathname.startsWith(CACHE_PREFIX)
      const target = isBlob
        ? 'blob'
        : url.pathname.replace(isCache ? CACHE_PREFIX : TWIRP_PREFIX, '')
      /** @type {ResultsRequest} */
      const entry = { target, status: 0 }
      if (isBlob) entry.op = url.searchParams.get('comp') ?? req.method
      requests.push(entry)
      events.emit('request', entry)
      res.once('finish', () => (entry.status = res.statusCode))

      const fault = faults.take(target)
      if (fault?.kind === 'reset') return void req.socket.destroy()
      if (fault?.kind === 'hang') return void req.resume()
      if (fault?.kind === 'html') {
        await drain(req)
        const page =
          '<!DOCTYPE html><html><head><title>Sign in</title></head><body>Unicorn!</body></html>'
        res.writeHead(fault.status ?? 200, { 'content-type': 'text/html; charset=utf-8' })
        return void res.end(page)
      }
      if (fault?.kind === 'twin') {
        const body = JSON.parse((await readBody(req)).toString('utf8') || '{}')
        const twin = { ...pendingEntry(String(body.key), String(body.version)), twin: true }
        cacheEntries.push(twin)
        return sendTwirpError(res, 409, `cache entry ${twin.key} already exists`)
      }
      if (fault && fault.kind !== 'dropAnswer') {
        await drain(req)
        const status = fault.status ?? 503
        if (isBlob) return sendBlobError(res, status, 'ServerBusy', fault.msg ?? 'injected fault')
        return sendTwirpError(res, status, fault.msg ?? 'injected fault')
      }
      if (isBlob) return store.handle(req, res, url)
      if (!isCache && !url.pathname.startsWith(TWIRP_PREFIX)) {
        await drain(req)
        return sendBadRoute(res, `no route ${url.pathname}`)
      }
      return twirp(req, res, target, fault?.kind === 'dropAnswer', isCache)
    },
    (res, message) => sendTwirpError(res, 500, message)
  )
  const origin = server.origin
  const store = blob === 'azurite' ? await azuriteBlobs() : memoryBlobs()

  return {
    /** ACTIONS_RESULTS_URL */
    url: `${origin}/`,
    /** ACTIONS_RUNTIME_TOKEN */
    runtimeToken: token,
    runBackendId,
    jobBackendId,
    blob,
    /** Every artifact, finalized or still uploading; deleted ones are gone. */
    artifacts,
    /** Every cache entry, finalized or still uploading. */
    cacheEntries,
    /** What reached the server, in order, with the status it got. */
    requests,
    /**
     * The committed bytes of the newest finalized artifact called `name`.
     * @param {string} name
     */
    async readArtifactBytes(name) {
      const artifact = finalizedNamed(name)
      const stored = artifact && (await store.read(artifact.blob))
      if (!stored) throw new Error(`no artifact ${name}`)
      return stored.bytes
    },
    /**
     * Calls `listener` as each request arrives (before any fault): tests act on what the service saw.
     * @param {'request'} event
     * @param {(request: ResultsRequest) => void} listener
     */
    on(event, listener) {
      events.on(event, listener)
    },
    /**
     * Makes the finalized entry `key` restore as a corrupt archive from now on: its blob is replaced by bytes
     * that are no archive, written through the blob protocol as an upload would.
     * @param {string} key
     */
    async corruptCacheEntry(key) {
      const entry = cacheEntries.find(e => e.finalized && e.key === key)
      if (!entry) throw new Error(`no cache entry ${key}`)
      const garbage = Buffer.from('this is not a zstd or gzip tar archive, whatever its name says')
      const blob = `caches/${randomUUID()}`
      const answer = await fetch(signedUploadUrl(origin, blob), {
        method: 'PUT',
        headers: { 'x-ms-blob-type': 'BlockBlob', 'content-length': String(garbage.length) },
        body: garbage
      })
      if (!answer.ok) throw new Error(`could not write the corrupt blob: ${answer.status}`)
      await store.remove(entry.blob)
      Object.assign(entry, { blob, size: garbage.length })
    },
    /** @param {ResultsFault} fault */
    inject(fault) {
      faults.add(fault.rpc, fault)
    },
    /**
     * Drops the faults still pending for `rpc` (one injected for every call).
     * @param {string} rpc
     */
    clearFaults(rpc) {
      faults.clear(rpc)
    },
    async close() {
      await server.close()
      await store.close()
    }
  }
}
