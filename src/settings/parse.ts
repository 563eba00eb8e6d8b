import path from 'node:path'
import type { Credentials } from '../aistudios/client.js'
import type { ExportSettings, Resolution } from '../aistudios/export-request.js'
import type { DeliveryOptions } from '../deliver/options.js'
import { MAX_SHARDS, parseShard, type Shard } from '../manifest/shard.js'
import { declaration, type SettingName } from './declarations.js'
import { settingReader, type SettingGetter, type SettingReader as Reader } from './reader.js'
import { SettingError } from './values.js'
import type { Wording } from './words.js'

/** What the parser needs of the run around it, as plain values: it reads no file and no environment. */
export interface ParseContext {
  /** Absolute: where relative paths resolve and which they may not leave. */
  workspace: string
  /** The run's own placeholder values (`github.sha`, ...), under the user's `vars`. */
  runVars: Record<string, string>
  /** The tag of the release or tag push that started the run: `release-tag`'s default. */
  releaseTag?: string
  /** The ref that started the run, named when `release-tag` has no default. */
  ref?: string
}

/**
 * Every setting, typed and checked, failing on the first bad one with a message in the user's words. What it
 * returns is the run's `Settings` type (types.ts): a new setting is a declaration and a line here.
 */
export function parseSettings(get: SettingGetter, wording: Wording, context: ParseContext) {
  const s = settingReader(get, wording, context.workspace)
  const manifest = readManifest(s, wording, context.workspace)
  const resumeProjectId = s.projectId('resume-project-id')
  const webhookUrl = s.url('webhook-url')
  const settings: ExportSettings = {
    resolution: s.choice('resolution') as Resolution,
    workspaceId: s.text('workspace-id'),
    webhookUrl: webhookUrl?.href
  }
  return {
    /** Empty for a manifest run (each video names its own); the resumed render's id when only that is given. */
    projectId: manifest ? '' : readProjectId(s, wording, resumeProjectId),
    /** Skip the export: poll and download a render that was started earlier. */
    resumeProjectId,
    /** Absolute, inside the workspace. */
    patchPath: s.path('patch'),
    /** The user's placeholder values over the run's own (`github.sha`, ...). */
    vars: { ...context.runVars, ...s.map('vars') },
    credentials: readCredentials(s, wording),
    /** Without a trailing `/`. */
    apiUrl: s.url('api-url')!.href.replace(/\/+$/, ''),
    settings,
    /** The run's deadline: export, render and download. */
    timeoutMs: s.number('timeout-minutes') * 60_000,
    /** Delivery's own deadline, counted from the end of the download. */
    uploadTimeoutMs: s.number('upload-timeout-minutes') * 60_000,
    /** The bound of one request to AI Studios. */
    requestTimeoutMs: s.number('request-timeout-seconds') * 1000,
    /** Absolute, inside the workspace; undefined means `videos/<slug of the project name>.mp4`. */
    outputPath: s.path('output-path'),
    dryRun: s.boolean('dry-run'),
    cache: s.boolean('cache'),
    /** After delivery, delete the project this run's export created (never the source, resumed or cached one). */
    deleteRenderedProject: s.boolean('delete-rendered-project'),
    /** The poster frame, a JPEG of the video made with ffmpeg, delivered, cached and output beside it. */
    poster: {
      /** `auto`: when ffmpeg is on PATH; `true`: required (checked before any export); `false`: none. */
      mode: s.choice('poster') as 'auto' | 'true' | 'false',
      /** Seconds into the video; the run clamps it to the video's duration. */
      atSeconds: s.number('poster-time')
    },
    /** Absolute: where relative paths resolve and which the run's files may not leave. */
    workspace: context.workspace,
    delivery: readDelivery(s, wording, context),
    /** The most exports the run may start; 0: no limit. */
    maxExports: s.number('max-exports'),
    /** Set when the run renders a manifest's videos; `projectId`, `patchPath` and `outputPath` are then unset. */
    manifest,
    /** Set with `pr-comment: true`: the token that writes the pull request's comment. */
    prComment: s.boolean('pr-comment')
      ? { token: requireToken(s, wording, 'pr-comment', 'write pull-request comments') }
      : undefined
  }
}

function fail(name: SettingName, message: string): never {
  throw new SettingError(message, name)
}

/** A manifest names each video's project, patch, output and resumed render: the run takes none of its own. */
function readManifest(s: Reader, wording: Wording, workspace: string) {
  const file = s.path('manifest')
  const manifest = declaration('manifest')
  const gather = s.boolean('gather')
  if (!file) {
    const sharding = (['shard', 'shard-count'] as const).find(name => s.given(name))
    if (sharding || gather)
      fail(
        sharding ?? 'gather',
        `${wording.subject(declaration(sharding ?? 'gather'))} needs ${wording.mention(manifest)}: shards split a manifest's videos; ${wording.howToSet(manifest)}.`
      )
    return undefined
  }
  for (const single of ['project-id', 'patch', 'resume-project-id', 'output-path'] as const) {
    const d = declaration(single)
    if (s.given(single))
      fail(
        'manifest',
        `${wording.subject(manifest)} is set together with ${wording.mention(d)}: the manifest names each video's ${single}; ${wording.howToRemove(d)}.`
      )
  }
  return {
    /** Relative to the workspace, with `/`, as the manifest's messages show it. */
    file: path.relative(workspace, file).split(path.sep).join('/'),
    /** The selected videos' names, comma- or newline-separated; empty for all. */
    only: s.text('only') ?? '',
    maxParallel: s.number('max-parallel'),
    failFast: s.boolean('fail-fast'),
    ...readShard(s, wording, gather),
    shardCount: s.whole('shard-count'),
    gather
  }
}

/** `i/n` as `jest --shard` spells it; a gather reads every shard, so it takes none. */
function readShard(s: Reader, wording: Wording, gather: boolean): { shard?: Shard } {
  const text = s.text('shard')
  if (!text) return {}
  const d = declaration('shard')
  if (gather)
    fail(
      'shard',
      `${wording.subject(d)} is set together with ${wording.mention(declaration('gather'))}: the gather job reports every shard; ${wording.howToRemove(d)}.`
    )
  const shard = parseShard(text)
  if (!shard)
    fail(
      'shard',
      `${wording.given(d, text)}: use i/n (shard i of n) with 1 <= i <= n <= ${MAX_SHARDS}, e.g. ${wording.example(d, '2/8')}.`
    )
  return { shard }
}

function readProjectId(s: Reader, wording: Wording, resumeProjectId: string | undefined): string {
  const id = s.projectId('project-id') ?? resumeProjectId
  if (id) return id
  return fail(
    'project-id',
    `${wording.subject(declaration('project-id'))} is required: set it to the last part of the project's editor URL (https://app.aistudios.com/editor/<project-id>).`
  )
}

function readCredentials(s: Reader, wording: Wording): Credentials {
  const [apiKey, appId, userKey] = (['api-key', 'app-id', 'user-key'] as const).map(name =>
    s.text(name)
  )
  const [key, app, user] = (['api-key', 'app-id', 'user-key'] as const).map(declaration)
  if (apiKey && (appId || userKey))
    fail(
      'api-key',
      `${wording.subject(key)} is set together with ${wording.mention(app)}/${wording.mention(user)}: keep either ${wording.mention(key)}, or ${wording.mention(app)} with ${wording.mention(user)}.`
    )
  if (apiKey) return { apiKey }
  if (appId && userKey) return { appId, userKey }
  if (appId)
    fail(
      'user-key',
      `${wording.subject(user)} ${wording.unset}, but ${wording.mention(app)} is set: ${wording.howToSet(user)}.`
    )
  if (userKey)
    fail(
      'app-id',
      `${wording.subject(app)} ${wording.unset}, but ${wording.mention(user)} is set: ${wording.howToSet(app)}.`
    )
  return fail(
    'api-key',
    `${wording.subject(key)} ${wording.unset}, and so are ${wording.mention(app)} and ${wording.mention(user)}: ${wording.howToSet(key)}, or ${wording.mention(app)} and ${wording.mention(user)} (from https://account.aistudios.com/user/api-key).`
  )
}

/** Everything delivery needs is known before the render, so its mistakes cost no credits. */
function readDelivery(s: Reader, wording: Wording, context: ParseContext): DeliveryOptions {
  const modes = s.upload('upload')
  const options: DeliveryOptions = {
    modes,
    retentionDays: s.whole('retention-days'),
    overwrite: s.boolean('overwrite'),
    assetName: s.fileName('asset-name')
  }
  if (!modes.has('release')) return options
  const releaseTag = s.text('release-tag')?.replace(/^refs\/tags\//, '') || context.releaseTag
  if (!releaseTag)
    fail(
      'release-tag',
      `${wording.subject(declaration('release-tag'))} is required when ${wording.mention(declaration('upload'))} includes release and the run was not started by a ` +
        `release or a tag push (GITHUB_REF is ${context.ref || 'unset'}): set it, e.g. ${wording.example(declaration('release-tag'), 'v1.2.0')}.`
    )
  return {
    ...options,
    releaseTag,
    token: requireToken(s, wording, 'upload', 'write the repository contents')
  }
}

function requireToken(
  s: Reader,
  wording: Wording,
  why: 'upload' | 'pr-comment',
  may: string
): string {
  const token = s.text('github-token')
  if (token) return token
  const d = declaration('github-token')
  const reason =
    why === 'upload'
      ? `${wording.mention(declaration('upload'))} includes release`
      : `${wording.mention(declaration('pr-comment'))} is true`
  return fail(
    'github-token',
    `${wording.subject(d)} ${wording.unset}, but ${reason}: leave it at its default (${d.runnerDefault}) or pass a token that may ${may}.`
  )
}
