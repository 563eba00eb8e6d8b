import { readFile } from 'node:fs/promises'
import { declaration, type SettingName } from '../settings/declarations.js'
import { parseSettings } from '../settings/parse.js'
import type { Settings } from '../settings/types.js'
import { terminalWords } from '../settings/words.js'
import { COMMANDS, UsageError, type CommandName } from './usage.js'

export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>

/**
 * The terminal's side of the settings: the command's flags and argument, and the AISTUDIOS_* variables, read
 * by the same parser as the action's inputs, with the same defaults, in the terminal's words. The terminal
 * delivers nothing and keeps no cache; `plan` is a dry run.
 */
export async function readTerminalSettings(
  name: CommandName,
  projectId: string | undefined,
  values: Values,
  env: NodeJS.ProcessEnv,
  cwd: string
): Promise<Settings> {
  const flags = new Set<SettingName>(COMMANDS[name].settings)
  const varsFile = typeof values.vars === 'string' ? values.vars : undefined
  const fixed: Partial<Record<SettingName, string>> = {
    'dry-run': String(name === 'plan'),
    cache: 'false',
    upload: 'none',
    overwrite: 'false',
    vars: varsFile === undefined ? undefined : await readVarsFile(varsFile)
  }
  const get = (setting: SettingName): string | undefined => {
    if (Object.hasOwn(fixed, setting)) return fixed[setting]
    const { cli } = declaration(setting)
    if (!cli) return undefined
    if ('argument' in cli) return projectId
    if ('env' in cli) return env[cli.env]
    const value = flags.has(setting) ? values[cli.flag] : undefined
    return typeof value === 'string' ? value : undefined
  }
  // The vars' messages name the file they come from.
  const words = terminalWords(d =>
    d.name === 'vars' && varsFile ? `--vars ${varsFile}` : undefined
  )
  const settings = parseSettings(get, words, { workspace: cwd, runVars: {} })
  return { ...settings, vars: { ...settings.vars, ...readVarFlags(values.var) } }
}

async function readVarsFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new UsageError(`--vars ${file}: ${(error as Error).message.split('\n')[0]}`)
  }
}

/** Each `--var NAME=VALUE`, over the `--vars` file. */
function readVarFlags(pairs: Values[string]): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const pair of (pairs ?? []) as string[]) {
    const equals = pair.indexOf('=')
    if (equals < 1)
      throw new UsageError(`--var "${pair}" must be NAME=VALUE, e.g. --var version=1.2.0`)
    vars[pair.slice(0, equals)] = pair.slice(equals + 1)
  }
  return vars
}
