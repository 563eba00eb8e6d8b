import * as core from '@actions/core'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { Credentials, Resolution } from '../aistudios/client.js'
import { parseDeliveryOptions, type DeliveryOptions } from '../deliver/options.js'
import { ActionError } from '../shared/errors.js'
import { parseBoolean } from '../shared/parse-boolean.js'

/** Everything a run needs, validated before the first network call. */
export interface Inputs {
  projectId: string
  /** Skip the export: poll and download a render that was started earlier. */
  resumeProjectId?: string
  patchPath?: string
  /** Values for `{{ name }}` placeholders: the `vars` input and the run's context (`github.sha`, ...). */
  vars: Record<string, string>
  credentials: Credentials
  apiUrl: string
  resolution: Resolution
  workspaceId?: string
  webhookUrl?: string
  timeoutMs: number
  requestTimeoutMs: number
  /** Absolute; undefined means `videos/<slug of the project name>.mp4` under the workspace. */
  outputPath?: string
  dryRun: boolean
  workspace: string
  delivery: DeliveryOptions
}

/** Reads one input the way the runner passes it (`INPUT_<NAME>`, hyphens kept). */
export type InputReader = (name: string) => string

export const SECRET_INPUTS = ['api-key', 'user-key', 'github-token'] as const

/** Masks the secret inputs before anything else runs, so no later line can print them. */
export function maskSecretInputs(read: InputReader): void {
  for (const name of SECRET_INPUTS) {
    const value = read(name)
    if (value) core.setSecret(value)
  }
}

const RESOLUTIONS: readonly Resolution[] = ['4k', '1080', '720', '480']
const MAX_TIMEOUT_MINUTES = 360 // a GitHub-hosted job's own limit

export function readInputs(read: InputReader, env: NodeJS.ProcessEnv): Inputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const apiUrl = readUrl(read, 'api-url', ['http:', 'https:'])
  const resumeProjectId = optionalId(read, 'resume-project-id')
  const projectId = readProjectId(read, resumeProjectId)
  const patch = read('patch')
  return {
    projectId,
    resumeProjectId,
    patchPath: patch ? insideWorkspace(workspace, patch, 'patch') : undefined,
    vars: { ...githubContext(env), ...readVars(read('vars')) },
    credentials: readCredentials(read),
    apiUrl: apiUrl.replace(/\/+$/, ''),
    resolution: readResolution(read),
    workspaceId: read('workspace-id') || undefined,
    webhookUrl: read('webhook-url') ? readUrl(read, 'webhook-url', ['https:']) : undefined,
    timeoutMs: readPositiveNumber(read, 'timeout-minutes', MAX_TIMEOUT_MINUTES) * 60_000,
    requestTimeoutMs: readPositiveNumber(read, 'request-timeout-seconds', 600) * 1000,
    outputPath: read('output-path')
      ? insideWorkspace(workspace, read('output-path'), 'output-path')
      : undefined,
    dryRun: parseBoolean(read('dry-run'), 'dry-run', false),
    workspace,
    delivery: parseDeliveryOptions(
      {
        upload: read('upload'),
        retentionDays: read('retention-days'),
        overwrite: read('overwrite'),
        releaseTag: read('release-tag'),
        assetName: read('asset-name'),
        githubToken: read('github-token')
      },
      env
    )
  }
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/

function readProjectId(read: InputReader, resumeProjectId: string | undefined): string {
  const id = optionalId(read, 'project-id')
  if (id) return id
  if (resumeProjectId) return resumeProjectId
  throw new ActionError(
    "Input `project-id` is required: set it to the last part of the project's editor URL (https://app.aistudios.com/editor/<project-id>).",
    { input: 'project-id' }
  )
}

function optionalId(read: InputReader, name: string): string | undefined {
  const value = read(name)
  if (!value) return undefined
  if (!ID_PATTERN.test(value)) {
    throw new ActionError(
      `Input \`${name}\` is not a project id: use only letters, digits, "-" and "_" (the last part of the editor URL), e.g. 65fa6b07dca2e367461a2925.`,
      { input: name }
    )
  }
  return value
}

function readCredentials(read: InputReader): Credentials {
  const apiKey = read('api-key')
  const appId = read('app-id')
  const userKey = read('user-key')
  if (apiKey && (appId || userKey)) {
    throw new ActionError(
      'Set either `api-key`, or `app-id` with `user-key`, not both: remove one of them.',
      {
        input: 'api-key'
      }
    )
  }
  if (apiKey) return { apiKey }
  if (appId && userKey) return { appId, userKey }
  if (appId) {
    throw new ActionError(
      'Input `app-id` needs `user-key` too: add `user-key: ${{ secrets.AISTUDIOS_USER_KEY }}`.',
      {
        input: 'user-key'
      }
    )
  }
  if (userKey) {
    throw new ActionError(
      'Input `user-key` needs `app-id` too: add `app-id: ${{ secrets.AISTUDIOS_APP_ID }}`.',
      {
        input: 'app-id'
      }
    )
  }
  throw new ActionError(
    'No AI Studios credentials: set `api-key: ${{ secrets.AISTUDIOS_API_KEY }}`, or `app-id` and `user-key` (from https://account.aistudios.com/user/api-key).',
    { input: 'api-key' }
  )
}

function readResolution(read: InputReader): Resolution {
  const value = read('resolution').toLowerCase()
  const resolution = RESOLUTIONS.find(r => r === value)
  if (!resolution) {
    throw new ActionError(
      `Input \`resolution\` is "${read('resolution')}": use one of ${RESOLUTIONS.join(', ')}.`,
      {
        input: 'resolution'
      }
    )
  }
  return resolution
}

function readPositiveNumber(read: InputReader, name: string, max: number): number {
  const raw = read(name)
  const value = Number(raw)
  if (raw === '' || !Number.isFinite(value) || value <= 0 || value > max) {
    throw new ActionError(
      `Input \`${name}\` is "${raw}": use a number greater than 0 and at most ${max}, e.g. 30.`,
      {
        input: name
      }
    )
  }
  return value
}

function readUrl(read: InputReader, name: string, protocols: string[]): URL['href'] {
  const raw = read(name)
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    url = new URL('invalid:')
  }
  if (!protocols.includes(url.protocol) || !url.hostname) {
    throw new ActionError(
      `Input \`${name}\` is "${raw}": use an ${protocols.map(p => p.slice(0, -1)).join(' or ')} URL, e.g. https://app.aistudios.com.`,
      {
        input: name
      }
    )
  }
  return url.href
}

/** A path from an input, resolved in the workspace; it may not leave it (`..`, absolute paths elsewhere). */
export function insideWorkspace(workspace: string, file: string, input: string): string {
  const resolved = path.resolve(workspace, file)
  const relative = path.relative(workspace, resolved)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ActionError(
      `Input \`${input}\` is "${file}", outside the workspace: use a path inside the repository, e.g. videos/demo.mp4.`,
      {
        input
      }
    )
  }
  return resolved
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
        `Input \`vars\`: the value of "${name}" is ${value === null ? 'empty' : 'a list or map'}: give it a text or number value.`,
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
