// Release-asset delivery with the real Octokit (@actions/github) against the releases fake.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { runnerEnv } from '../../sim/github/env.js'
import { startReleasesApi } from '../../sim/github/releases.js'
import { deliverVideo } from '../../src/deliver/index.js'
import { ActionError } from '../../src/shared/errors.js'
import { deliveryWith, failureOf, tempDir, useEnv, writeVideo } from './deliver-fixtures.js'

type ReleasesApi = Awaited<ReturnType<typeof startReleasesApi>>

let api: ReleasesApi
let dir: string
let restoreEnv: () => void

async function startApi(
  options: Parameters<typeof startReleasesApi>[0] = {}
): Promise<ReleasesApi> {
  await api?.close()
  restoreEnv?.()
  api = await startReleasesApi(options)
  restoreEnv = useEnv(
    runnerEnv({ releases: api, workspace: dir, runnerTemp: path.join(dir, 'runner-temp') })
  )
  return api
}

beforeEach(async () => {
  dir = tempDir('deliver-release')
  await startApi()
})

afterEach(async () => {
  restoreEnv()
  await api.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const { prepare, deliver } = deliveryWith({
  upload: 'release',
  'release-tag': 'v1.0.0',
  'github-token': 'ghs_test'
})

const uploads = () => api.requests.filter(r => r.route === 'upload')

describe('release delivery', () => {
  it('proves write access in prepare by updating the release to what it is, changing nothing', async () => {
    const release = api.addRelease({ tag: 'v1.0.0', draft: true, prerelease: true })
    const before = structuredClone(release)

    await prepare('clip.mp4')

    expect(api.requests.filter(r => r.route === 'update')).toEqual([
      { method: 'PATCH', route: 'update', path: `/repos/o/r/releases/${release.id}`, status: 200 }
    ])
    expect(release).toEqual(before)
  })

  it('streams the MP4 to the release found by tag, as video/mp4, and reports its URLs', async () => {
    const release = api.addRelease({ tag: 'v1.0.0' })
    const video = writeVideo(dir, 'clip.mp4', 300 * 1024)

    const { result } = await deliver(video)

    expect(release.assets).toHaveLength(1)
    const [asset] = release.assets
    expect(asset).toMatchObject({ name: 'clip.mp4', state: 'uploaded', contentType: 'video/mp4' })
    expect(asset.bytes.equals(video.bytes)).toBe(true)
    const assetUrl = `${api.url}/o/r/releases/download/v1.0.0/clip.mp4`
    const releaseUrl = `${api.url}/o/r/releases/tag/v1.0.0`
    expect(result).toEqual({
      outputs: {
        'release-id': String(release.id),
        'release-url': releaseUrl,
        'asset-url': assetUrl
      },
      links: [
        { label: 'Release asset', text: 'download from the release', url: assetUrl },
        { label: 'Release', text: 'release page', url: releaseUrl }
      ],
      where: `to release v1.0.0 (${assetUrl})`
    })
    const download = await fetch(assetUrl)
    expect(Buffer.from(await download.arrayBuffer()).equals(video.bytes)).toBe(true)
  })

  it('finds a draft release, which GitHub hides by tag, on a later page of the release list', async () => {
    const draft = api.addRelease({ tag: 'v1.0.0', draft: true })
    for (let n = 0; n < 120; n++) api.addRelease({ tag: `v0.${n}` })
    const video = writeVideo(dir, 'clip.mp4', 1024)

    await deliver(video)

    expect(draft.assets.map(a => a.name)).toEqual(['clip.mp4'])
    expect(api.requests.filter(r => r.route === 'getByTag').map(r => r.status)).toEqual([404])
    expect(api.requests.filter(r => r.route === 'list')).toHaveLength(2)
  })

  it('fails in prepare, before any upload, when no release has the tag', async () => {
    api.addRelease({ tag: 'v1.0.0' })

    const error = await failureOf(prepare('clip.mp4', { 'release-tag': 'v9.9.9' }))

    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).details.input).toBe('release-tag')
    expect(error.message).toMatch(/^No release with tag v9\.9\.9 in o\/r, not even a draft/)
    expect(uploads()).toHaveLength(0)
  })

  it('replaces an asset of the same name when overwrite is on, leaving one', async () => {
    const release = api.addRelease({ tag: 'v1.0.0' })
    await deliver(writeVideo(dir, 'clip.mp4', 2048))
    const second = writeVideo(dir, 'clip.mp4', 4096)

    const { lines } = await deliver(second)

    expect(release.assets).toHaveLength(1)
    expect(release.assets[0].bytes.equals(second.bytes)).toBe(true)
    expect(lines.join('\n')).toMatch(/Deleting the existing asset clip\.mp4/)
  })

  it('refuses in prepare when the asset exists and overwrite is false', async () => {
    const release = api.addRelease({ tag: 'v1.0.0' })
    await deliver(writeVideo(dir, 'clip.mp4', 2048))

    const error = await failureOf(prepare('clip.mp4', { overwrite: 'false' }))

    expect(error.message).toMatch(
      /Release v1\.0\.0 already has an asset named clip\.mp4: set overwrite: true/
    )
    expect(release.assets).toHaveLength(1)
  })

  it('uploads under a name GitHub keeps, labelled with the wanted one, and finds it again', async () => {
    const release = api.addRelease({ tag: 'v1.0.0' })
    const video = writeVideo(dir, 'my clip (final).mp4', 1024)

    const { result } = await deliver(video)
    await deliver(video)

    expect(release.assets.map(a => [a.name, a.label])).toEqual([
      ['my.clip.final.mp4', 'my clip (final).mp4']
    ])
    expect(result.outputs['asset-url']).toMatch(/\/my\.clip\.final\.mp4$/)
  })

  it('retries a 502 with a fresh stream, first deleting the "starter" asset it left', async () => {
    const release = api.addRelease({ tag: 'v1.0.0' })
    const video = writeVideo(dir, 'clip.mp4', 300 * 1024)
    api.inject({ route: 'upload', kind: 'status', status: 502 })

    const { lines } = await deliver(video)

    expect(uploads().map(r => r.status)).toEqual([502, 201])
    expect(api.requests.filter(r => r.route === 'delete').map(r => r.status)).toEqual([204])
    expect(release.assets).toHaveLength(1)
    expect(release.assets[0].bytes.equals(video.bytes)).toBe(true)
    expect(lines.join('\n')).toMatch(
      /attempt 1 failed \(502 Bad Gateway\); retrying in (0\.\d+|1) s .*\(attempt 2 of 4\)/
    )
  })

  it('retries an upload whose connection broke halfway', async () => {
    const release = api.addRelease({ tag: 'v1.0.0' })
    const video = writeVideo(dir, 'clip.mp4', 2 * 1024 * 1024)
    api.inject({ route: 'upload', kind: 'cutUpload' })

    await deliver(video)

    expect(release.assets).toHaveLength(1)
    expect(release.assets[0]).toMatchObject({ state: 'uploaded', size: video.size })
    expect(release.assets[0].bytes.equals(video.bytes)).toBe(true)
  })

  it('accepts an upload whose answer was lost when the asset arrived whole', async () => {
    const release = api.addRelease({ tag: 'v1.0.0' })
    const video = writeVideo(dir, 'clip.mp4', 64 * 1024)
    api.inject({ route: 'upload', kind: 'dropAnswer' })

    const { result } = await deliver(video)

    expect(uploads()).toHaveLength(1)
    expect(release.assets).toHaveLength(1)
    expect(result.outputs['asset-url']).toMatch(/\/clip\.mp4$/)
  })

  it('refuses a video of 2 GiB before uploading, pointing to artifact mode', async () => {
    api.addRelease({ tag: 'v1.0.0' })
    const file = path.join(dir, 'huge.mp4')
    fs.writeFileSync(file, '')
    fs.truncateSync(file, 2 ** 31) // sparse: no real bytes are written
    const prepared = await prepare('huge.mp4')

    const error = await failureOf(
      deliverVideo(prepared, { path: file, size: 2 ** 31, sha256: '0'.repeat(64) }, () => {})
    )

    expect(error.message).toMatch(
      /2\.0 GiB, but GitHub release assets must be smaller than 2 GiB: use upload: artifact/
    )
    expect(uploads()).toHaveLength(0)
  })

  it('explains an immutable release in prepare', async () => {
    api.addRelease({ tag: 'v1.0.0', immutable: true })

    const error = await failureOf(prepare('clip.mp4'))

    expect(error.message).toMatch(
      /^Release v1\.0\.0 is immutable .*Upload the video while the release is still a draft/
    )
  })

  it('explains GitHub refusing the upload because the release became immutable', async () => {
    const release = api.addRelease({ tag: 'v1.0.0', draft: true, immutable: true })
    const video = writeVideo(dir, 'clip.mp4', 1024)
    const prepared = await prepare('clip.mp4')
    release.draft = false // published by someone else while the video rendered

    const error = await failureOf(deliverVideo(prepared, video, () => {}))

    expect(error.message).toMatch(
      /is immutable \(422 Cannot upload assets to an immutable release\.\)/
    )
    expect(uploads().map(r => r.status)).toEqual([422])
  })
})

describe('release delivery with a token that cannot', () => {
  it('write: fails in prepare, before the render, with one line naming the permission', async () => {
    await startApi({ permissions: 'read' })
    const release = api.addRelease({ tag: 'v1.0.0' })
    const before = structuredClone(release)

    const error = await failureOf(prepare('clip.mp4'))

    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).details.input).toBe('github-token')
    expect(error.message).toBe(
      'The github-token may not upload to release v1.0.0 in o/r (403 Resource not accessible by ' +
        'integration): give the job write access to releases by adding ' +
        '`permissions: { contents: write }` to the job or the workflow.'
    )
    expect(api.requests.filter(r => r.route === 'update').map(r => r.status)).toEqual([403])
    expect(uploads()).toHaveLength(0)
    expect(release).toEqual(before)
  })

  it('write, as a user without push access (404): fails in prepare the same way', async () => {
    api.addRelease({ tag: 'v1.0.0' })
    api.inject({ route: 'update', kind: 'status', status: 404, msg: 'Not Found' })

    const error = await failureOf(prepare('clip.mp4'))

    expect(error.message).toMatch(
      /^The github-token may not upload to release v1\.0\.0 in o\/r \(404 Not Found\): .*`permissions: \{ contents: write \}`/
    )
    expect(uploads()).toHaveLength(0)
  })

  it('authenticate: says the token is invalid, in prepare', async () => {
    await startApi({ token: 'ghs_other' })
    api.addRelease({ tag: 'v1.0.0' })

    const error = await failureOf(prepare('clip.mp4'))

    expect(error.message).toMatch(
      /^GitHub rejected the github-token \(401 Bad credentials\).*invalid or has expired/
    )
    expect((error as ActionError).details.input).toBe('github-token')
  })

  it('see the repository: says so, in prepare', async () => {
    await startApi({ permissions: 'none' })

    const error = await failureOf(prepare('clip.mp4'))

    expect(error.message).toMatch(
      /404 Not Found while trying to list the releases of o\/r: o\/r does not exist or the github-token cannot see it/
    )
  })
})
