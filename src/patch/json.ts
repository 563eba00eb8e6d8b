import type { JsonValue } from './types.js'

/**
 * A project value as a JSON value. Projects are parsed from JSON answers, so this only fails on a bug; it
 * exists so that nothing downstream has to trust an unchecked cast.
 */
export function asJson(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (Array.isArray(value)) return value.map(asJson)
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asJson(item)]))
  throw new TypeError(`Not a JSON value: ${String(value)}`)
}

export type JsonKind = 'text' | 'a number' | 'true or false' | 'a list' | 'a map' | 'null'

export function jsonKind(value: JsonValue): JsonKind {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'object':
      return 'a map'
    case 'string':
      return 'text'
    case 'number':
      return 'a number'
    default:
      return 'true or false'
  }
}

/** A value as one line of text for messages and the plan. */
export const show = (value: JsonValue | undefined): string =>
  value === undefined ? '(absent)' : JSON.stringify(value)

/** A value as the author wrote it, for messages: `text "abc"`, `the number 42`, `a map`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (typeof value === 'string')
    return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a map'
  return `${typeof value === 'number' ? 'the number ' : ''}${String(value)}`
}
