import { parseArgs, type ParseArgsConfig } from 'node:util'
import { closest } from '../settings/closest.js'
import { UsageError } from './usage.js'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * A command's arguments, with every mistake in our words: an unknown option names the closest valid one, an
 * option without its value or with one it does not take says so (Node's parser would say it in its own).
 */
export function parseCommandArgs(name: string, options: Options, args: string[]) {
  const loose = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true })
  for (const token of loose.tokens) {
    if (token.kind !== 'option') continue
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined
    if (!option) throw new UsageError(unknownOption(name, token.rawName, options))
    if (option.type === 'string' && token.value === undefined)
      throw new UsageError(
        `${name}: ${token.rawName} needs a value (aistudios-render help ${name})`
      )
    if (option.type === 'boolean' && token.value !== undefined)
      throw new UsageError(`${name}: ${token.rawName} takes no value: write ${token.rawName} alone`)
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    // What the loose pass lets through (an option's value that looks like an option: `--out --json`).
    throw new UsageError(
      `${name}: ${(error as Error).message.split('. ')[0]}; see aistudios-render help ${name}`
    )
  }
}

function unknownOption(name: string, raw: string, options: Options): string {
  const flags = Object.keys(options).map(option => `--${option}`)
  const near = raw.startsWith('--') ? closest(raw, flags) : undefined
  const hint = near?.near ? `did you mean ${near.name}?` : `${name} takes ${flags.join(', ')}`
  return `${name}: unknown option ${raw}: ${hint} (aistudios-render help ${name})`
}
