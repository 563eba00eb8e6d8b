import { isDeepStrictEqual } from 'node:util'
import type { Project } from '../aistudios/schema.js'
import { failAt } from './fail.js'
import { fieldProblem } from './fields.js'
import { asJson } from './json.js'
import { fillPatchText, fillValue } from './placeholders.js'
import { toPointer } from './pointer.js'
import { clipInfo, selectAvatar, selectClip, selectScene } from './select.js'
import { speechSlots } from './speech.js'
import type {
  AvatarRef,
  Change,
  ClipEdit,
  Context,
  JsonValue,
  Origin,
  PatchDocument,
  PatchOp,
  PatchText,
  Selector
} from './types.js'
import { spokenLength } from './spoken.js'

export interface Compiled {
  ops: PatchOp[]
  changes: Change[]
}

/**
 * Turns the scene edits (and `name`) into RFC 6902 ops against `project`. Each replaced value is guarded by
 * a `test` op with its current value, so the ops check themselves when applied to a project that has
 * changed since. Edits that would not change anything emit nothing.
 */
export function compileEdits(project: Project, patch: PatchDocument, context: Context): Compiled {
  const compiler = new Compiler(project, context)
  if (patch.name) compiler.rename(patch.name)
  for (const edit of patch.scenes) {
    const sceneIndex = selectScene(project, edit.scene)
    if (edit.script) compiler.script(sceneIndex, edit.script, edit.avatar)
    for (const clipEdit of edit.clips) compiler.clip(sceneIndex, clipEdit)
  }
  return { ops: compiler.ops, changes: compiler.changes }
}

class Compiler {
  readonly ops: PatchOp[] = []
  readonly changes: Change[] = []
  private readonly setBy = new Map<string, Origin>()

  constructor(
    private readonly project: Project,
    private readonly context: Context
  ) {}

  rename(name: PatchText): void {
    const after = fillPatchText(name, this.context)
    if (!after.trim())
      throw failAt(name.at, `${name.where}: is empty once its placeholders are filled`)
    const before = this.project.name
    if (this.set(name, '/name', { exists: true, value: before }, after))
      this.changes.push({ kind: 'name', before, after })
  }

  script(sceneIndex: number, script: PatchText, avatarSelector?: Selector<AvatarRef>): void {
    const scene = this.project.scenes[sceneIndex]
    const avatar = selectAvatar(scene, sceneIndex, avatarSelector, script)
    const slots = speechSlots(scene, sceneIndex, avatar, script)
    const after = normalizeScript(fillPatchText(script, this.context))
    if (!after.trim())
      throw failAt(
        script.at,
        `${script.where}: the script is empty once read and filled: write the speech, or remove \`script\` to keep the current one`
      )
    const changed = slots.filter(slot =>
      this.set(script, slot.pointer, { exists: slot.exists, value: slot.before }, after)
    )
    if (!changed.length) return
    const before = changed[0].before ?? ''
    this.changes.push({
      kind: 'script',
      scene: sceneIndex,
      ...(avatar === undefined ? {} : { avatar: clipInfo(scene.clips[avatar], avatar) }),
      paths: changed.map(slot => slot.pointer),
      before,
      after,
      charsBefore: spokenLength(before),
      charsAfter: spokenLength(after)
    })
  }

  clip(sceneIndex: number, edit: ClipEdit): void {
    const scene = this.project.scenes[sceneIndex]
    const clipIndex = selectClip(scene, sceneIndex, edit.select)
    const clip = scene.clips[clipIndex]
    for (const field of edit.set) {
      const after = fillValue(field.value, field, this.context)
      const problem = fieldProblem(clip, field.field, after)
      if (problem)
        throw failAt(
          problem.part === 'key' ? field.keyAt : field.at,
          `${field.where}: ${problem.message}`
        )
      const exists = Object.hasOwn(clip, field.field)
      const before = exists ? asJson(clip[field.field]) : undefined
      const path = toPointer(['scenes', sceneIndex, 'clips', clipIndex, field.field])
      if (this.set(field, path, { exists, value: before ?? null }, after))
        this.changes.push({
          kind: 'clip',
          scene: sceneIndex,
          clip: clipInfo(clip, clipIndex),
          field: field.field,
          path,
          ...(exists ? { before } : {}),
          after
        })
    }
  }

  /**
   * Writes the ops that set `path` to `after`; false when it already holds it. Setting one value twice is
   * refused: the second edit would only fail its `test` guard, with a worse message.
   */
  private set(
    by: Origin,
    path: string,
    before: { exists: boolean; value: JsonValue },
    after: JsonValue
  ): boolean {
    const earlier = this.setBy.get(path)
    if (earlier)
      throw failAt(
        by.at,
        `${by.where}: changes ${path} again, after ${earlier.where} (line ${earlier.at.line}): keep one of the two edits`
      )
    this.setBy.set(path, by)
    if (before.exists && isDeepStrictEqual(before.value, after)) return false
    this.ops.push(
      ...(before.exists
        ? [
            { op: 'test' as const, path, value: before.value },
            { op: 'replace' as const, path, value: after }
          ]
        : [{ op: 'add' as const, path, value: after }])
    )
    return true
  }
}

/** Speech as it should reach the renderer: one kind of line break, no trailing newline or blanks. */
function normalizeScript(text: string): string {
  return text.replace(/\r\n?/g, '\n').trimEnd()
}
