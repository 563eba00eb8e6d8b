import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document
} from 'yaml'
import type { SourceLocation } from '../shared/errors.js'
import { failAt } from './fail.js'
import { jsonSyntaxError } from './json-syntax.js'

export type PathSegment = string | number

/** A parsed patch file: its plain value, and the place of any part of it. */
export interface Source {
  file: string
  data: unknown
  /** Where the value at `path` is written, or its key with `part: 'key'`; the nearest parent if absent. */
  locate(path: readonly PathSegment[], part?: 'key' | 'value'): SourceLocation
}

/**
 * Parses a patch file. JSON is told by its content, not by the file name: a file whose first character is
 * `{` or `[` is JSON and gets JSON's syntax rules and messages. Both are then read by the YAML parser (JSON is
 * YAML), which keeps every node's position.
 */
export function parseSource(text: string, file: string): Source {
  const lineCounter = new LineCounter()
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, column: col }
  }
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    // YAML 1.1 types (!!binary, !!set, ...) would turn into values JSON cannot hold.
    resolveKnownTags: false
  })
  if (/^\s*[[{]/.test(text)) {
    const problem = jsonSyntaxError(text)
    if (problem) throw failAt(at(problem.offset), `JSON syntax error: ${problem.message}`)
  }
  const [problem] = [...doc.errors, ...doc.warnings]
  if (problem)
    throw failAt(
      at(problem.pos[0]),
      `YAML syntax error: ${yamlHint(problem.code, problem.message)}`
    )
  if (doc.contents === null)
    throw failAt(
      { file, line: 1, column: 1 },
      'the patch is empty: write a scene-edit document (`scenes:` …) or a JSON Patch array of ops'
    )
  return {
    file,
    data: plainValue(doc, file),
    locate: (path, part = 'value') => at(findRange(doc, path, part))
  }
}

/**
 * The document as plain data. The YAML library refuses aliases that expand past a bound (a "billion laughs"
 * file), with a message that names no file: the refusal is located at the file.
 */
function plainValue(doc: ReturnType<typeof parseDocument>, file: string): unknown {
  try {
    return doc.toJS()
  } catch (error) {
    throw failAt(
      { file, line: 1, column: 1 },
      `its YAML aliases expand to too many values (${error instanceof Error ? error.message : String(error)}): write the repeated parts out instead of referring to them with *aliases`
    )
  }
}

function yamlHint(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'a key appears twice in the same map: keep one'
  if (code === 'MULTIPLE_DOCS') return 'the file holds several YAML documents (---): keep one'
  if (code === 'TAG_RESOLVE_FAILED') return `${message}: tags are not supported, remove it`
  return message.replace(/\.$/, '')
}

/** The start offset of the node at `path` (or of its key), walking through aliases. */
function findRange(doc: Document, path: readonly PathSegment[], part: 'key' | 'value'): number {
  let node: unknown = doc.contents
  let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0
  for (const [depth, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc)
    let key: unknown
    if (isMap(node)) {
      const pair = node.items.find(
        item => isScalar(item.key) && String(item.key.value) === String(segment)
      )
      if (!pair) break
      key = pair.key
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment]
    } else break
    const target = part === 'key' && depth === path.length - 1 && key ? key : node
    if (isNode(target) && target.range) offset = target.range[0]
  }
  return offset
}

/** How messages name a place in the patch: `scenes[1].clips[0].select`, or `op 2.path` in a JSON Patch array. */
export function describePath(path: readonly PathSegment[], opsDocument: boolean): string {
  let text = ''
  for (const [depth, segment] of path.entries()) {
    if (typeof segment === 'number')
      text += depth === 0 && opsDocument ? `op ${segment}` : `[${segment}]`
    else
      text += `${text ? '.' : ''}${/^[$\w-]+$/.test(segment) ? segment : JSON.stringify(segment)}`
  }
  return text || 'the patch'
}
