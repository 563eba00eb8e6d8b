/** JSON Pointers (RFC 6901): building them from keys, reading them back, and looking values up. */

export function toPointer(segments: readonly (string | number)[]): string {
  return segments
    .map(segment => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('')
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** What a pointer resolves to: the value, or how far it got (the last container found and its depth). */
export type Lookup =
  { found: true; value: unknown } | { found: false; depth: number; container: unknown }

export function lookup(document: unknown, pointer: string): Lookup {
  let value = document
  for (const [depth, segment] of fromPointer(pointer).entries()) {
    const child = childOf(value, segment)
    if (!child.found) return { found: false, depth, container: value }
    value = child.value
  }
  return { found: true, value }
}

function childOf(container: unknown, segment: string): { found: boolean; value?: unknown } {
  if (Array.isArray(container))
    return /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < container.length
      ? { found: true, value: container[Number(segment)] }
      : { found: false }
  if (typeof container === 'object' && container !== null && Object.hasOwn(container, segment))
    return { found: true, value: Reflect.get(container, segment) as unknown }
  return { found: false }
}
