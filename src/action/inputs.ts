import { readFileSync } from 'node:fs'
import path from 'node:path'
import { closest } from '../settings/closest.js'
import { DECLARATIONS, isSettingName } from '../settings/declarations.js'
import { parseSettings } from '../settings/parse.js'
import type { Settings } from '../settings/types.js'
import { SettingError } from '../settings/values.js'
import { actionWords } from '../settings/words.js'
import { Redactor } from '../shared/redact.js'
import { isRecord } from '../shared/json.js'
import type { Runner } from './runner.js'

/** Reads one input the way the runner passes it (`INPUT_<NAME>`, hyphens kept), '' when unset. */
export type InputReader = (name: string) => string

/**
 * Masks the secret inputs before anything else runs, so no later line can print them; the redactor it returns
 * scrubs them from text that reaches the summary, which the runner does not mask.
 */
export function maskSecretInputs(runner: Runner): Redactor {
  const redactor = new Redactor()
  for (const { name } of DECLARATIONS.filter(d => d.secret)) {
    const value = runner.input(name)
    if (value) runner.secret(value)
    redactor.add(value)
  }
  return redactor
}

/**
 * The action's side of the settings: the step's inputs, in the workflow's words. An input the action does not
 * take fails the run when it is a near miss of one it does (a typo would otherwise be silently ignored), and
 * is a warning otherwise.
 */
export function readInputs(
  read: InputReader,
  env: NodeJS.ProcessEnv,
  warn: (line: string) => void = () => {}
): Settings {
  checkInputNames(env, warn)
  return parseSettings(read, actionWords, {
    workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
    runVars: githubContext(env),
    releaseTag: defaultReleaseTag(env),
    ref: env.GITHUB_REF
  })
}

/** The runner passes `with:` keys as `INPUT_<NAME>`: uppercased, spaces as `_`, hyphens kept. */
export function checkInputNames(env: NodeJS.ProcessEnv, warn: (line: string) => void): void {
  const names = DECLARATIONS.map(d => d.name)
  for (const variable of Object.keys(env)) {
    if (!variable.startsWith('INPUT_')) continue
    const name = variable.slice('INPUT_'.length).toLowerCase()
    if (isSettingName(name)) continue
    const match = closest(name, names)
    if (match?.near)
      throw new SettingError(
        `Input \`${name}\` is not an input of this action: did you mean \`${match.name}\`?`,
        name
      )
    warn(`Input \`${name}\` is not an input of this action (${variable} is set): it is ignored.`)
  }
}

/**
 * The tag of the release that started the run (from the event payload, which also covers `release: created`
 * on a draft) or of the pushed tag.
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
