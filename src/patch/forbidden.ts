import type { PathSegment } from './source.js'

/*
 * Keys that reach an object's prototype. A patch never needs them, and a value holding one could pollute
 * objects of the action itself once merged, so they are refused anywhere: map keys, op paths, op values.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

export const isForbiddenKey = (key: string): boolean => FORBIDDEN.has(key)

export const refusal = (key: string): string =>
  `'${key}' is refused in a patch, as it reaches JavaScript prototypes: remove it`

/** The path of the first forbidden map key in a parsed value, or undefined. */
export function findForbiddenKey(
  value: unknown,
  path: readonly PathSegment[] = []
): PathSegment[] | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findForbiddenKey(item, [...path, index])
      if (found) return found
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (isForbiddenKey(key)) return [...path, key]
      const found = findForbiddenKey(item, [...path, key])
      if (found) return found
    }
  }
  return undefined
}
