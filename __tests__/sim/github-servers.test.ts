// The fake GitHub servers' own behaviour, over raw HTTP: the protocol details the real clients
// depend on (notes/github-protocols.md), checked without the clients in between.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { runnerEnv } from '../../sim/github/env.js'
import { startReleasesApi } from '../../sim/github/releases.js'
import { startResultsService } from '../../sim/github/results.js'

type Results = Awaited<ReturnType<typeof startResultsService>>

async function rpc(results: Results, method: string, body: object, token = results.runtimeToken) {
  const response = await fetch(
    new URL(`twirp/github.actions.results.api.v1.ArtifactService/${method}`, results.url),
    {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        workflow_run_backend_id: results.runBackendId,
        workflow_job_run_backend_id: results.jobBackendId,
        ...body
      })
    }
  )
  return { status: response.status, body: await response.json() }
}

const blockId = (label: string) => encodeURIComponent(Buffer.from(label).toString('base64'))
const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`

/** Stages "world" before "hello " and commits them in the right order, as parallel staging can. */
async function uploadOutOfOrder(signedUrl: string): Promise<number[]> {
  const put = (query: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${signedUrl}&${query}`, {
      method: 'PUT',
      body,
      headers: { 'x-ms-version': '2021-12-02', ...headers }
    })
  const statuses = [
    (await put(`comp=block&blockid=${blockId('B')}`, 'world')).status,
    (await put(`comp=block&blockid=${blockId('A')}`, 'hello ')).status
  ]
  const list = `<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>${Buffer.from('A').toString('base64')}</Latest><Latest>${Buffer.from('B').toString('base64')}</Latest></BlockList>`
  statuses.push(
    (await put('comp=blocklist', list, { 'x-ms-blob-content-type': 'video/mp4' })).status
  )
  return statuses
}

describe.each(['memory', 'azurite'] as const)('results service with %s blobs', blob => {
  let results: Results

  beforeAll(async () => {
    results = await startResultsService({ blob })
  })

  afterAll(() => results.close())

  it('answers every Twirp error as JSON {code, msg}', async () => {
    expect(await rpc(results, 'NoSuchMethod', {})).toEqual({
      status: 404,
      body: { code: 'bad_route', msg: 'no handler for POST NoSuchMethod' }
    })
    expect((await rpc(results, 'ListArtifacts', {}, 'not-the-token')).body).toMatchObject({
      code: 'unauthenticated'
    })
  })

  it('assembles blocks in block-list order, checks the hash, and refuses a duplicate name', async () => {
    const created = await rpc(results, 'CreateArtifact', {
      name: 'a.mp4',
      version: 7,
      mime_type: 'video/mp4'
    })
    expect(await uploadOutOfOrder(created.body.signed_upload_url)).toEqual([201, 201, 201])

    const finalized = await rpc(results, 'FinalizeArtifact', {
      name: 'a.mp4',
      size: '11',
      hash: sha256('hello world')
    })

    expect(finalized.body).toEqual({ ok: true, artifact_id: expect.stringMatching(/^\d+$/) })
    expect((await results.readArtifactBytes('a.mp4')).toString()).toBe('hello world')
    expect(await rpc(results, 'CreateArtifact', { name: 'a.mp4', version: 7 })).toEqual({
      status: 409,
      body: {
        code: 'already_exists',
        msg: 'an artifact with this name already exists on the workflow run'
      }
    })
    const listed = await rpc(results, 'ListArtifacts', { name_filter: 'a.mp4' })
    expect(listed.body.artifacts).toEqual([
      expect.objectContaining({ name: 'a.mp4', size: '11', digest: sha256('hello world') })
    ])
  })

  it('refuses a Finalize whose hash does not match the blob', async () => {
    const created = await rpc(results, 'CreateArtifact', { name: 'b.mp4', version: 7 })
    await uploadOutOfOrder(created.body.signed_upload_url)

    const finalized = await rpc(results, 'FinalizeArtifact', {
      name: 'b.mp4',
      size: '11',
      hash: sha256('hello')
    })

    expect(finalized.status).toBe(400)
  })

  it('rejects a tampered signature', async () => {
    const created = await rpc(results, 'CreateArtifact', { name: 'c.mp4', version: 7 })
    const tampered = created.body.signed_upload_url.replace(/sig=[^&]+/, 'sig=AAAA')

    const response = await fetch(`${tampered}&comp=block&blockid=${blockId('A')}`, {
      method: 'PUT',
      body: 'x',
      headers: { 'x-ms-version': '2021-12-02' }
    })

    // Azure says AuthenticationFailed, Azurite AuthorizationFailure: both refuse.
    expect(response.status).toBe(403)
    expect(response.headers.get('x-ms-error-code')).toMatch(/^Auth/)
  })
})

describe('releases API', () => {
  let api: Awaited<ReturnType<typeof startReleasesApi>>
  const auth = { authorization: 'token ghs_test' }

  beforeAll(async () => {
    api = await startReleasesApi()
    api.addRelease({ tag: 'v1', draft: true })
    for (const tag of ['v2', 'v3', 'v4']) api.addRelease({ tag })
  })

  afterAll(() => api.close())

  it('wants a valid token', async () => {
    expect((await fetch(`${api.url}/repos/o/r/releases`)).status).toBe(401)
    const wrong = await fetch(`${api.url}/repos/o/r/releases`, {
      headers: { authorization: 'token nope' }
    })
    expect(await wrong.json()).toMatchObject({ message: 'Bad credentials', status: '401' })
  })

  it('hides drafts by tag but lists them, paginated with Link headers', async () => {
    expect((await fetch(`${api.url}/repos/o/r/releases/tags/v1`, { headers: auth })).status).toBe(
      404
    )
    const first = await fetch(`${api.url}/repos/o/r/releases?per_page=3`, { headers: auth })
    expect((await first.json()).map((r: { tag_name: string }) => r.tag_name)).toEqual([
      'v4',
      'v3',
      'v2'
    ])
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1] ?? ''
    const second = await fetch(next, { headers: auth })
    expect(await second.json()).toEqual([expect.objectContaining({ tag_name: 'v1', draft: true })])
    expect(second.headers.get('link')).not.toContain('rel="next"')
  })

  it('renames like GitHub, refuses duplicates, and serves the bytes', async () => {
    const release = api.addRelease({ tag: 'v5' })
    const upload = () =>
      fetch(
        `${api.url}/uploads/repos/o/r/releases/${release.id}/assets?name=${encodeURIComponent('a b~(c).mp4')}`,
        {
          method: 'POST',
          headers: { ...auth, 'content-type': 'video/mp4' },
          body: 'movie'
        }
      )

    const created = await upload()
    const duplicate = await upload()

    expect(created.status).toBe(201)
    const asset = await created.json()
    expect(asset).toMatchObject({
      name: 'a.b.c.mp4',
      state: 'uploaded',
      size: 5,
      digest: sha256('movie')
    })
    expect(duplicate.status).toBe(422)
    expect(await duplicate.json()).toMatchObject({
      errors: [{ code: 'already_exists', field: 'name' }]
    })
    expect(await (await fetch(asset.browser_download_url)).text()).toBe('movie')
  })

  it('answers a body without Content-Length with 400 Bad Content-Length', async () => {
    const release = api.addRelease({ tag: 'v6' })
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = http.request(
        `${api.url}/uploads/repos/o/r/releases/${release.id}/assets?name=x.mp4`,
        { method: 'POST', headers: { ...auth, 'transfer-encoding': 'chunked' } },
        response => resolve(response.statusCode)
      )
      request.once('error', reject)
      request.end('chunked body')
    })

    expect(status).toBe(400)
    expect(release.assets).toEqual([])
  })

  it('forbids writes to a read-only token and hides the repo from a foreign one', async () => {
    const readOnly = await startReleasesApi({ permissions: 'read' })
    const foreign = await startReleasesApi({ permissions: 'none' })
    try {
      const post = await fetch(`${readOnly.url}/repos/o/r/releases`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ tag_name: 'v1' })
      })
      expect(await post.json()).toMatchObject({ message: 'Resource not accessible by integration' })
      expect((await fetch(`${foreign.url}/repos/o/r/releases`, { headers: auth })).status).toBe(404)
    } finally {
      await Promise.all([readOnly.close(), foreign.close()])
    }
  })
})

describe('issue comments', () => {
  const auth = { authorization: 'token ghs_test', 'content-type': 'application/json' }

  it('creates, lists with Link headers and, as GitHub, lets a write token edit any comment, recording who; GET /user refuses GITHUB_TOKEN', async () => {
    const api = await startReleasesApi()
    try {
      const person = api.addComment({
        issue: 3,
        body: 'mine',
        user: { login: 'octocat', type: 'User' }
      })
      for (let i = 0; i < 2; i++) api.addComment({ issue: 3, body: `c${i}`, user: person.user })
      const post = await fetch(`${api.url}/repos/o/r/issues/3/comments`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ body: 'plan' })
      })
      expect(post.status).toBe(201)
      const created = await post.json()
      expect(created).toMatchObject({
        body: 'plan',
        user: { login: 'github-actions[bot]', type: 'Bot' },
        html_url: `https://github.com/o/r/pull/3#issuecomment-${created.id}`
      })
      const first = await fetch(`${api.url}/repos/o/r/issues/3/comments?per_page=3`, {
        headers: auth
      })
      expect(await first.json()).toHaveLength(3)
      const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1] ?? ''
      expect(await (await fetch(next, { headers: auth })).json()).toEqual([
        expect.objectContaining({ id: created.id })
      ])
      const edit = (id: number) =>
        fetch(`${api.url}/repos/o/r/issues/comments/${id}`, {
          method: 'PATCH',
          headers: auth,
          body: JSON.stringify({ body: 'edited' })
        })
      expect((await edit(created.id)).status).toBe(200)
      expect((await edit(person.id)).status).toBe(200)
      expect(person).toMatchObject({ body: 'edited', editedBy: 'github-actions[bot]' })
      expect((await fetch(`${api.url}/user`, { headers: auth })).status).toBe(403)
    } finally {
      await api.close()
    }
  })

  it("answers GET /user for a person's token, and refuses comments to a read-only one", async () => {
    const api = await startReleasesApi({
      user: { login: 'octocat', type: 'User' },
      comments: 'read'
    })
    try {
      expect(await (await fetch(`${api.url}/user`, { headers: auth })).json()).toEqual({
        login: 'octocat',
        type: 'User'
      })
      const post = await fetch(`${api.url}/repos/o/r/issues/3/comments`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ body: 'plan' })
      })
      expect(post.status).toBe(403)
      expect(
        (await fetch(`${api.url}/repos/o/r/issues/3/comments`, { headers: auth })).status
      ).toBe(200)
    } finally {
      await api.close()
    }
  })
})

describe('runnerEnv', () => {
  it('gives the runner variables, drops inherited ones and proxies, and writes the event', () => {
    const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-'))
    try {
      const env = runnerEnv({
        results: { url: 'http://127.0.0.1:1/', runtimeToken: 'jwt' },
        workspace: runnerTemp,
        runnerTemp,
        eventName: 'release',
        ref: 'refs/tags/v7',
        base: { PATH: '/bin', HTTPS_PROXY: 'http://proxy:3128', GITHUB_OUTPUT: '/real/runner/file' }
      })

      expect(env).toMatchObject({
        PATH: '/bin',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REF: 'refs/tags/v7',
        ACTIONS_RUNTIME_TOKEN: 'jwt',
        NO_PROXY: '127.0.0.1,localhost'
      })
      expect(env.HTTPS_PROXY).toBeUndefined()
      expect(env.GITHUB_OUTPUT).toBe(path.join(runnerTemp, 'github_output'))
      expect(fs.readFileSync(env.GITHUB_OUTPUT, 'utf8')).toBe('')
      expect(JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))).toMatchObject({
        release: { tag_name: 'v7' }
      })
    } finally {
      fs.rmSync(runnerTemp, { recursive: true })
    }
  })
})
