import { readFileSync } from 'node:fs'
import type { DeliveryOptions, UploadMode } from '../deliver/options.js'
import { ActionError } from '../shared/errors.js'
import { isRecord } from '../shared/json.js'
import { booleanInput, inputError, wholeNumberInput } from './input-values.js'
import type { InputReader } from './inputs.js'

const MAX_RETENTION_DAYS = 90

/**
 * The delivery inputs, failing on the first bad value. Everything here is known before the render, so
 * mistakes cost no credits. Empty inputs take the action.yml defaults, since `node dist/index.js` also
 * runs without a runner filling them in.
 */
export function readDeliveryInputs(read: InputReader, env: NodeJS.ProcessEnv): DeliveryOptions {
  const modes = readUploadModes(read('upload'))
  const options: DeliveryOptions = {
    modes,
    retentionDays: wholeNumberInput(
      read('retention-days'),
      'retention-days',
      [1, MAX_RETENTION_DAYS],
      "for the repository's default"
    ),
    overwrite: booleanInput(read('overwrite'), 'overwrite', true),
    assetName: readAssetName(read('asset-name'))
  }
  if (!modes.has('release')) return options

  const releaseTag =
    read('release-tag')
      .trim()
      .replace(/^refs\/tags\//, '') || defaultReleaseTag(env)
  if (!releaseTag) {
    throw new ActionError(
      `Input \`release-tag\` is required when \`upload\` includes release and the run was not started by a ` +
        `release or a tag push (GITHUB_REF is ${env.GITHUB_REF || 'unset'}): set it, e.g. release-tag: v1.2.0.`,
      { input: 'release-tag' }
    )
  }
  const token = read('github-token').trim()
  if (!token) {
    throw new ActionError(
      'Input `github-token` is empty, but `upload` includes release: leave it at its default ' +
        '(${{ github.token }}) or pass a token that may write the repository contents.',
      { input: 'github-token' }
    )
  }
  return { ...options, releaseTag, token }
}

/** Accepts commas or whitespace between modes, so a YAML list block works too. */
function readUploadModes(raw: string): Set<UploadMode> {
  const words = raw
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
  if (words.length === 0) return new Set(['artifact'])
  if (words.length === 1 && words[0] === 'none') return new Set()
  const modes = new Set<UploadMode>()
  for (const word of words) {
    if (word !== 'artifact' && word !== 'release') {
      throw inputError('upload', raw.trim(), 'use artifact, release, artifact,release or none.')
    }
    modes.add(word)
  }
  return modes
}

function readAssetName(raw: string): string | undefined {
  const name = raw.trim()
  if (/[/\\]/.test(name)) {
    throw inputError(
      'asset-name',
      name,
      'that is a path: give a file name such as product-tour.mp4 (the upload is always the rendered video).'
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
