import { ActionError, type SourceLocation } from '../shared/errors.js'

/**
 * A mistake in the patch (or a file it reads), located. The message starts with the place too, because the
 * log and the job summary show the message without the annotation's file and line.
 */
export function failAt(at: SourceLocation, message: string): ActionError {
  const place =
    at.line === undefined ? at.file : `${at.file} line ${at.line}, column ${at.column ?? 1}`
  return new ActionError(`${place}: ${message}`, { location: at })
}

/** `text`'s 1-based line and column at `offset`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n')
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 }
}
