import type { getOctokit } from '@actions/github'
import { ActionError } from '../shared/errors.js'
import { httpFailureOf, isTransientGitHubError, noWriteAccess } from '../shared/github-errors.js'

/* The REST calls on a release that delivery makes around the upload itself. */

export type Octokit = ReturnType<typeof getOctokit>
export type ReleaseData = Awaited<ReturnType<Octokit['rest']['repos']['getReleaseByTag']>>['data']
export type AssetData = Awaited<
  ReturnType<Octokit['rest']['repos']['listReleaseAssets']>
>['data'][number]

export interface ReleaseContext {
  octokit: Octokit
  owner: string
  repo: string
  tag: string
}

/** By tag first; drafts are invisible there, so then through the (paginated) list of releases. */
export async function findRelease(
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
export async function findAsset(prepared: AssetPlace): Promise<AssetData | undefined> {
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

export async function deleteAsset(prepared: ReleaseContext, asset: AssetData): Promise<void> {
  const { octokit, owner, repo } = prepared
  try {
    await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.id })
  } catch (error) {
    // Someone else removed it in the meantime: the name is free, which is all we wanted.
    if (httpFailureOf(error)?.status !== 404) throw error
  }
}

/** Where an asset goes and the names it may already be stored under. */
export interface AssetPlace extends ReleaseContext {
  releaseId: number
  /** The name the asset is uploaded (and stored) as. */
  assetName: string
  /** The wanted name, when it had to be changed. */
  label?: string
}

/**
 * Reading a release proves nothing about writing to it: a job with `contents: read` finds the release
 * and is refused only at the upload, after the export was paid for. So the release is updated here with
 * the tag it already has, which changes nothing, and which GitHub allows exactly to those who may write
 * to the release: a refusal (403, or 404 for a user without push access) fails before any export.
 */
export async function proveWriteAccess(
  { octokit, owner, repo, tag }: ReleaseContext,
  release: ReleaseData,
  repository: string,
  explain: (error: unknown, doing: string) => unknown
): Promise<void> {
  try {
    await octokit.rest.repos.updateRelease({
      owner,
      repo,
      release_id: release.id,
      tag_name: release.tag_name
    })
  } catch (error) {
    const failure = httpFailureOf(error)
    const refused =
      failure?.status === 404 || (failure?.status === 403 && !isTransientGitHubError(error))
    if (failure && refused) throw noWriteAccess(`upload to release ${tag}`, repository, failure)
    throw explain(error, `check the right to upload to release ${tag}`)
  }
}
