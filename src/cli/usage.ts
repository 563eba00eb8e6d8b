import type { ParseArgsConfig } from 'node:util'

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
}

const CREDENTIALS = `
Credentials come from the environment only: AISTUDIOS_API_KEY, or AISTUDIOS_APP_ID and AISTUDIOS_USER_KEY
(from https://account.aistudios.com/user/api-key); AISTUDIOS_API_URL names another host.
`
const VARS: Options = {
  var: { type: 'string', multiple: true },
  vars: { type: 'string' }
}
const VARS_HELP = `  --var NAME=VALUE    a value for {{ NAME }} placeholders (repeatable)
  --vars FILE         a YAML or JSON map of placeholder values
`

function command(synopsis: string, what: string, options: Options, flags = ''): Command {
  return {
    synopsis,
    options,
    help: `Usage: aistudios-render ${synopsis}\n\n${what}\n${flags ? `\nOptions:\n${flags}` : ''}${CREDENTIALS}`
  }
}

export const COMMANDS = {
  outline: command(
    'outline <project-id> [--json]',
    "Prints the project as a patch author needs it: per scene the speech and each clip's type, tag, id\nand the fields a patch sets.",
    { json: { type: 'boolean' } },
    '  --json              the outline as JSON\n'
  ),
  init: command(
    'init <project-id> [--out FILE]',
    "Writes a starter patch: every scene's current script and every tagged clip's fields. As written it\nchanges nothing; edit what should change.",
    { out: { type: 'string' } },
    '  --out FILE          write the patch to FILE (default: standard output)\n'
  ),
  plan: command(
    'plan <project-id> --patch FILE [--var NAME=VALUE ...] [--vars FILE]',
    'Shows what the patch changes, exactly as a dry run of the action does. Spends nothing.',
    { patch: { type: 'string' }, ...VARS },
    `  --patch FILE        the patch file (YAML or JSON)\n${VARS_HELP}`
  ),
  render: command(
    'render <project-id> [--patch FILE] [--var NAME=VALUE ...] [--vars FILE] [--resolution R]\n       [--out FILE] [--timeout-minutes N] [--resume RENDERED-ID]\n       render --manifest FILE [--only NAMES] [--var ...] [--vars FILE] [--resolution R] [--timeout-minutes N]',
    'Renders the project (patched, if --patch is given) and downloads the MP4; with --manifest, every video\nof the manifest (or those --only names), each to its output-path. This spends credits.',
    {
      patch: { type: 'string' },
      ...VARS,
      resolution: { type: 'string' },
      out: { type: 'string' },
      'timeout-minutes': { type: 'string' },
      resume: { type: 'string' },
      manifest: { type: 'string' },
      only: { type: 'string' },
      'max-parallel': { type: 'string' },
      'max-exports': { type: 'string' }
    },
    `  --patch FILE        the patch file (YAML or JSON)\n${VARS_HELP}  --resolution R      4k, 1080 (default), 720 or 480
  --out FILE          where the MP4 goes (default: videos/<project name>.mp4)
  --timeout-minutes N give up waiting after N minutes (default 30)
  --resume ID         poll and download the render ID started earlier, without exporting again
  --manifest FILE     render the videos a manifest names (YAML or JSON, in the current directory)
  --only NAMES        with --manifest, the videos to render, comma-separated (default: all)
  --max-parallel N    with --manifest, how many videos render at once (default 3)
  --max-exports N     with --manifest, fail before exporting anything if more videos need an export
                      (default 10; 0 for no limit)
`
  )
} satisfies Record<string, Command>

export type CommandName = keyof typeof COMMANDS

export const USAGE = `Usage: aistudios-render <command> [options]

Commands:
${Object.values(COMMANDS)
  .map(each => `  ${each.synopsis.split('\n')[0]}`)
  .join('\n')}

Run "aistudios-render <command> --help" for a command's options.
${CREDENTIALS}`
