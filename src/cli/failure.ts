import { SettingError } from '../settings/values.js'
import { reworded, terminalWords } from '../settings/words.js'
import { UsageError } from './usage.js'

/** 2 for a usage error (including a bad or missing setting: credentials too), 1 for any other failure. */
export function exitCodeOf(error: unknown): number {
  return error instanceof UsageError || error instanceof SettingError ? 2 : 1
}

/**
 * A failure as one line, in the terminal's words (the run's messages name settings as inputs of the step):
 * the run's messages are one line already; others are folded.
 */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return reworded(message.replace(/\s*\n\s*/g, ' ').trim(), terminalWords())
}
