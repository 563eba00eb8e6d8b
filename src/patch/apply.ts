// The default import is the one form that works everywhere: under Node and Jest it is the CommonJS
// `module.exports`, and under ncc the ESM build's default export, which carries the same functions.
import jsonpatch from 'fast-json-patch'
import { ProjectSchema, type Project } from '../aistudios/schema.js'
import { messageOf } from '../shared/errors.js'
import { failAt } from './fail.js'
import { asJson, show } from './json.js'
import { fromPointer, lookup, toPointer, type Lookup } from './pointer.js'
import type { Change, PatchOp, RawOp } from './types.js'

export interface Applied {
  project: Project
  /** The raw ops' changes (their `test` ops are guards, not changes). */
  changes: Change[]
}

/**
 * Applies the compiled ops, then the raw ones, in one pass over a deep copy of `project` (fast-json-patch
 * validates each op and refuses prototype keys). A raw op that fails is the author's error, located at the
 * op; a compiled op cannot fail, as it was written from this very project.
 */
export function applyOps(
  project: Project,
  compiled: readonly PatchOp[],
  raw: readonly RawOp[],
  file: string
): Applied {
  let document: unknown = structuredClone(project)
  const changes: Change[] = []
  const steps = [
    ...compiled.map(op => ({ op, raw: undefined })),
    ...raw.map(each => ({ op: each.op, raw: each }))
  ]
  for (const [index, { op, raw: rawOp }] of steps.entries()) {
    const before = lookup(document, op.path)
    const inserts = op.op === 'add' && Array.isArray(parentOf(document, op.path))
    try {
      // The op is cloned: fast-json-patch puts the op's own value objects into the document.
      const clone = structuredClone(op)
      document = jsonpatch.applyOperation(document, clone, true, true, true, index).newDocument
    } catch (error) {
      const why = whyFailed(error, op, document)
      if (!rawOp) throw new Error(`Bug: a compiled op failed (${op.op} ${op.path}): ${why}`)
      throw failAt(rawOp.at, `${rawOp.where} (${op.op} ${op.path}) failed: ${why}`)
    }
    if (rawOp && op.op !== 'test')
      changes.push(opChange(rawOp.where, op, inserts ? undefined : before, document))
  }
  const checked = ProjectSchema.safeParse(document)
  if (!checked.success) {
    const [issue] = checked.error.issues
    throw failAt(
      { file },
      `the patched project is no longer a valid AI Studios project: ${toPointer(issue.path.map(String)) || '/'} ${issue.message.toLowerCase()}; fix the ops`
    )
  }
  return { project: checked.data, changes }
}

/** A raw op as a change: the value it replaced or removed, and the value it left at its path. */
function opChange(
  name: string,
  op: PatchOp,
  before: Lookup | undefined,
  document: unknown
): Change {
  const after = op.op === 'remove' ? undefined : lookup(document, op.path)
  return {
    kind: 'op',
    name,
    op: op.op,
    path: op.path,
    ...('from' in op ? { from: op.from } : {}),
    ...sceneOf(op.path),
    ...(before?.found ? { before: asJson(before.value) } : {}),
    // An append (`/list/-`) has no path to look up afterwards: its value is what it added.
    ...(after?.found ? { after: asJson(after.value) } : 'value' in op ? { after: op.value } : {})
  }
}

/** Why fast-json-patch refused an op, in terms of the project (its own messages embed the whole document). */
function whyFailed(error: unknown, op: PatchOp, document: unknown): string {
  const code = error instanceof jsonpatch.JsonPatchError ? error.name : undefined
  switch (code) {
    case 'TEST_OPERATION_FAILED': {
      const current = lookup(document, op.path)
      const expected = 'value' in op ? op.value : undefined
      return `${op.path} is ${current.found ? show(asJson(current.value)) : 'absent'}, not ${show(expected)}: the project changed since the patch was written`
    }
    case 'OPERATION_FROM_UNRESOLVABLE':
      return 'from' in op ? missing(document, op.from) : code
    case 'OPERATION_PATH_UNRESOLVABLE':
    case 'OPERATION_PATH_CANNOT_ADD':
    case 'OPERATION_PATH_ILLEGAL_ARRAY_INDEX':
    case 'OPERATION_VALUE_OUT_OF_BOUNDS':
      return missing(document, op.path)
    default:
      return code ?? messageOf(error)
  }
}

/** Which part of `pointer` does not exist, and what is there instead. */
function missing(document: unknown, pointer: string): string {
  const found = lookup(document, pointer)
  if (found.found) return `${pointer} cannot take this op`
  const segments = fromPointer(pointer)
  const gap = toPointer(segments.slice(0, found.depth + 1))
  const parent = toPointer(segments.slice(0, found.depth)) || 'the project'
  const { container } = found
  if (Array.isArray(container))
    return `${gap} does not exist: ${parent} has ${container.length} item${container.length === 1 ? '' : 's'}${container.length ? ` (0 to ${container.length - 1})` : ''}`
  if (typeof container === 'object' && container !== null) {
    const keys = Object.keys(container)
    const shown = keys.length > 20 ? [...keys.slice(0, 20), '…'] : keys
    return `${gap} does not exist: ${parent} has ${shown.length ? `keys ${shown.join(', ')}` : 'no keys'}`
  }
  return `${gap} does not exist: ${parent} is ${show(asJson(container))}, not a map or a list`
}

function parentOf(document: unknown, pointer: string): unknown {
  const parent = lookup(document, toPointer(fromPointer(pointer).slice(0, -1)))
  return parent.found ? parent.value : undefined
}

function sceneOf(pointer: string): { scene?: number } {
  const [top, index] = fromPointer(pointer)
  return top === 'scenes' && /^\d+$/.test(index ?? '') ? { scene: Number(index) } : {}
}
