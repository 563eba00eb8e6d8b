#!/usr/bin/env node
/*
 * The CLI: `aistudios-render <command>`. Only node:util is loaded up front, so `--help` and usage
 * errors answer at once; a command's modules (the client, the patch engine, the run) load when it runs.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { COMMANDS, USAGE, UsageError, type CommandName } from './usage.js'

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE)
    return name ? 0 : 2
  }
  if (!Object.hasOwn(COMMANDS, name))
    throw new UsageError(
      `unknown command "${name}": use one of ${Object.keys(COMMANDS).join(', ')}`
    )
  const command = COMMANDS[name as CommandName]
  const parsed = parse(command.options, rest, name)
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

function parse(options: ParseArgsConfig['options'], args: string[], name: string) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    throw new UsageError(`${name}: ${(error as Error).message}`)
  }
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  const { exitCodeOf, oneLine } = await import('./failure.js')
  process.stderr.write(`aistudios-render: ${oneLine(error)}\n`)
  process.exitCode = exitCodeOf(error)
}
