import type { Project } from '../aistudios/schema.js'
import { applyOps } from './apply.js'
import { compileEdits } from './compile.js'
import { fillValue } from './placeholders.js'
import type { Context, PatchDocument, PatchOp, Plan, RawOp } from './types.js'

/**
 * What the patch does to `project`, without touching it: the patched copy, every op applied, and the
 * changes for people. Pure; every mistake is an `ActionError` located in the patch, found before any
 * credit is spent. `context` fills the `{{ name }}` placeholders.
 */
export function planEdits(project: Project, patch: PatchDocument, context: Context): Plan {
  const compiled = compileEdits(project, patch, context)
  const raw = patch.ops.map(op => ({ ...op, op: fillOp(op, context) }))
  const applied = applyOps(project, compiled.ops, raw, patch.file)
  return {
    project: applied.project,
    ops: [...compiled.ops, ...raw.map(each => each.op)],
    changes: [...compiled.changes, ...applied.changes]
  }
}

function fillOp({ op, where, at, valueAt }: RawOp, context: Context): PatchOp {
  if (!('value' in op)) return op
  return {
    ...op,
    value: fillValue(op.value, { where: `${where}.value`, at: valueAt ?? at }, context)
  }
}
