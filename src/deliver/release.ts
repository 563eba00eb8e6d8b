import { createReadStream } from 'node:fs'
import path from 'node:path'
import { getOctokit } from '@actions/github'
import { ActionError, messageOf } from '../shared/errors.js'
import { safeAssetName } from './asset-name.js'
import { formatBytes } from '../shared/format.js'
import {
  explainGitHubError,
  gitHubRetryVerdict,
  httpFailureOf,
  immutableReleaseError,
  isAlreadyExists
} from '../shared/github-errors.js'
import { retry } from '../shared/retry.js'
import type { Companion, Video } from '../shared/video.js'
import {
  UPLOAD_ATTEMPTS,
  type Delivered,
  type DeliveryContext,
  type DeliveryTarget
} from './target.js'
import {
  deleteAsset,
  findAsset,
  findRelease,
  proveWriteAccess,
  type AssetData,
  type AssetPlace
} from './release-api.js'

/** GitHub's per-asset limit: "each file must be under 2 GiB". */
const MAX_ASSET_BYTES = 2 ** 31

/** What the check learned: the release, and the name the asset goes under. */
export interface PreparedRelease extends AssetPlace {
  /** RFC 6570 template; on github.com it points at uploads.github.com, not the API host. */
  uploadUrl: string
  htmlUrl: string
}

/** The video as an asset of an existing release (drafts included), found by tag. */
export const releaseTarget: DeliveryTarget<PreparedRelease> = {
  check: checkRelease,
  deliver: uploadReleaseAsset,
  deliverCompanion: async (prepared, companion, context, signal) =>
    (await uploadAsset(companionPlace(prepared, companion.kind.suffix), companion, context, signal))
      .browser_download_url
}

/** A companion goes under the video asset's name (and label) plus its suffix. */
function companionPlace(prepared: PreparedRelease, suffix: string): PreparedRelease {
  return {
    ...prepared,
    assetName: prepared.assetName + suffix,
    label: prepared.label === undefined ? undefined : prepared.label + suffix
  }
}

/**
 * Finds the release and proves the asset can be put there, all before the render: a missing release, an
 * unusable token, a token that may read but not write, an immutable release or a name clash with
 * overwrite off fail here.
 */
async function checkRelease(
  { fileName, suffixes }: { fileName: string; suffixes: readonly string[] },
  { env, log, options }: DeliveryContext
): Promise<PreparedRelease> {
  const { releaseTag: tag, token, overwrite } = options
  if (!tag || !token) throw new Error('release options need the settings to set tag and token')
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = repository.split('/')
  if (!owner || !repo) {
    throw new ActionError(
      `GITHUB_REPOSITORY is "${repository}", not owner/repo: run this action in a GitHub Actions job.`
    )
  }
  const wanted = options.assetName ?? path.basename(fileName)
  const assetName = safeAssetName(wanted)
  if (!assetName) {
    throw new ActionError(
      `asset-name: "${wanted}" has no usable characters; use a name like demo.mp4.`,
      { input: 'asset-name' }
    )
  }
  // @actions/github reads GITHUB_API_URL when it is first imported; passing it keeps `env` the
  // single source, which matters for GHES and for tests that set it late.
  const octokit = getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' })
  const context = { octokit, owner, repo, tag }
  const explain = (error: unknown, doing: string): unknown =>
    explainGitHubError(error, { doing, repository, tag })
  const release = await findRelease(context, explain)
  if (release.immutable && !release.draft) {
    throw immutableReleaseError(tag, 'published with immutable releases on')
  }
  await proveWriteAccess(context, release, repository, explain)
  const prepared: PreparedRelease = {
    ...context,
    releaseId: release.id,
    uploadUrl: release.upload_url,
    htmlUrl: release.html_url,
    assetName,
    label: assetName === wanted ? undefined : wanted
  }
  const existing = await findAsset(prepared).catch(error => {
    throw explain(error, `list the assets of release ${tag}`)
  })
  if (existing && existing.state === 'uploaded' && !overwrite) throw assetClash(prepared)
  for (const place of suffixes.map(suffix => companionPlace(prepared, suffix))) {
    const clash = await findAsset(place).catch(error => {
      throw explain(error, `list the assets of release ${tag}`)
    })
    if (clash && clash.state === 'uploaded' && !overwrite) throw assetClash(place)
  }
  log(
    `Release ${tag}${release.draft ? ' (draft)' : ''} found (id ${release.id}); the video ` +
      `will be uploaded as ${assetName}${existing ? ', replacing the asset of that name' : ''}.`
  )
  return prepared
}

/**
 * Uploads the video as a release asset, streaming it from disk. Transient failures are retried,
 * each time with a new read stream and after deleting whatever a failed attempt left behind
 * (GitHub keeps a half-uploaded asset in state "starter", which blocks the name).
 */
async function uploadReleaseAsset(
  prepared: PreparedRelease,
  video: Video,
  context: DeliveryContext,
  signal: AbortSignal
): Promise<Delivered> {
  if (video.size >= MAX_ASSET_BYTES) {
    throw new ActionError(
      `The video is ${formatBytes(video.size)}, but GitHub release assets must be smaller than 2 GiB: ` +
        'use upload: artifact for a video this large (workflow artifacts have no such limit).',
      { input: 'upload' }
    )
  }
  const assetUrl = (await uploadAsset(prepared, video, context, signal)).browser_download_url
  return {
    outputs: {
      'release-id': String(prepared.releaseId),
      'release-url': prepared.htmlUrl,
      'asset-url': assetUrl
    },
    links: [
      { label: 'Release asset', text: 'download from the release', url: assetUrl },
      { label: 'Release', text: 'release page', url: prepared.htmlUrl }
    ],
    where: `to release ${prepared.tag} (${assetUrl})`
  }
}

/** One file as the asset `prepared.assetName`: the video, or a companion (with its content type). */
async function uploadAsset(
  prepared: PreparedRelease,
  file: Video | Companion,
  { log, options, clock }: DeliveryContext,
  signal: AbortSignal
): Promise<AssetData> {
  log(`Uploading ${prepared.assetName} (${formatBytes(file.size)}) to release ${prepared.tag}`)
  try {
    return await retry(
      attempt => uploadOnce(prepared, file, attempt > 1, options.overwrite, log, signal),
      {
        attempts: UPLOAD_ATTEMPTS,
        classify: error => (isAlreadyExists(error) ? {} : gitHubRetryVerdict(error, clock.now())),
        clock,
        signal,
        onRetry: (error, delayMs, next) =>
          log(
            `Upload attempt ${next - 1} failed (${summarize(error)}); retrying in ${delayMs / 1000} s ` +
              `with a fresh read of the file (attempt ${next} of ${UPLOAD_ATTEMPTS}).`
          )
      }
    )
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
  video: Video | Companion,
  isRetry: boolean,
  overwrite: boolean,
  log: (line: string) => void,
  signal: AbortSignal
): Promise<AssetData> {
  const existing = await findAsset(prepared)
  if (existing) {
    // A lost answer to a finished upload: the asset is there, byte for byte.
    if (isRetry && existing.state === 'uploaded' && existing.digest === `sha256:${video.sha256}`) {
      return existing
    }
    if (existing.state === 'uploaded' && !overwrite) throw assetClash(prepared)
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
      headers: {
        'content-type': 'kind' in video ? video.kind.contentType : 'video/mp4',
        'content-length': video.size
      },
      request: { signal }
    })
    return response.data
  } finally {
    body.destroy()
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
