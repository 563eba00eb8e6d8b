import path from 'node:path'
import type { Credentials } from '../aistudios/client.js'
import type { Resolution } from '../aistudios/export-request.js'
import type { DeliveryOptions } from '../deliver/options.js'
import { declaration, type SettingName } from './declarations.js'
import type { ManifestSettings, Settings } from './types.js'
import { settingReader, type SettingGetter, type SettingReader as Reader } from './reader.js'
import { SettingError } from './values.js'
import type { Edge } from './words.js'

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

/** Every setting, typed and checked, failing on the first bad one with a message in the edge's words. */
export function parseSettings(get: SettingGetter, edge: Edge, context: ParseContext): Settings {
  const s = settingReader(get, edge, context.workspace)
  const manifest = readManifest(s, edge, context.workspace)
  const resumeProjectId = s.projectId('resume-project-id')
  const webhookUrl = s.url('webhook-url')
  return {
    projectId: manifest ? '' : readProjectId(s, edge, resumeProjectId),
    resumeProjectId,
    patchPath: s.path('patch'),
    vars: { ...context.runVars, ...s.map('vars') },
    credentials: readCredentials(s, edge),
    apiUrl: s.url('api-url')!.href.replace(/\/+$/, ''),
    settings: {
      resolution: s.choice('resolution') as Resolution,
      workspaceId: s.text('workspace-id'),
      webhookUrl: webhookUrl?.href
    },
    timeoutMs: s.number('timeout-minutes') * 60_000,
    uploadTimeoutMs: s.number('upload-timeout-minutes') * 60_000,
    requestTimeoutMs: s.number('request-timeout-seconds') * 1000,
    outputPath: s.path('output-path'),
    dryRun: s.boolean('dry-run'),
    cache: s.boolean('cache'),
    deleteRenderedProject: s.boolean('delete-rendered-project'),
    workspace: context.workspace,
    delivery: readDelivery(s, edge, context),
    maxExports: s.number('max-exports'),
    ...(manifest ? { manifest } : {}),
    ...(s.boolean('pr-comment')
      ? { prComment: { token: requireToken(s, edge, 'pr-comment', 'write pull-request comments') } }
      : {})
  }
}

function fail(name: SettingName, message: string): never {
  throw new SettingError(message, name)
}

/** A manifest names each video's project, patch, output and resumed render: the run takes none of its own. */
function readManifest(s: Reader, edge: Edge, workspace: string): ManifestSettings | undefined {
  const file = s.path('manifest')
  if (!file) return undefined
  const manifest = declaration('manifest')
  for (const single of ['project-id', 'patch', 'resume-project-id', 'output-path'] as const) {
    const d = declaration(single)
    if (s.given(single))
      fail(
        'manifest',
        `${edge.subject(manifest)} is set together with ${edge.mention(d)}: the manifest names each video's ${single}; ${edge.howToRemove(d)}.`
      )
  }
  return {
    file: path.relative(workspace, file).split(path.sep).join('/'),
    only: s.text('only') ?? '',
    maxParallel: s.number('max-parallel'),
    failFast: s.boolean('fail-fast')
  }
}

function readProjectId(s: Reader, edge: Edge, resumeProjectId: string | undefined): string {
  const id = s.projectId('project-id') ?? resumeProjectId
  if (id) return id
  return fail(
    'project-id',
    `${edge.subject(declaration('project-id'))} is required: set it to the last part of the project's editor URL (https://app.aistudios.com/editor/<project-id>).`
  )
}

function readCredentials(s: Reader, edge: Edge): Credentials {
  const [apiKey, appId, userKey] = (['api-key', 'app-id', 'user-key'] as const).map(name =>
    s.text(name)
  )
  const [key, app, user] = (['api-key', 'app-id', 'user-key'] as const).map(declaration)
  if (apiKey && (appId || userKey))
    fail(
      'api-key',
      `${edge.subject(key)} is set together with ${edge.mention(app)}/${edge.mention(user)}: keep either ${edge.mention(key)}, or ${edge.mention(app)} with ${edge.mention(user)}.`
    )
  if (apiKey) return { apiKey }
  if (appId && userKey) return { appId, userKey }
  if (appId)
    fail(
      'user-key',
      `${edge.subject(user)} ${edge.unset}, but ${edge.mention(app)} is set: ${edge.howToSet(user)}.`
    )
  if (userKey)
    fail(
      'app-id',
      `${edge.subject(app)} ${edge.unset}, but ${edge.mention(user)} is set: ${edge.howToSet(app)}.`
    )
  return fail(
    'api-key',
    `${edge.subject(key)} ${edge.unset}, and so are ${edge.mention(app)} and ${edge.mention(user)}: ${edge.howToSet(key)}, or ${edge.mention(app)} and ${edge.mention(user)} (from https://account.aistudios.com/user/api-key).`
  )
}

/** Everything delivery needs is known before the render, so its mistakes cost no credits. */
function readDelivery(s: Reader, edge: Edge, context: ParseContext): DeliveryOptions {
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
      `${edge.subject(declaration('release-tag'))} is required when ${edge.mention(declaration('upload'))} includes release and the run was not started by a ` +
        `release or a tag push (GITHUB_REF is ${context.ref || 'unset'}): set it, e.g. ${edge.example(declaration('release-tag'), 'v1.2.0')}.`
    )
  return {
    ...options,
    releaseTag,
    token: requireToken(s, edge, 'upload', 'write the repository contents')
  }
}

function requireToken(s: Reader, edge: Edge, why: 'upload' | 'pr-comment', may: string): string {
  const token = s.text('github-token')
  if (token) return token
  const d = declaration('github-token')
  const reason =
    why === 'upload'
      ? `${edge.mention(declaration('upload'))} includes release`
      : `${edge.mention(declaration('pr-comment'))} is true`
  return fail(
    'github-token',
    `${edge.subject(d)} ${edge.unset}, but ${reason}: leave it at its default (${d.runnerDefault}) or pass a token that may ${may}.`
  )
}
