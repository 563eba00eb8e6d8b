import { readFileSync } from 'node:fs'
import { ActionError } from '../shared/errors.js'
import { parseBoolean } from '../shared/parse-boolean.js'

export type UploadMode = 'artifact' | 'release'

export interface DeliveryOptions {
  /** Empty for `upload: none`. */
  modes: Set<UploadMode>
  /** Undefined: the repository's default retention. */
  retentionDays?: number
  /** Replace an artifact or release asset of the same name instead of failing. */
  overwrite: boolean
  /** Set when `modes` has 'release'. */
  releaseTag?: string
  /** Undefined: the video file's name. */
  assetName?: string
  /** Set when `modes` has 'release'. */
  token?: string
}

/** The action inputs as read, before any defaulting. */
export interface RawDeliveryInputs {
  upload: string
  retentionDays: string
  overwrite: string
  releaseTag: string
  assetName: string
  githubToken: string
}

const MAX_RETENTION_DAYS = 90

/**
 * Turns the delivery inputs into options, failing on the first bad value with the input's name and
 * what it accepts. Everything here is known before the render, so mistakes cost no credits.
 * Empty inputs take the action.yml defaults, since `node dist/index.js` runs without the runner
 * filling them in.
 */
export function parseDeliveryOptions(
  raw: RawDeliveryInputs,
  env: NodeJS.ProcessEnv
): DeliveryOptions {
  const modes = parseUploadModes(raw.upload)
  const options: DeliveryOptions = {
    modes,
    retentionDays: parseRetentionDays(raw.retentionDays),
    overwrite: parseBoolean(raw.overwrite, 'overwrite', true),
    assetName: parseAssetName(raw.assetName)
  }
  if (!modes.has('release')) return options

  const releaseTag = raw.releaseTag.trim().replace(/^refs\/tags\//, '') || defaultReleaseTag(env)
  if (!releaseTag) {
    throw new ActionError(
      `release-tag is required when upload includes release and the run was not started by a ` +
        `release or a tag push (GITHUB_REF is ${env.GITHUB_REF || 'unset'}); set it, e.g. release-tag: v1.2.0.`,
      { input: 'release-tag' }
    )
  }
  const token = raw.githubToken.trim()
  if (!token) {
    throw new ActionError(
      'github-token is empty, but upload includes release: leave it at its default ' +
        '(${{ github.token }}) or pass a token that may write the repository contents.',
      { input: 'github-token' }
    )
  }
  return { ...options, releaseTag, token }
}

/** Accepts commas or whitespace between modes, so a YAML list block works too. */
function parseUploadModes(raw: string): Set<UploadMode> {
  const words = raw
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
  if (words.length === 0) return new Set(['artifact'])
  if (words.length === 1 && words[0] === 'none') return new Set()
  const modes = new Set<UploadMode>()
  for (const word of words) {
    if (word !== 'artifact' && word !== 'release') {
      throw new ActionError(
        `upload: "${raw.trim()}" is not a valid value; use artifact, release, artifact,release or none.`,
        { input: 'upload' }
      )
    }
    modes.add(word)
  }
  return modes
}

function parseRetentionDays(raw: string): number | undefined {
  const text = raw.trim()
  if (!text) return undefined
  const days = Number(text)
  if (!/^\d+$/.test(text) || days < 1 || days > MAX_RETENTION_DAYS) {
    throw new ActionError(
      `retention-days: "${text}" is not a whole number of days from 1 to ${MAX_RETENTION_DAYS}; ` +
        `leave it empty for the repository's default.`,
      { input: 'retention-days' }
    )
  }
  return days
}

function parseAssetName(raw: string): string | undefined {
  const name = raw.trim()
  if (/[/\\]/.test(name)) {
    throw new ActionError(
      `asset-name: "${name}" is a path; give a file name such as demo.mp4 (the upload is always the rendered video).`,
      { input: 'asset-name' }
    )
  }
  return name || undefined
}

/**
 * The tag of the release that started the run (from the event payload, which also covers
 * `release: created` on a draft) or of the pushed tag.
 */
function defaultReleaseTag(env: NodeJS.ProcessEnv): string | undefined {
  const fromEvent =
    env.GITHUB_EVENT_NAME === 'release' ? releaseEventTag(env.GITHUB_EVENT_PATH) : undefined
  if (fromEvent) return fromEvent
  const ref = env.GITHUB_REF ?? ''
  return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined
}

function releaseEventTag(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined
  try {
    const payload: unknown = JSON.parse(readFileSync(eventPath, 'utf8'))
    const release = isRecord(payload) ? payload.release : undefined
    const tag = isRecord(release) ? release.tag_name : undefined
    return typeof tag === 'string' && tag ? tag : undefined
  } catch {
    // An unreadable payload is the runner's problem; GITHUB_REF still names the tag.
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
