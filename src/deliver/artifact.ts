import path from 'node:path'
import { DefaultArtifactClient, GHESNotSupportedError, type Artifact } from '@actions/artifact'
import { ActionError, messageOf } from '../shared/errors.js'
import { formatBytes } from '../shared/format.js'
import { retry } from '../shared/retry.js'
import type { Video } from '../shared/video.js'
import type { DeliveryOptions } from './options.js'
import {
  UPLOAD_ATTEMPTS,
  type Delivered,
  type DeliveryContext,
  type DeliveryTarget
} from './target.js'

/** What the results service needs to be reachable; the runner sets these for JavaScript actions. */
const RUNTIME_ENV = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_REPOSITORY',
  'GITHUB_RUN_ID'
]
/** Characters @actions/artifact refuses in names. */
const FORBIDDEN_IN_NAME = /[":<>|*?\r\n\\/]/

export interface PreparedArtifact {
  /** With `skipArchive` the artifact is named after the file. */
  name: string
  /** `${server}/${owner}/${repo}/actions/runs/${runId}`, where the artifact will be listed. */
  runUrl: string
}

/**
 * The video as a workflow artifact of this run, uploaded as is (no zip). Note: @actions/artifact reads
 * process.env itself, so the context's `env` must be it.
 */
export const artifactTarget: DeliveryTarget<PreparedArtifact> = {
  check: checkArtifact,
  deliver: uploadArtifact,
  // A companion is an artifact of its own, named after the video's plus its suffix.
  deliverCompanion: async (prepared, companion, ...rest) =>
    (await uploadFile(prepared, prepared.name + companion.kind.suffix, companion, ...rest)).url
}

/**
 * Checks, before the render, that an artifact can be uploaded: the Actions runtime is there, the file
 * name is a valid artifact name, the results service takes the runtime token for this run (the listing
 * of the run's artifacts proves it without creating anything), and no artifact of that name exists
 * unless overwrite is on.
 */
async function checkArtifact(
  { fileName, suffixes }: { fileName: string; suffixes: readonly string[] },
  { env, log, options }: DeliveryContext
): Promise<PreparedArtifact> {
  const missing = RUNTIME_ENV.filter(name => !env[name])
  if (missing.length > 0) {
    throw new ActionError(
      `upload includes artifact, but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not ` +
        'set: workflow artifacts only work in a GitHub Actions job (not in a container step that drops ' +
        'the runner environment, nor locally). Use upload: release or none there.',
      { input: 'upload' }
    )
  }
  const name = path.basename(fileName)
  if (FORBIDDEN_IN_NAME.test(name)) {
    throw new ActionError(
      `The video file name ${JSON.stringify(name)} cannot name an artifact (no " : < > | * ? \\ / or ` +
        'line breaks): choose another output-path.',
      { input: 'output-path' }
    )
  }
  for (const each of [name, ...suffixes.map(suffix => name + suffix)]) {
    const existing = await findArtifact(new DefaultArtifactClient(), each).catch(error => {
      throw explainArtifactError(error, each, `look for an existing artifact named ${each}`)
    })
    if (existing && !options.overwrite) throw nameClash(each)
    if (existing)
      log(`Artifact ${each} (id ${existing.id}) exists in this run; it will be replaced.`)
  }
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  return { name, runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
}

/**
 * Uploads the video file, replacing an artifact of the same name when overwrite is on. @actions/artifact
 * retries Twirp 5xx and the Azure SDK retries blocks, but a dropped connection to the results service
 * fails at once: that is retried here, from scratch.
 */
async function uploadArtifact(
  prepared: PreparedArtifact,
  video: Video,
  context: DeliveryContext,
  signal: AbortSignal
): Promise<Delivered> {
  if (path.basename(video.path) !== prepared.name) {
    throw new Error(`prepared artifact ${prepared.name}, but the video is ${video.path}`)
  }
  const { id, url } = await uploadFile(prepared, prepared.name, video, context, signal)
  return {
    outputs: {
      'artifact-id': String(id),
      'artifact-url': url,
      // SHA-256 hex of the uploaded bytes, as actions/upload-artifact outputs it.
      'artifact-digest': video.sha256
    },
    links: [{ label: 'Artifact', text: `artifact ${id}`, url }],
    where: `as workflow artifact ${url}`
  }
}

/** One file as an artifact of its own, named `name` (the file's own name: no zip). */
async function uploadFile(
  prepared: PreparedArtifact,
  name: string,
  file: Video,
  { log, options, clock }: DeliveryContext,
  signal: AbortSignal
): Promise<{ id: number; url: string }> {
  const client = new DefaultArtifactClient()
  log(`Uploading ${name} (${formatBytes(file.size)}) as a workflow artifact`)
  try {
    // @actions/artifact takes no signal: the caller abandons a stalled upload; no new attempt starts.
    const id = await retry(attempt => uploadOnce(client, name, file, attempt > 1, options, log), {
      attempts: UPLOAD_ATTEMPTS,
      classify: error => (isTransientArtifactError(error) ? {} : false),
      clock,
      signal,
      onRetry: (error, delayMs, next) =>
        log(
          `Artifact upload attempt ${next - 1} failed (${firstLine(error)}); retrying in ` +
            `${delayMs / 1000} s (attempt ${next} of ${UPLOAD_ATTEMPTS}).`
        )
    })
    return { id, url: `${prepared.runUrl}/artifacts/${id}` }
  } catch (error) {
    throw explainArtifactError(error, name, `upload the workflow artifact ${name}`)
  }
}

async function uploadOnce(
  client: DefaultArtifactClient,
  name: string,
  video: Video,
  isRetry: boolean,
  { overwrite, retentionDays }: DeliveryOptions,
  log: (line: string) => void
): Promise<number> {
  const existing = await findArtifact(client, name)
  if (existing) {
    // The answer to FinalizeArtifact was lost, but the upload had finished.
    if (isRetry && existing.digest === `sha256:${video.sha256}`) return existing.id
    if (!overwrite) throw nameClash(name)
    log(`Deleting artifact ${name} (id ${existing.id}) to replace it (overwrite: true)`)
    await client.deleteArtifact(name)
  }
  const response = await client.uploadArtifact(name, [video.path], path.dirname(video.path), {
    skipArchive: true,
    retentionDays
  })
  if (response.id === undefined) throw new Error('the results service returned no artifact id')
  if (response.digest !== video.sha256) {
    throw new ActionError(
      `The uploaded artifact's SHA-256 (${response.digest}) differs from the rendered video's ` +
        `(${video.sha256}): the file changed while it was uploaded. Re-run the job.`
    )
  }
  return response.id
}

/**
 * Lists the run's artifacts rather than asking for one by name: getArtifact reports "not found"
 * as a workflow warning annotation, and not finding one is the normal case here.
 */
async function findArtifact(
  client: DefaultArtifactClient,
  name: string
): Promise<Artifact | undefined> {
  const { artifacts } = await client.listArtifacts()
  return artifacts.filter(a => a.name === name).sort((a, b) => b.id - a.id)[0]
}

/**
 * The Twirp client wraps its NetworkError into a plain Error ("Failed to <RPC>: Unable to make
 * request: ECONNRESET"), so only the message tells.
 */
function isTransientArtifactError(error: unknown): boolean {
  return /Unable to make request: E[A-Z]+|upload progress stalled/i.test(messageOf(error))
}

function nameClash(name: string): ActionError {
  return new ActionError(
    `An artifact named ${name} already exists in this workflow run (from an earlier attempt or ` +
      'another job of a matrix): set overwrite: true to replace it, or give each job its own file ' +
      'name, e.g. output-path: video-${{ matrix.name }}.mp4.',
    { input: 'overwrite' }
  )
}

/** @param doing completes "Failed to …". */
function explainArtifactError(error: unknown, name: string, doing: string): unknown {
  if (error instanceof ActionError) return error
  if (error instanceof GHESNotSupportedError) {
    return new ActionError(
      'Workflow artifacts of this kind are not available on GitHub Enterprise Server: use upload: release there.',
      { input: 'upload' }
    )
  }
  const message = messageOf(error)
  if (/storage quota has been hit/i.test(message)) {
    return new ActionError(
      `The artifact storage quota is used up, so ${name} could not be stored: delete old artifacts, ` +
        'lower retention-days, or use upload: release.',
      { input: 'retention-days' }
    )
  }
  if (/\(409\)/.test(message)) return nameClash(name)
  if (/\((401|403)\)|JWT|Invalid token/i.test(message)) {
    return new ActionError(
      `The Actions results service refused the job's runtime token (ACTIONS_RUNTIME_TOKEN) when asked ` +
        `to ${doing}: ${firstLine(error)}. The runner gives each job its own token; a step or container ` +
        'that replaces it cannot store artifacts: keep the runner environment, or use upload: release.',
      { input: 'upload' }
    )
  }
  return new ActionError(
    `Failed to ${doing}: ${firstLine(error)}. This is usually a ` +
      'temporary problem of GitHub (https://www.githubstatus.com): re-run the job.'
  )
}

/** The library's messages go on with multi-line advice that does not fit a log line. */
function firstLine(error: unknown): string {
  return messageOf(error).split('\n')[0]
}
