import type { ParseArgsConfig } from 'node:util'
import { declaration, DECLARATIONS, type SettingName } from '../settings/declarations.js'

/** A mistake in how the CLI was called: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

type Options = NonNullable<ParseArgsConfig['options']>

interface Command {
  synopsis: string
  help: string
  options: Options
  /** The settings the command takes as flags (src/settings/declarations.ts); its other options are its own. */
  settings: readonly SettingName[]
}

/** One help line: the option and what it does, in two columns. */
function line(option: string, what: string): string {
  return `  ${option.padEnd(19)} ${what}\n`
}

/** The help lines of settings, from their declarations: the flag, the description and the default. */
function settingLines(names: readonly SettingName[]): string {
  return names
    .map(declaration)
    .map(d => {
      if (!d.cli || !('flag' in d.cli)) return ''
      const what = d.default ? `${d.description} (default ${d.default})` : d.description
      return line(`--${d.cli.flag} ${d.cli.arg}`, what)
    })
    .join('')
}

const ENVIRONMENT = `
Environment (credentials come from it only):
${DECLARATIONS.map(d =>
  d.cli && 'env' in d.cli
    ? line(d.cli.env, d.default ? `${d.description} (default ${d.default})` : d.description)
    : ''
).join(
  ''
)}  (an API key, or an App ID and User Key, from https://account.aistudios.com/user/api-key)
`

const VAR: Options = { var: { type: 'string', multiple: true } }
const VAR_HELP = line(
  '--var NAME=VALUE',
  'a value for {{ NAME }} placeholders, over --vars (repeatable)'
)
const JSON_OPTION: Options = { json: { type: 'boolean' } }
const JSON_HELP = line('--json', 'the results as JSON on standard output (docs/cli.md)')

/** The options every command takes. */
const COMMON: Options = { help: { type: 'boolean', short: 'h' }, verbose: { type: 'boolean' } }
const COMMON_HELP =
  line('--verbose', 'print every AI Studios exchange (method, path, status, redacted body)') +
  line('-h, --help', 'this help')

const EXIT_STATUS = `
Exit status: 0 done, 1 failed, 2 a usage mistake (a flag, a variable, a file), 130 interrupted (Ctrl-C),
143 terminated (SIGTERM).
`

function command(
  synopsis: string,
  what: string,
  settings: readonly SettingName[],
  own: { options: Options; help: string } = { options: {}, help: '' }
): Command {
  const options: Options = { ...own.options, ...COMMON }
  for (const name of settings) {
    const { cli } = declaration(name)
    if (cli && 'flag' in cli) options[cli.flag] = { type: 'string' }
  }
  const flags = own.help + settingLines(settings) + COMMON_HELP
  return {
    synopsis,
    options,
    settings,
    help: `Usage: aistudios-render ${synopsis}\n\n${what}\n\nOptions:\n${flags}${ENVIRONMENT}${EXIT_STATUS}`
  }
}

export const COMMANDS = {
  outline: command(
    'outline <project-id> [--json]',
    "Prints the project as a patch author needs it: per scene the speech and each clip's type, tag, id\nand the fields a patch sets.",
    [],
    { options: JSON_OPTION, help: line('--json', 'the outline as JSON') }
  ),
  init: command(
    'init <project-id> [--out FILE] [--force]',
    "Writes a starter patch: every scene's current script and every tagged clip's fields. As written it\nchanges nothing; edit what should change.",
    [],
    {
      options: { out: { type: 'string' }, force: { type: 'boolean' } },
      help:
        line(
          '--out FILE',
          'write the patch to FILE, creating its folders (default: standard output)'
        ) + line('--force', 'replace FILE if it exists')
    }
  ),
  plan: command(
    'plan <project-id> --patch FILE [--var NAME=VALUE ...] [--vars FILE] [--json]',
    'Shows what the patch changes, exactly as a dry run of the action does. Spends nothing.',
    ['patch', 'vars'],
    { options: { ...VAR, ...JSON_OPTION }, help: VAR_HELP + JSON_HELP }
  ),
  render: command(
    'render <project-id> [--patch FILE] [--var NAME=VALUE ...] [--vars FILE] [--resolution R]\n       [--out FILE] [--timeout-minutes N] [--resume RENDERED-ID] [--json]\n       render --manifest FILE [--only NAMES] [--var ...] [--vars FILE] [--resolution R] [--timeout-minutes N]',
    'Renders the project (patched, if --patch is given) and downloads the MP4; with --manifest, every video\nof the manifest (or those --only names), each to its output-path. This spends credits.',
    [
      'patch',
      'vars',
      'resolution',
      'output-path',
      'timeout-minutes',
      'resume-project-id',
      'manifest',
      'only',
      'max-parallel',
      'max-exports'
    ],
    { options: { ...VAR, ...JSON_OPTION }, help: VAR_HELP + JSON_HELP }
  )
} satisfies Record<string, Command>

export type CommandName = keyof typeof COMMANDS

export const USAGE = `Usage: aistudios-render <command> [options]

Commands:
${Object.values(COMMANDS)
  .map(each => `  ${each.synopsis.split('\n')[0]}`)
  .join('\n')}
  help [command]

Run "aistudios-render help <command>" for a command's options; "aistudios-render --version" for the version.
${ENVIRONMENT}${EXIT_STATUS}`
