import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { Redactor } from '../shared/redact.js'
import type { Credentials } from '../aistudios/client.js'
import { RESOLUTIONS, type Resolution } from '../aistudios/export-request.js'
import { ActionError } from '../shared/errors.js'
import { readDeliveryInputs } from './delivery-inputs.js'
import {
  booleanInput,
  inputError,
  positiveNumberInput,
  projectIdInput,
  urlInput,
  wholeNumberInput,
  workspacePathInput
} from './input-values.js'
import type { RunSettings } from '../run/index.js'
import type { Runner } from './runner.js'

/** Everything a run needs, validated before the first network call: the video's job and the run's settings. */
export interface Inputs extends RunSettings {
  timeoutMs: number
  /** Set with `pr-comment: true`: the token that writes the pull request's comment. */
  prComment?: { token: string }
}

/** Reads one input the way the runner passes it (`INPUT_<NAME>`, hyphens kept). */
export type InputReader = (name: string) => string

export const SECRET_INPUTS = ['api-key', 'user-key', 'github-token'] as const

/**
 * Masks the secret inputs before anything else runs, so no later line can print them; the redactor it returns
 * scrubs them from text that reaches the summary, which the runner does not mask.
 */
export function maskSecretInputs(runner: Runner): Redactor {
  const redactor = new Redactor()
  for (const name of SECRET_INPUTS) {
    const value = runner.input(name)
    if (value) runner.secret(value)
    redactor.add(value)
  }
  return redactor
}

const MAX_TIMEOUT_MINUTES = 360 // a GitHub-hosted job's own limit

export function readInputs(read: InputReader, env: NodeJS.ProcessEnv): Inputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const apiUrl = urlInput(
    read('api-url'),
    'api-url',
    ['http:', 'https:'],
    'https://app.aistudios.com'
  )
  const resumeProjectId = projectIdInput(read('resume-project-id'), 'resume-project-id')
  const fleet = readFleetInputs(read, workspace)
  const projectId = fleet ? '' : readProjectId(read, resumeProjectId)
  const patch = read('patch')
  const outputPath = read('output-path')
  const webhookUrl = read('webhook-url')
  return {
    projectId,
    resumeProjectId,
    patchPath: patch
      ? workspacePathInput(workspace, patch, 'patch', '.github/videos/product-tour.yaml')
      : undefined,
    vars: { ...githubContext(env), ...readVars(read('vars')) },
    credentials: readCredentials(read),
    apiUrl: apiUrl.href.replace(/\/+$/, ''),
    settings: {
      resolution: readResolution(read),
      workspaceId: read('workspace-id') || undefined,
      webhookUrl: webhookUrl
        ? urlInput(webhookUrl, 'webhook-url', ['https:'], 'https://hooks.example.com/render').href
        : undefined
    },
    timeoutMs:
      positiveNumberInput(read('timeout-minutes'), 'timeout-minutes', MAX_TIMEOUT_MINUTES, 30) *
      60_000,
    uploadTimeoutMs:
      positiveNumberInput(
        read('upload-timeout-minutes'),
        'upload-timeout-minutes',
        MAX_TIMEOUT_MINUTES,
        10
      ) * 60_000,
    requestTimeoutMs:
      positiveNumberInput(read('request-timeout-seconds'), 'request-timeout-seconds', 600, 60) *
      1000,
    outputPath: outputPath
      ? workspacePathInput(workspace, outputPath, 'output-path', 'videos/product-tour.mp4')
      : undefined,
    dryRun: booleanInput(read('dry-run'), 'dry-run', false),
    cache: booleanInput(read('cache'), 'cache', true),
    deleteRenderedProject: booleanInput(
      read('delete-rendered-project'),
      'delete-rendered-project',
      false
    ),
    workspace,
    delivery: readDeliveryInputs(read, env),
    maxExports: wholeNumberInput(read('max-exports'), 'max-exports', [0, 10_000], 'for 10') ?? 10,
    maxParallel: fleet?.maxParallel ?? 3,
    failFast: fleet?.failFast ?? false,
    ...(fleet ? { manifest: { file: fleet.manifest, only: fleet.only } } : {}),
    ...readPrComment(read)
  }
}

function readPrComment(read: InputReader): Pick<Inputs, 'prComment'> {
  if (!booleanInput(read('pr-comment'), 'pr-comment', false)) return {}
  const token = read('github-token').trim()
  if (!token)
    throw new ActionError(
      'Input `github-token` is empty, but `pr-comment` is true: leave it at its default (${{ github.token }}) or pass a token that may write pull-request comments.',
      { input: 'github-token' }
    )
  return { prComment: { token } }
}

function readFleetInputs(
  read: InputReader,
  workspace: string
): { manifest: string; only: string; maxParallel: number; failFast: boolean } | undefined {
  const manifest = read('manifest')
  if (!manifest) return undefined
  for (const single of ['project-id', 'patch', 'resume-project-id'])
    if (read(single))
      throw new ActionError(
        `Input \`manifest\` is set together with \`${single}\`: the manifest names each video's ${single}; remove \`${single}\` from the step.`,
        { input: 'manifest' }
      )
  const file = workspacePathInput(workspace, manifest, 'manifest', '.github/videos.yaml')
  return {
    manifest: path.relative(workspace, file).split(path.sep).join('/'),
    only: read('only'),
    maxParallel: wholeNumberInput(read('max-parallel'), 'max-parallel', [1, 50], 'for 3') ?? 3,
    failFast: booleanInput(read('fail-fast'), 'fail-fast', false)
  }
}

function readProjectId(read: InputReader, resumeProjectId: string | undefined): string {
  const id = projectIdInput(read('project-id'), 'project-id')
  if (id) return id
  if (resumeProjectId) return resumeProjectId
  throw new ActionError(
    "Input `project-id` is required: set it to the last part of the project's editor URL (https://app.aistudios.com/editor/<project-id>).",
    { input: 'project-id' }
  )
}

function readCredentials(read: InputReader): Credentials {
  const apiKey = read('api-key')
  const appId = read('app-id')
  const userKey = read('user-key')
  const fail = (input: string, message: string): never => {
    throw new ActionError(`Input \`${input}\` ${message}`, { input })
  }
  if (apiKey && (appId || userKey))
    fail(
      'api-key',
      'is set together with `app-id`/`user-key`: keep either `api-key`, or `app-id` with `user-key`.'
    )
  if (apiKey) return { apiKey }
  if (appId && userKey) return { appId, userKey }
  if (appId)
    fail(
      'user-key',
      'is empty, but `app-id` is set: add `user-key: ${{ secrets.AISTUDIOS_USER_KEY }}`.'
    )
  if (userKey)
    fail(
      'app-id',
      'is empty, but `user-key` is set: add `app-id: ${{ secrets.AISTUDIOS_APP_ID }}`.'
    )
  return fail(
    'api-key',
    'is empty, and so are `app-id` and `user-key`: set `api-key: ${{ secrets.AISTUDIOS_API_KEY }}`, or `app-id` and `user-key` (from https://account.aistudios.com/user/api-key).'
  )
}

function readResolution(read: InputReader): Resolution {
  const value = read('resolution').toLowerCase()
  const resolution = RESOLUTIONS.find(r => r === value)
  if (!resolution)
    throw inputError('resolution', read('resolution'), `use one of ${RESOLUTIONS.join(', ')}.`)
  return resolution
}

function readVars(text: string): Record<string, string> {
  if (!text.trim()) return {}
  let parsed: unknown
  try {
    parsed = parseYaml(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new ActionError(
      `Input \`vars\` is not valid YAML or JSON (${reason}): write a map, e.g. "version: 1.2.0".`,
      { input: 'vars' }
    )
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ActionError(
      'Input `vars` must be a map of names to values, e.g. "version: 1.2.0" or {"version": "1.2.0"}.',
      {
        input: 'vars'
      }
    )
  }
  const vars: Record<string, string> = {}
  for (const [name, value] of Object.entries(parsed)) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      throw new ActionError(
        `Input \`vars\` gives "${name}" ${value === null ? 'no value' : 'a list or map'}: give it a text or number value.`,
        {
          input: 'vars'
        }
      )
    }
    vars[name] = String(value)
  }
  return vars
}

/** The run's context, for placeholders such as `{{ github.sha }}`. */
function githubContext(env: NodeJS.ProcessEnv): Record<string, string> {
  const names = {
    'github.sha': 'GITHUB_SHA',
    'github.ref': 'GITHUB_REF',
    'github.ref_name': 'GITHUB_REF_NAME',
    'github.repository': 'GITHUB_REPOSITORY',
    'github.run_id': 'GITHUB_RUN_ID',
    'github.run_number': 'GITHUB_RUN_NUMBER',
    'github.actor': 'GITHUB_ACTOR',
    'github.event_name': 'GITHUB_EVENT_NAME'
  }
  const context: Record<string, string> = {}
  for (const [name, variable] of Object.entries(names)) {
    const value = env[variable]
    if (value) context[name] = value
  }
  if (context['github.sha']) context['github.short_sha'] = context['github.sha'].slice(0, 7)
  return context
}
