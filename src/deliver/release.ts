import { createReadStream } from 'node:fs'
import path from 'node:path'
import { getOctokit } from '@actions/github'
import { ActionError, messageOf } from '../shared/errors.js'
import { safeAssetName } from './asset-name.js'
import { formatBytes } from '../shared/format.js'
import {
  explainGitHubError,
  httpFailureOf,
  immutableReleaseError,
  isAlreadyExists,
  isTransientGitHubError
} from './github-errors.js'
import { defaultRetryPolicy, withRetries, type RetryPolicy } from '../shared/retry.js'
import type { Video } from '../shared/video.js'

type Octokit = ReturnType<typeof getOctokit>
type ReleaseData = Awaited<ReturnType<Octokit['rest']['repos']['getReleaseByTag']>>['data']
type AssetData = Awaited<ReturnType<Octokit['rest']['repos']['listReleaseAssets']>>['data'][number]

/** GitHub's per-asset limit: "each file must be under 2 GiB". */
const MAX_ASSET_BYTES = 2 ** 31

export interface ReleaseTarget {
  tag: string
  token: string
  /** Undefined: the video file's name. */
  assetName?: string
  overwrite: boolean
}

export interface PreparedRelease {
  octokit: Octokit
  owner: string
  repo: string
  tag: string
  releaseId: number
  /** RFC 6570 template; on github.com it points at uploads.github.com, not the API host. */
  uploadUrl: string
  htmlUrl: string
  /** The name the asset is uploaded (and stored) as. */
  assetName: string
  /** The wanted name, shown as the asset's label, when it had to be changed. */
  label?: string
  overwrite: boolean
}

export interface ReleaseDelivery {
  releaseId: string
  releaseUrl: string
  assetUrl: string
}

/**
 * Finds the release (drafts included) and checks the asset can be put there, all before the
 * render: a missing release, an unusable token, an immutable release or a name clash with
 * overwrite off fail here.
 */
export async function prepareRelease(
  target: ReleaseTarget,
  videoFileName: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void
): Promise<PreparedRelease> {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = repository.split('/')
  if (!owner || !repo) {
    throw new ActionError(
      `GITHUB_REPOSITORY is "${repository}", not owner/repo: run this action in a GitHub Actions job.`
    )
  }
  const wanted = target.assetName ?? path.basename(videoFileName)
  const assetName = safeAssetName(wanted)
  if (!assetName) {
    throw new ActionError(
      `asset-name: "${wanted}" has no usable characters; use a name like demo.mp4.`,
      {
        input: 'asset-name'
      }
    )
  }
  // @actions/github reads GITHUB_API_URL when it is first imported; passing it keeps `env` the
  // single source, which matters for GHES and for tests that set it late.
  const octokit = getOctokit(target.token, {
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com'
  })
  const context = { octokit, owner, repo, tag: target.tag }
  const explain = (error: unknown, doing: string): unknown =>
    explainGitHubError(error, { doing, repository, tag: target.tag })
  const release = await findRelease(context, explain)
  if (release.immutable && !release.draft) {
    throw immutableReleaseError(target.tag, 'published with immutable releases on')
  }
  const prepared: PreparedRelease = {
    ...context,
    releaseId: release.id,
    uploadUrl: release.upload_url,
    htmlUrl: release.html_url,
    assetName,
    label: assetName === wanted ? undefined : wanted,
    overwrite: target.overwrite
  }
  const existing = await findAsset(prepared).catch(error => {
    throw explain(error, `list the assets of release ${target.tag}`)
  })
  if (existing && existing.state === 'uploaded' && !target.overwrite) throw assetClash(prepared)
  log(
    `Release ${target.tag}${release.draft ? ' (draft)' : ''} found (id ${release.id}); the video ` +
      `will be uploaded as ${assetName}${existing ? ', replacing the asset of that name' : ''}.`
  )
  return prepared
}

/**
 * Uploads the video as a release asset, streaming it from disk. Transient failures are retried,
 * each time with a new read stream and after deleting whatever a failed attempt left behind
 * (GitHub keeps a half-uploaded asset in state "starter", which blocks the name).
 */
export async function uploadReleaseAsset(
  prepared: PreparedRelease,
  video: Video,
  log: (line: string) => void,
  signal?: AbortSignal,
  policy: RetryPolicy = defaultRetryPolicy
): Promise<ReleaseDelivery> {
  if (video.size >= MAX_ASSET_BYTES) {
    throw new ActionError(
      `The video is ${formatBytes(video.size)}, but GitHub release assets must be smaller than 2 GiB: ` +
        'use upload: artifact for a video this large (workflow artifacts have no such limit).',
      { input: 'upload' }
    )
  }
  log(`Uploading ${prepared.assetName} (${formatBytes(video.size)}) to release ${prepared.tag}`)
  try {
    const asset = await withRetries(
      attempt => {
        signal?.throwIfAborted()
        return uploadOnce(prepared, video, attempt > 1, log, signal)
      },
      error => isTransientGitHubError(error) || isAlreadyExists(error),
      (error, delayMs, next) =>
        log(
          `Upload attempt ${next - 1} failed (${summarize(error)}); retrying in ${delayMs / 1000} s ` +
            `with a fresh read of the file (attempt ${next} of ${policy.delaysMs.length + 1}).`
        ),
      policy
    )
    return {
      releaseId: String(prepared.releaseId),
      releaseUrl: prepared.htmlUrl,
      assetUrl: asset.browser_download_url
    }
  } catch (error) {
    if (isAlreadyExists(error)) throw assetClash(prepared)
    throw explainGitHubError(error, {
      doing: `upload ${prepared.assetName} to release ${prepared.tag}`,
      repository: `${prepared.owner}/${prepared.repo}`,
      tag: prepared.tag
    })
  }
}

async function uploadOnce(
  prepared: PreparedRelease,
  video: Video,
  isRetry: boolean,
  log: (line: string) => void,
  signal: AbortSignal | undefined
): Promise<AssetData> {
  const existing = await findAsset(prepared)
  if (existing) {
    // A lost answer to a finished upload: the asset is there, byte for byte.
    if (isRetry && existing.state === 'uploaded' && existing.digest === `sha256:${video.sha256}`) {
      return existing
    }
    if (existing.state === 'uploaded' && !prepared.overwrite) throw assetClash(prepared)
    log(
      existing.state === 'uploaded'
        ? `Deleting the existing asset ${existing.name} (overwrite: true)`
        : `Deleting ${existing.name}, left unfinished by a failed upload`
    )
    await deleteAsset(prepared, existing)
  }
  const body = createReadStream(video.path)
  try {
    const response = await prepared.octokit.request<AssetData>({
      method: 'POST',
      url: prepared.uploadUrl,
      name: prepared.assetName,
      label: prepared.label,
      data: body,
      headers: { 'content-type': 'video/mp4', 'content-length': video.size },
      request: { signal }
    })
    return response.data
  } finally {
    body.destroy()
  }
}

interface ReleaseContext {
  octokit: Octokit
  owner: string
  repo: string
  tag: string
}

/** By tag first; drafts are invisible there, so then through the (paginated) list of releases. */
async function findRelease(
  { octokit, owner, repo, tag }: ReleaseContext,
  explain: (error: unknown, doing: string) => unknown
): Promise<ReleaseData> {
  try {
    return (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data
  } catch (error) {
    if (httpFailureOf(error)?.status !== 404) throw explain(error, `look up release ${tag}`)
  }
  try {
    const pages = octokit.paginate.iterator(octokit.rest.repos.listReleases, {
      owner,
      repo,
      per_page: 100
    })
    for await (const { data } of pages) {
      const found = data.find(release => release.tag_name === tag)
      if (found) return found
    }
  } catch (error) {
    throw explain(error, `list the releases of ${owner}/${repo}`)
  }
  throw new ActionError(
    `No release with tag ${tag} in ${owner}/${repo}, not even a draft: create it before this step ` +
      `(e.g. gh release create ${tag} --draft) or set release-tag to an existing release's tag.`,
    { input: 'release-tag' }
  )
}

/**
 * The asset this upload would collide with: our safe name, or the wanted name stored as is.
 * Failures are left raw so that the upload loop can tell transient ones apart.
 */
async function findAsset(prepared: PreparedRelease): Promise<AssetData | undefined> {
  const { octokit, owner, repo, releaseId, assetName, label } = prepared
  const assets = await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
    owner,
    repo,
    release_id: releaseId,
    per_page: 100
  })
  return assets.find(
    asset => asset.name === assetName || (label !== undefined && asset.name === label)
  )
}

async function deleteAsset(prepared: PreparedRelease, asset: AssetData): Promise<void> {
  const { octokit, owner, repo } = prepared
  try {
    await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.id })
  } catch (error) {
    // Someone else removed it in the meantime: the name is free, which is all we wanted.
    if (httpFailureOf(error)?.status !== 404) throw error
  }
}

function assetClash(prepared: PreparedRelease): ActionError {
  return new ActionError(
    `Release ${prepared.tag} already has an asset named ${prepared.assetName}: set overwrite: true ` +
      'to replace it, or set asset-name to another name.',
    { input: 'overwrite' }
  )
}

function summarize(error: unknown): string {
  const failure = httpFailureOf(error)
  return failure ? `${failure.status} ${failure.message}` : messageOf(error)
}
