import { ActionError } from '../shared/errors.js'
import type { PreparedArtifact } from './artifact.js'
import type { DeliveryOptions } from './options.js'
import type { PreparedRelease } from './release.js'
import type { Video } from '../shared/video.js'

export type { DeliveryOptions, UploadMode } from './options.js'
export type { Video } from '../shared/video.js'

/** What the checks before the render learned; one part per upload mode that is on. */
export interface PreparedDelivery {
  artifact?: PreparedArtifact
  release?: PreparedRelease
}

/** What delivery gives the report: the targets' outputs and their links. */
export interface Delivered {
  outputs: Record<string, string>
  links: { label: string; text: string; url: string }[]
}

export const DELIVERY_OUTPUTS = [
  'artifact-id',
  'artifact-url',
  'artifact-digest',
  'release-id',
  'release-url',
  'asset-url'
] as const

function delivered(result: DeliveryResult): Delivered {
  const outputs: Record<string, string> = {}
  const names: Record<(typeof DELIVERY_OUTPUTS)[number], keyof DeliveryResult> = {
    'artifact-id': 'artifactId',
    'artifact-url': 'artifactUrl',
    'artifact-digest': 'artifactDigest',
    'release-id': 'releaseId',
    'release-url': 'releaseUrl',
    'asset-url': 'assetUrl'
  }
  for (const name of DELIVERY_OUTPUTS) {
    const value = result[names[name]]
    if (value) outputs[name] = value
  }
  const links = []
  if (result.artifactUrl)
    links.push({
      label: 'Artifact',
      text: `artifact ${result.artifactId}`,
      url: result.artifactUrl
    })
  if (result.assetUrl)
    links.push({ label: 'Release asset', text: 'download from the release', url: result.assetUrl })
  if (result.releaseUrl)
    links.push({ label: 'Release', text: 'release page', url: result.releaseUrl })
  return { outputs, links }
}

/** Outputs of the action; a field is set when its upload happened. */
interface DeliveryResult {
  artifactId?: string
  artifactUrl?: string
  artifactDigest?: string
  releaseId?: string
  releaseUrl?: string
  assetUrl?: string
}

/**
 * Everything about the uploads that can be checked before spending render credits: the artifact
 * runtime and name, the release, the token, name clashes. Throws ActionError.
 * `env` is read for GitHub's variables; @actions/artifact reads process.env itself, so pass that.
 */
export async function prepareDelivery(
  options: DeliveryOptions,
  videoFileName: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void
): Promise<PreparedDelivery> {
  const prepared: PreparedDelivery = {}
  // Each client is loaded only when its mode is on: `upload: artifact` never loads Octokit, and
  // `upload: none` neither client (start-up time and peak memory).
  if (options.modes.has('artifact')) {
    const { prepareArtifact } = await import('./artifact.js')
    prepared.artifact = await prepareArtifact(options, videoFileName, env, log)
  }
  if (options.modes.has('release')) {
    const { releaseTag: tag, token, assetName, overwrite } = options
    if (!tag || !token) {
      throw new Error('release options need parseDeliveryOptions to set tag and token')
    }
    const { prepareRelease } = await import('./release.js')
    prepared.release = await prepareRelease(
      { tag, token, assetName, overwrite },
      videoFileName,
      env,
      log
    )
  }
  return prepared
}

/**
 * Uploads the rendered video. The artifact goes first: it has no size limit and keeps the paid-for
 * video even when the release upload then fails, in which case the error says where it is.
 */
export async function deliverVideo(
  prepared: PreparedDelivery,
  video: Video,
  log: (line: string) => void,
  signal?: AbortSignal
): Promise<Delivered> {
  const artifact = prepared.artifact
    ? await (await import('./artifact.js')).uploadArtifact(prepared.artifact, video, log, signal)
    : undefined
  if (!prepared.release) return delivered({ ...artifact })
  try {
    const { uploadReleaseAsset } = await import('./release.js')
    return delivered({
      ...artifact,
      ...(await uploadReleaseAsset(prepared.release, video, log, signal))
    })
  } catch (error) {
    if (signal?.aborted || !artifact || !(error instanceof ActionError)) throw error
    throw new ActionError(
      `The video was uploaded as workflow artifact ${artifact.artifactUrl}, but not to the release: ${error.message}`,
      error.details
    )
  }
}
