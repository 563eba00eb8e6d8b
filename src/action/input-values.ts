import path from 'node:path'
import { ActionError } from '../shared/errors.js'

/**
 * The parsers of single input values, with the action's one message style:
 * `Input \`name\` is "value": <how to fix it>.` Everything here runs before the first network call.
 */

export function inputError(name: string, value: string, fix: string): ActionError {
  return new ActionError(`Input \`${name}\` is "${value}": ${fix}`, { input: name })
}

/** The YAML 1.2 booleans, as `core.getBooleanInput` accepts them; empty takes the default. */
export function booleanInput(raw: string, name: string, fallback: boolean): boolean {
  const text = raw.trim()
  if (!text) return fallback
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE'].includes(text)) return false
  throw inputError(name, text, 'use true or false.')
}

/** A number in (0, max]; `example` fits the input, e.g. 30 for minutes. */
export function positiveNumberInput(
  raw: string,
  name: string,
  max: number,
  example: number
): number {
  const value = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0 || value > max) {
    throw inputError(name, raw, `use a number greater than 0 and at most ${max}, e.g. ${example}.`)
  }
  return value
}

/** A whole number in [min, max]; empty gives undefined. */
export function wholeNumberInput(
  raw: string,
  name: string,
  [min, max]: [number, number],
  whenEmpty: string
): number | undefined {
  const text = raw.trim()
  if (!text) return undefined
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw inputError(
      name,
      text,
      `use a whole number from ${min} to ${max}, or leave it empty ${whenEmpty}.`
    )
  }
  return value
}

export function urlInput(raw: string, name: string, protocols: string[], example: string): URL {
  let url: URL | undefined
  try {
    url = new URL(raw)
  } catch {
    url = undefined
  }
  if (!url || !protocols.includes(url.protocol) || !url.hostname) {
    const kinds = protocols.map(p => p.slice(0, -1)).join(' or ')
    throw inputError(name, raw, `use an ${kinds} URL, e.g. ${example}.`)
  }
  // Credentials in a URL would be sent to whatever host it names and printed wherever the URL is: the value
  // is not echoed, and the secrets belong in their own inputs.
  if (url.username || url.password) {
    throw new ActionError(
      `Input \`${name}\` contains a user name or password ("user:password@"): remove it and pass credentials through the secret inputs.`,
      { input: name }
    )
  }
  return url
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/

/** A project id as the editor URL shows it; empty gives undefined. */
export function projectIdInput(raw: string, name: string): string | undefined {
  if (!raw) return undefined
  if (!ID_PATTERN.test(raw)) {
    throw inputError(
      name,
      raw,
      'use the last part of the editor URL (letters, digits, "-" and "_"), e.g. 65fa6b07dca2e367461a2925.'
    )
  }
  return raw
}

/** A path from an input, resolved in the workspace; it may not leave it (`..`, absolute paths elsewhere). */
export function workspacePathInput(
  workspace: string,
  file: string,
  name: string,
  example: string
): string {
  const resolved = path.resolve(workspace, file)
  const relative = path.relative(workspace, resolved)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw inputError(
      name,
      file,
      `that is outside the workspace: use a path inside the repository, e.g. ${example}.`
    )
  }
  return resolved
}
