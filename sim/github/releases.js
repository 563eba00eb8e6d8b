// @ts-check
// A stateful stand-in for the part of GitHub's REST API that release-asset uploads use, including
// the separate uploads endpoint (reached through each release's `upload_url`, as on github.com), and
// the issue comments a pull-request comment is made of.
// Behaviour follows docs/github-protocols.md: drafts are invisible by tag, names are
// sanitised, a missing Content-Length is refused, a failed upload leaves a "starter" asset.
import { createHash } from 'node:crypto'
import { drain, faultQueue, listen, readBody, sendJson } from './http.js'

const DOCS = 'https://docs.github.com/rest'

/**
 * @typedef {object} Asset
 * @property {number} id
 * @property {string} name as stored (sanitised)
 * @property {string} label
 * @property {'starter' | 'uploaded'} state 'starter' until the whole body arrived
 * @property {number} size
 * @property {string} contentType
 * @property {Buffer} bytes
 * @property {string} createdAt
 */

/**
 * @typedef {object} Release
 * @property {number} id
 * @property {string} tag
 * @property {string} name
 * @property {boolean} draft
 * @property {boolean} prerelease
 * @property {boolean} immutable published immutable releases refuse asset changes
 * @property {string} createdAt
 * @property {Asset[]} assets
 */

/**
 * `times` defaults to 1. 'status' answers with that status; on 'upload' the asset is first created
 * in state 'starter', as GitHub's 502s leave it. 'reset' drops the connection at once. Uploads
 * only: 'cutUpload' drops it halfway through the body, leaving a 'starter' asset; 'dropAnswer'
 * stores the asset and then drops the connection, like a lost response.
 * @typedef {'getByTag' | 'list' | 'create' | 'update' | 'listAssets' | 'delete' | 'upload' | 'download'
 *   | 'user' | 'listComments' | 'createComment' | 'updateComment'} Route
 * @typedef {{ route: Route, kind: 'status' | 'reset' | 'cutUpload' | 'dropAnswer', status?: number, times?: number, msg?: string }} ReleasesFault
 * @typedef {{ method: string, route: Route | 'unknown', path: string, status: number }} ReleasesRequest
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {import('./http.js').PendingFault | undefined} Fault
 */

/**
 * GitHub's renaming of uploaded asset names, as observed (softprops/action-gh-release#159,
 * actions/upload-release-asset#57, electron/forge#1761): each run of characters other than letters,
 * digits, underscore, dot, dash, plus and at-sign becomes one dot, dots do not double up, and
 * leading or trailing dots go.
 * @param {string} name
 */
const storedAssetName = name =>
  name
    .replace(/[^\w.+@-]+/g, '.')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$/g, '')

/**
 * @typedef {object} Comment
 * @property {number} id
 * @property {number} issue the issue or pull request number
 * @property {string} body
 * @property {{ login: string, type: 'User' | 'Bot' }} user
 * @property {string} createdAt
 * @property {string} updatedAt
 * @property {string} [editedBy] the login of the last token that edited it, when not its author
 */

/** GitHub refuses a comment body longer than this, in characters. */
export const MAX_COMMENT_CHARS = 65_536

/** Who `GITHUB_TOKEN` is: an app installation, which GET /user refuses. */
const ACTIONS_BOT = /** @type {const} */ ({ login: 'github-actions[bot]', type: 'Bot' })

/**
 * @param {Res} res
 * @param {number} status
 * @param {string} message
 * @param {object[]} [errors]
 */
const sendError = (res, status, message, errors) =>
  sendJson(res, status, { message, documentation_url: DOCS, status: String(status), errors })

/** @param {string} resource @param {string} code @param {string} field */
const validationFailed = (resource, code, field) => [{ resource, code, field }]

/**
 * @param {{ token?: string, repo?: string, permissions?: 'write' | 'read' | 'none',
 *   comments?: 'write' | 'read', user?: { login: string, type: 'User' | 'Bot' } }} [options]
 * 'read' answers writes with 403 like a GITHUB_TOKEN without `contents: write`; 'none' hides the
 * repository (404) like a token from another installation. `comments: 'read'` refuses to create or
 * edit comments (403), like the read-only token of a pull request from a fork or a job without
 * `pull-requests: write`. `user` makes the token a person's (GET /user answers it); by default it is
 * GITHUB_TOKEN, whose comments are by github-actions[bot] and which GET /user refuses.
 */
export async function startReleasesApi({
  token = 'ghs_test',
  repo = 'o/r',
  permissions = 'write',
  comments: commentPermission = 'write',
  user
} = {}) {
  /** @type {Release[]} */
  const releases = []
  /** @type {Comment[]} */
  const comments = []
  const author = user ?? ACTIONS_BOT
  /** @type {ReleasesRequest[]} */
  const requests = []
  const faults = faultQueue()
  let nextId = 1

  /** @param {string | number} id */
  const releaseById = id => releases.find(r => r.id === Number(id))

  /** @param {Release} r @param {Asset} a */
  const assetJson = (r, a) => ({
    id: a.id,
    name: a.name,
    label: a.label,
    state: a.state,
    size: a.size,
    content_type: a.contentType,
    digest:
      a.state === 'uploaded'
        ? `sha256:${createHash('sha256').update(a.bytes).digest('hex')}`
        : null,
    created_at: a.createdAt,
    url: `${origin}/repos/${repo}/releases/assets/${a.id}`,
    browser_download_url: `${origin}/${repo}/releases/download/${encodeURIComponent(r.tag)}/${encodeURIComponent(a.name)}`
  })

  /** @param {Comment} c */
  const commentJson = c => ({
    id: c.id,
    body: c.body,
    user: { login: c.user.login, type: c.user.type },
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    url: `${origin}/repos/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${repo}/pull/${c.issue}#issuecomment-${c.id}`
  })

  /**
   * GitHub's 422 for a comment body it refuses: missing, or longer than it takes. Ruby counts characters
   * (code points), not UTF-16 units.
   * @param {Res} res
   * @param {string | undefined} body
   * @returns {boolean} whether it refused
   */
  const refusedBody = (res, body) => {
    if (body === undefined)
      sendError(
        res,
        422,
        'Validation Failed',
        validationFailed('IssueComment', 'missing_field', 'body')
      )
    else if ([...body].length > MAX_COMMENT_CHARS)
      sendError(res, 422, 'Validation Failed', [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${MAX_COMMENT_CHARS} characters)`
        }
      ])
    else return false
    return true
  }

  /** @param {Req} req @returns {Promise<string | undefined>} the `body` field, if the JSON has one */
  const commentBody = async req => {
    try {
      const parsed = JSON.parse((await readBody(req)).toString('utf8') || '{}')
      return typeof parsed.body === 'string' ? parsed.body : undefined
    } catch {
      return undefined
    }
  }

  /** @param {Release} r */
  const releaseJson = r => ({
    id: r.id,
    tag_name: r.tag,
    name: r.name,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: r.immutable,
    created_at: r.createdAt,
    published_at: r.draft ? null : r.createdAt,
    url: `${origin}/repos/${repo}/releases/${r.id}`,
    html_url: `${origin}/${repo}/releases/tag/${encodeURIComponent(r.tag)}`,
    assets_url: `${origin}/repos/${repo}/releases/${r.id}/assets`,
    upload_url: `${origin}/uploads/repos/${repo}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map(a => assetJson(r, a))
  })

  /**
   * One page of `items`, with the Link header Octokit's paginate() follows.
   * @template T
   * @param {T[]} items
   * @param {URL} url
   * @param {Res} res
   */
  function page(items, url, res) {
    const perPage = Math.min(Number(url.searchParams.get('per_page')) || 30, 100)
    const current = Math.max(Number(url.searchParams.get('page')) || 1, 1)
    const last = Math.max(Math.ceil(items.length / perPage), 1)
    /** @param {number} n @param {string} rel */
    const link = (n, rel) => {
      const target = new URL(url)
      target.searchParams.set('per_page', String(perPage))
      target.searchParams.set('page', String(n))
      return `<${target}>; rel="${rel}"`
    }
    const links = [
      ...(current > 1 ? [link(current - 1, 'prev'), link(1, 'first')] : []),
      ...(current < last ? [link(current + 1, 'next'), link(last, 'last')] : [])
    ]
    if (links.length > 0) res.setHeader('link', links.join(', '))
    return items.slice((current - 1) * perPage, current * perPage)
  }

  /** @type {Record<Route, (req: Req, res: Res, params: string[], url: URL, fault: Fault) => Promise<void>>} */
  const handlers = {
    async getByTag(req, res, [tag]) {
      await drain(req)
      const release = releases.find(r => !r.draft && r.tag === tag)
      if (!release) return sendError(res, 404, 'Not Found')
      sendJson(res, 200, releaseJson(release))
    },

    async list(req, res, _params, url) {
      await drain(req)
      const newestFirst = [...releases].sort((a, b) => b.id - a.id)
      sendJson(res, 200, page(newestFirst, url, res).map(releaseJson))
    },

    async create(req, res) {
      /** @type {{ tag_name?: string, name?: string, draft?: boolean, prerelease?: boolean }} */
      let body
      try {
        body = JSON.parse((await readBody(req)).toString('utf8') || '{}')
      } catch {
        return sendError(res, 400, 'Problems parsing JSON')
      }
      if (!body.tag_name) {
        return sendError(
          res,
          422,
          'Validation Failed',
          validationFailed('Release', 'missing_field', 'tag_name')
        )
      }
      if (!body.draft && releases.some(r => !r.draft && r.tag === body.tag_name)) {
        return sendError(
          res,
          422,
          'Validation Failed',
          validationFailed('Release', 'already_exists', 'tag_name')
        )
      }
      const release = addRelease({
        tag: body.tag_name,
        name: body.name,
        draft: body.draft === true,
        prerelease: body.prerelease === true
      })
      sendJson(res, 201, releaseJson(release))
    },

    // Update a release: only the fields sent change, so a PATCH with the current tag changes nothing.
    async update(req, res, [id]) {
      /** @type {{ tag_name?: string, name?: string, draft?: boolean, prerelease?: boolean }} */
      let body
      try {
        body = JSON.parse((await readBody(req)).toString('utf8') || '{}')
      } catch {
        return sendError(res, 400, 'Problems parsing JSON')
      }
      const release = releaseById(id)
      if (!release) return sendError(res, 404, 'Not Found')
      if (body.tag_name !== undefined) release.tag = body.tag_name
      if (body.name !== undefined) release.name = body.name
      if (body.draft !== undefined) release.draft = body.draft
      if (body.prerelease !== undefined) release.prerelease = body.prerelease
      sendJson(res, 200, releaseJson(release))
    },

    async listAssets(req, res, [id], url) {
      await drain(req)
      const release = releaseById(id)
      if (!release) return sendError(res, 404, 'Not Found')
      sendJson(
        res,
        200,
        page(release.assets, url, res).map(a => assetJson(release, a))
      )
    },

    async delete(req, res, [id]) {
      await drain(req)
      const release = releases.find(r => r.assets.some(a => a.id === Number(id)))
      if (!release) return sendError(res, 404, 'Not Found')
      if (release.immutable && !release.draft) {
        return sendError(res, 422, 'Cannot delete assets from an immutable release.')
      }
      release.assets = release.assets.filter(a => a.id !== Number(id))
      res.writeHead(204).end()
    },

    async upload(req, res, [id], url, fault) {
      const release = releaseById(id)
      const name = storedAssetName(url.searchParams.get('name') ?? '')
      if (!release) {
        await drain(req)
        return sendError(res, 404, 'Not Found')
      }
      const refusal = uploadRefusal(req, release, name)
      if (refusal) {
        await drain(req)
        return sendError(res, ...refusal)
      }
      /** @type {Asset} */
      const asset = {
        id: nextId++,
        name,
        label: url.searchParams.get('label') ?? '',
        state: 'starter',
        size: 0,
        contentType: String(req.headers['content-type'] ?? 'application/octet-stream'),
        bytes: Buffer.alloc(0),
        createdAt: new Date().toISOString()
      }
      release.assets.push(asset)
      if (fault?.kind === 'cutUpload') return cutHalfway(req)
      if (fault?.kind === 'status') {
        await drain(req)
        return sendError(res, fault.status ?? 502, fault.msg ?? 'Bad Gateway')
      }
      let bytes
      try {
        bytes = await readBody(req)
      } catch {
        return // the client went away: the asset stays a 'starter', as on GitHub
      }
      Object.assign(asset, { bytes, size: bytes.length, state: 'uploaded' })
      if (fault?.kind === 'dropAnswer') return void req.socket.destroy()
      sendJson(res, 201, assetJson(release, asset))
    },

    async user(req, res) {
      await drain(req)
      if (!user) return sendError(res, 403, 'Resource not accessible by integration')
      sendJson(res, 200, { login: user.login, type: user.type })
    },

    async listComments(req, res, [issue], url) {
      await drain(req)
      const onIssue = comments.filter(c => c.issue === Number(issue))
      sendJson(res, 200, page(onIssue, url, res).map(commentJson))
    },

    async createComment(req, res, [issue]) {
      const body = await commentBody(req)
      if (refusedBody(res, body) || body === undefined) return
      sendJson(res, 201, commentJson(addComment({ issue: Number(issue), body, user: author })))
    },

    async updateComment(req, res, [id]) {
      const body = await commentBody(req)
      const comment = comments.find(c => c.id === Number(id))
      if (!comment) return sendError(res, 404, 'Not Found')
      if (refusedBody(res, body) || body === undefined) return
      // A token that may write to the pull request may edit anyone's comment on it, as on GitHub: only
      // the caller's care keeps another author's comment as it was. The edit is recorded.
      Object.assign(comment, {
        body,
        updatedAt: new Date().toISOString(),
        ...(comment.user.login === author.login ? {} : { editedBy: author.login })
      })
      sendJson(res, 200, commentJson(comment))
    },

    async download(req, res, [tag, name]) {
      await drain(req)
      const asset = releases
        .find(r => r.tag === tag)
        ?.assets.find(a => a.name === name && a.state === 'uploaded')
      if (!asset) return sendError(res, 404, 'Not Found')
      res.writeHead(200, { 'content-type': asset.contentType, 'content-length': asset.size })
      res.end(asset.bytes)
    }
  }

  /** @type {Array<[string, RegExp, Route]>} */
  const routes = [
    ['GET', /^\/repos\/([^/]+\/[^/]+)\/releases\/tags\/(.+)$/, 'getByTag'],
    ['GET', /^\/repos\/([^/]+\/[^/]+)\/releases$/, 'list'],
    ['POST', /^\/repos\/([^/]+\/[^/]+)\/releases$/, 'create'],
    ['PATCH', /^\/repos\/([^/]+\/[^/]+)\/releases\/(\d+)$/, 'update'],
    ['GET', /^\/repos\/([^/]+\/[^/]+)\/releases\/(\d+)\/assets$/, 'listAssets'],
    ['DELETE', /^\/repos\/([^/]+\/[^/]+)\/releases\/assets\/(\d+)$/, 'delete'],
    ['POST', /^\/uploads\/repos\/([^/]+\/[^/]+)\/releases\/(\d+)\/assets$/, 'upload'],
    ['GET', /^\/([^/]+\/[^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/, 'download'],
    // The empty group stands for the repository: /user names none.
    ['GET', /^\/user()$/, 'user'],
    ['GET', /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/, 'listComments'],
    ['POST', /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/, 'createComment'],
    ['PATCH', /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/, 'updateComment']
  ]

  /**
   * Why the caller may not use `route`, as GitHub would say it, or undefined if it may.
   * @param {Req} req
   * @param {Route} route
   * @param {string} repoPath
   * @returns {[number, string] | undefined}
   */
  function denial(req, route, repoPath) {
    const credentials = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1]
    if (route !== 'download' && credentials === undefined) return [401, 'Requires authentication']
    if (route !== 'download' && credentials !== token) return [401, 'Bad credentials']
    if (route === 'user') return undefined
    if (repoPath.toLowerCase() !== repo.toLowerCase() || permissions === 'none') {
      return [404, 'Not Found']
    }
    const onComments = route === 'createComment' || route === 'updateComment'
    if (
      onComments ? commentPermission === 'read' : req.method !== 'GET' && permissions === 'read'
    ) {
      return [403, 'Resource not accessible by integration']
    }
    return undefined
  }

  const server = await listen(
    async (req, res) => {
      const url = new URL(req.url ?? '/', origin)
      const matched = routes
        .map(([method, pattern, route]) => ({
          route,
          match: method === req.method && pattern.exec(url.pathname)
        }))
        .find(candidate => candidate.match)
      /** @type {ReleasesRequest} */
      const entry = {
        method: req.method ?? '',
        route: matched?.route ?? 'unknown',
        path: url.pathname,
        status: 0
      }
      requests.push(entry)
      res.once('finish', () => (entry.status = res.statusCode))
      if (!matched || !matched.match) {
        await drain(req)
        return sendError(res, 404, 'Not Found')
      }
      const [repoPath, ...params] = matched.match.slice(1).map(decodeURIComponent)
      const fault = faults.take(matched.route)
      if (fault?.kind === 'reset') return void req.socket.destroy()
      if (fault && matched.route !== 'upload') {
        await drain(req)
        return sendError(res, fault.status ?? 503, fault.msg ?? 'Service Unavailable')
      }
      const denied = denial(req, matched.route, repoPath)
      if (denied) {
        await drain(req)
        return sendError(res, ...denied)
      }
      return handlers[matched.route](req, res, params, url, fault)
    },
    (res, message) => sendError(res, 500, message)
  )
  const origin = server.origin

  /**
   * Creates a release directly in the state, as if someone had made it on github.com.
   * @param {{ tag: string, name?: string, draft?: boolean, prerelease?: boolean, immutable?: boolean }} r
   * @returns {Release}
   */
  function addRelease({ tag, name = tag, draft = false, prerelease = false, immutable = false }) {
    /** @type {Release} */
    const release = {
      id: nextId++,
      tag,
      name,
      draft,
      prerelease,
      immutable,
      createdAt: new Date().toISOString(),
      assets: []
    }
    releases.push(release)
    return release
  }

  /**
   * A comment, as if someone had written it on github.com (or the action, when `user` is its author).
   * @param {{ issue: number, body: string, user: { login: string, type: 'User' | 'Bot' } }} c
   * @returns {Comment}
   */
  function addComment({ issue, body, user: by }) {
    const now = new Date().toISOString()
    /** @type {Comment} */
    const comment = { id: nextId++, issue, body, user: { ...by }, createdAt: now, updatedAt: now }
    comments.push(comment)
    return comment
  }

  return {
    /** GITHUB_API_URL */
    url: origin,
    token,
    repo,
    state: { releases, comments },
    addRelease,
    addComment,
    requests,
    /** @param {ReleasesFault} fault */
    inject(fault) {
      faults.add(fault.route, fault)
    },
    close: server.close
  }
}

/**
 * Why GitHub would refuse this upload before storing anything, or undefined.
 * @param {Req} req
 * @param {Release} release
 * @param {string} name the sanitised name
 * @returns {[number, string, object[]?] | undefined}
 */
function uploadRefusal(req, release, name) {
  if (!Number.isSafeInteger(Number(req.headers['content-length'] ?? NaN))) {
    return [400, 'Bad Content-Length: ']
  }
  if (release.immutable && !release.draft) {
    return [422, 'Cannot upload assets to an immutable release.']
  }
  if (!name)
    return [422, 'Validation Failed', validationFailed('ReleaseAsset', 'missing_field', 'name')]
  if (release.assets.some(a => a.name === name)) {
    return [422, 'Validation Failed', validationFailed('ReleaseAsset', 'already_exists', 'name')]
  }
  return undefined
}

/**
 * Reads about half of an upload body and then drops the connection, like a network failure.
 * @param {Req} req
 */
async function cutHalfway(req) {
  const half = Number(req.headers['content-length']) / 2
  let received = 0
  for await (const chunk of req) {
    received += chunk.length
    if (received >= half) break
  }
  req.socket.destroy()
}
