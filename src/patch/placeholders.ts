import { failAt, lineColumn } from './fail.js'
import type { Context, JsonValue, Origin, PatchText } from './types.js'

/*
 * `{{ name }}` placeholders. Names are letters, digits and `_ . -` (so `github.sha` works); spaces inside the
 * braces are optional. `{{ 'text' }}` writes `text` as it is, which is the escape for a literal `{{`:
 * `{{ '{{' }}`. Anything else that opens with `{{` is an error, never literal text in a video.
 */
const PLACEHOLDER = /\{\{\s*(?:'([^']*)'|([A-Za-z0-9_][A-Za-z0-9_.-]*))\s*\}\}/y

/** A placeholder that cannot be filled, at `offset` in the text. */
export class PlaceholderError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
    this.name = 'PlaceholderError'
  }
}

export function fillText(text: string, context: Context): string {
  let filled = ''
  let from = 0
  for (let open = text.indexOf('{{'); open >= 0; open = text.indexOf('{{', from)) {
    PLACEHOLDER.lastIndex = open
    const match = PLACEHOLDER.exec(text)
    if (!match)
      throw new PlaceholderError(
        `'{{' starts no placeholder: write {{ name }}, or {{ '{{' }} for a literal '{{'`,
        open
      )
    const [token, literal, name] = match
    filled += text.slice(from, open) + (literal ?? valueOf(name, token, open, context))
    from = open + token.length
  }
  return filled + text.slice(from)
}

function valueOf(name: string, token: string, offset: number, context: Context): string {
  // Own keys only: `{{ constructor }}` must not find Object.prototype's.
  if (Object.hasOwn(context, name)) return context[name]
  const known = Object.keys(context).sort()
  const hint = known.length
    ? `known names: ${known.join(', ')}; give '${name}' a value in \`vars\``
    : `no values are defined: give '${name}' a value in \`vars\``
  throw new PlaceholderError(`unknown placeholder ${token}: ${hint}`, offset)
}

/** Fills the placeholders of every string in a JSON value (op and `set` values). */
export function fillJson(value: JsonValue, context: Context): JsonValue {
  if (typeof value === 'string') return fillText(value, context)
  if (Array.isArray(value)) return value.map(item => fillJson(item, context))
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillJson(item, context)])
    )
  return value
}

/** A string of the patch, filled; an error points at the placeholder in a script file, else at the string. */
export function fillPatchText(text: PatchText, context: Context): string {
  const inFile = text.file === undefined ? undefined : { file: text.file, text: text.text }
  return locate(text, () => fillText(text.text, context), inFile)
}

/** A `set` or op value, filled; an error points at the value. */
export function fillValue(value: JsonValue, origin: Origin, context: Context): JsonValue {
  return locate(origin, () => fillJson(value, context))
}

function locate<T>(origin: Origin, fill: () => T, inFile?: { file: string; text: string }): T {
  try {
    return fill()
  } catch (error) {
    if (!(error instanceof PlaceholderError)) throw error
    const at = inFile ? { file: inFile.file, ...lineColumn(inFile.text, error.offset) } : origin.at
    throw failAt(at, `${origin.where}: ${error.message}`)
  }
}
