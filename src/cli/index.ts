#!/usr/bin/env node
/*
 * The CLI: `aistudios-render <command>`. Only node:util is loaded up front, so help, the version and usage
 * errors answer at once; a command's modules (the client, the patch engine, the run) load when it runs.
 */
import packageJson from '../../package.json' with { type: 'json' }
import { closest } from '../settings/closest.js'
import { parseCommandArgs } from './args.js'
import { COMMANDS, USAGE, UsageError, type CommandName } from './usage.js'

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name) {
    process.stderr.write(USAGE)
    return 2
  }
  if (name === '--help' || name === '-h' || name === 'help') return help(rest)
  if (name === '--version') {
    process.stdout.write(`${packageJson.version}\n`)
    return 0
  }
  const command = commandNamed(name)
  const parsed = parseCommandArgs(name, command.options, rest)
  if (parsed.values.help) {
    process.stdout.write(command.help)
    return 0
  }
  const [projectId, ...extra] = parsed.positionals
  // A manifest names each video's project: `render --manifest FILE` takes none (the settings say so).
  const values: Record<string, unknown> = parsed.values
  const manifest = values.manifest !== undefined
  if (!manifest && values.only !== undefined)
    throw new UsageError('--only selects videos of a manifest: give --manifest FILE too')
  if (!manifest && !projectId)
    throw new UsageError(`${name} needs a project id: ${command.synopsis.split('\n')[0]}`)
  if (extra.length) throw new UsageError(`${name} takes one project id, not also "${extra[0]}"`)
  const { runCommand } = await import('./commands.js')
  return runCommand(name as CommandName, projectId, parsed.values)
}

/** `help` and `--help`: the usage; `help <command>`: the command's. */
function help([name, ...extra]: string[]): number {
  if (extra.length) throw new UsageError(`help takes one command, not also "${extra[0]}"`)
  process.stdout.write(name === undefined ? USAGE : commandNamed(name).help)
  return 0
}

function commandNamed(name: string): (typeof COMMANDS)[CommandName] {
  if (Object.hasOwn(COMMANDS, name)) return COMMANDS[name as CommandName]
  const names = Object.keys(COMMANDS)
  const near = closest(name, names)
  const hint = near?.near ? `did you mean ${near.name}? ` : ''
  throw new UsageError(`unknown command "${name}": ${hint}use one of ${names.join(', ')}, or help`)
}

try {
  const code = await main(process.argv.slice(2))
  // A run that SIGINT or SIGTERM stopped has set its own code (130, 143).
  process.exitCode ??= code
} catch (error) {
  const { exitCodeOf, oneLine } = await import('./failure.js')
  process.stderr.write(`aistudios-render: ${oneLine(error)}\n`)
  process.exitCode ??= exitCodeOf(error)
}
