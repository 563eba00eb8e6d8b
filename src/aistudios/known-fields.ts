import { writeJson } from './exact-json.js'
/**
 * The fields of an answer this action knows. `true` is a known field whose content is not looked into (a
 * scene list, a free-form object); an object lists the known fields of a nested object the same way.
 */
export type KnownFields = { readonly [field: string]: true | KnownFields }

/** A field this action does not know, by its dotted path, with its value as received. */
export interface UnknownField {
  path: string
  value: unknown
}

/** The fields of `value` that `known` does not list, depth first; not an object: none. */
export function unknownFields(value: unknown, known: KnownFields, prefix = ''): UnknownField[] {
  if (!isRecord(value)) return []
  return Object.entries(value).flatMap(([field, inner]) => {
    const path = `${prefix}${field}`
    const spec = Object.hasOwn(known, field) ? known[field] : undefined
    if (spec === undefined) return [{ path, value: inner }]
    return spec === true ? [] : unknownFields(inner, spec, `${path}.`)
  })
}

const SHOWN_CHARS = 500
/** Where a user reports what AI Studios sends that this action does not know. */
const ISSUES_URL = 'https://github.com/aistudios-render/aistudios-render/issues'

/**
 * Fields nobody told us about, each told once a run (not once a poll), verbatim but redacted by the caller,
 * so that a user can report them. An answer whose values may be secrets (a token) has its fields named only.
 */
export class UnknownFieldLog {
  private readonly told = new Set<string>()

  /** The line to log for the fields of this answer not told yet, or undefined. */
  line(answer: string, raw: unknown, known: KnownFields, secret = false): string | undefined {
    const fresh = unknownFields(raw, known).filter(
      ({ path }) => !this.told.has(`${answer}:${path}`)
    )
    if (fresh.length === 0) return undefined
    for (const { path } of fresh) this.told.add(`${answer}:${path}`)
    const names = fresh.map(({ path }) => path).join(', ')
    const shown = secret
      ? 'their values are not shown, as they may be secrets'
      : writeJson(Object.fromEntries(fresh.map(({ path, value }) => [path, value]))).slice(
          0,
          SHOWN_CHARS
        )
    return `AI Studios sent a ${answer} with fields this action does not know (${names}); please report them at ${ISSUES_URL}: ${shown}`
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
