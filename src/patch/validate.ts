import type { z } from 'zod'
import { failAt } from './fail.js'
import { findForbiddenKey, refusal } from './forbidden.js'
import { OpListSchema, SceneDocumentSchema, type Op, type SceneDocument } from './schema.js'
import { isRecord } from '../shared/json.js'
import { describeValue } from './json.js'
import { describePath, type PathSegment, type Source } from './source.js'

export type ValidPatch = { kind: 'scenes'; doc: SceneDocument } | { kind: 'ops'; ops: Op[] }

/** The patch's shape, checked before anything else; the first problem becomes one located error. */
export function validateShape(source: Source): ValidPatch {
  const { data } = source
  const forbidden = findForbiddenKey(data)
  if (forbidden)
    throw failAt(
      source.locate(forbidden, 'key'),
      `${describePath(forbidden, Array.isArray(data))}: the key ${refusal(String(forbidden.at(-1)))}`
    )
  if (Array.isArray(data)) return { kind: 'ops', ops: check(OpListSchema, source, true) }
  if (typeof data === 'object' && data !== null)
    return { kind: 'scenes', doc: check(SceneDocumentSchema, source, false) }
  throw failAt(
    source.locate([]),
    `the patch is ${describeValue(data)}: write a scene-edit document (a map with \`scenes\`, \`name\` or \`ops\`) or a JSON Patch array of ops`
  )
}

function check<T>(schema: z.ZodType<T>, source: Source, opsDocument: boolean): T {
  const result = schema.safeParse(source.data)
  if (result.success) return result.data
  const { path, key, message } = explain(result.error.issues, source.data, [])
  const at = key === undefined ? source.locate(path) : source.locate([...path, key], 'key')
  throw failAt(at, `${describePath(path, opsDocument)}: ${message}`)
}

interface Explanation {
  /** The value the message is about. */
  path: PathSegment[]
  /** An unknown key of that value, located at the key itself. */
  key?: string
  message: string
}

/** The one issue worth reporting, in words: unions are resolved to the branch the author meant. */
function explain(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  base: PathSegment[]
): Explanation {
  // A misspelt key also makes the key it meant "missing": the unknown key is the better message.
  const issue = issues.find(each => each.code === 'unrecognized_keys') ?? issues[0]
  const path = [
    ...base,
    ...issue.path.map(segment => (typeof segment === 'number' ? segment : String(segment)))
  ]
  const value = valueAt(data, path)
  if (issue.code === 'unrecognized_keys')
    return { path, key: issue.keys[0], message: issue.message }
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union'))
    return { path, message: 'is required' }
  switch (issue.code) {
    case 'invalid_union': {
      const branch = intendedBranch(issue.errors)
      if (branch) return explain(branch, data, path)
      if ('options' in issue && issue.options)
        return { path, message: `must be one of ${issue.options.join(', ')}` }
      const keys = isRecord(value) ? Object.keys(value) : []
      const found = keys.length
        ? `; it has ${keys.length === 1 ? 'key' : 'keys'} ${keys.map(key => `'${key}'`).join(', ')}`
        : `, not ${describeValue(value)}`
      return { path, message: `${issue.message}${found}` }
    }
    case 'invalid_type':
      return {
        path,
        message: `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(value)}`
      }
    case 'too_small':
      return {
        path,
        message:
          issue.origin === 'array' || issue.origin === 'string'
            ? 'must not be empty'
            : `must be ${issue.minimum} or more`
      }
    default:
      return { path, message: issue.message }
  }
}

/**
 * Among a union's failed branches, the one the author meant: not those of another type altogether, and the
 * one with the fewest problems. None when it is a tie, so the union's own message lists the choices.
 */
function intendedBranch(branches: z.core.$ZodIssue[][]): z.core.$ZodIssue[] | undefined {
  const sameType = branches.filter(
    issues => !issues.some(issue => issue.path.length === 0 && issue.code === 'invalid_type')
  )
  const [best, next] = sameType.sort((a, b) => a.length - b.length)
  return best && (!next || next.length > best.length) ? best : undefined
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a map',
  record: 'a map',
  array: 'a list'
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment))
      return undefined
    value = Reflect.get(value, segment) as unknown
  }
  return value
}
