import type { Project } from '../aistudios/schema.js'
import type { SourceLocation } from '../shared/errors.js'
import type { AvatarRef, ClipRef, SceneRef } from './schema.js'

export type { AvatarRef, ClipRef, SceneRef }

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** Values for `{{ name }}` placeholders: the `vars` input plus the run's context (`github.sha`, ...). */
export type Context = Readonly<Record<string, string>>

/** An RFC 6902 operation as this engine writes and applies it (fast-json-patch's `Operation`, minus `any`). */
export type PatchOp =
  | { op: 'add' | 'replace' | 'test'; path: string; value: JsonValue }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string }

/** Where a piece of the patch is, and how messages name it (`scenes[1].clips[0].select`). */
export interface Origin {
  where: string
  at: SourceLocation
}

/** A string of the patch that may hold placeholders. */
export interface PatchText extends Origin {
  text: string
  /** Set when the text was read from a script file: placeholder errors point into that file. */
  file?: string
}

export interface Selector<Ref> extends Origin {
  ref: Ref
}

export interface FieldEdit extends Origin {
  field: string
  value: JsonValue
  /** The field name's own place, for "no such field" errors. */
  keyAt: SourceLocation
}

export interface ClipEdit {
  select: Selector<ClipRef>
  set: FieldEdit[]
}

export interface SceneEdit extends Origin {
  scene: Selector<SceneRef>
  avatar?: Selector<AvatarRef>
  script?: PatchText
  clips: ClipEdit[]
}

export interface RawOp extends Origin {
  op: PatchOp
  /** Where the op's value is, for placeholder errors (add, replace, test). */
  valueAt?: SourceLocation
}

/** A loaded, validated patch: script files read, positions kept, placeholders not yet filled. */
export interface PatchDocument {
  /** The patch file, relative to the workspace: the file of annotations. */
  file: string
  name?: PatchText
  scenes: SceneEdit[]
  /** Raw operations: a JSON Patch document's, or a scene-edit document's `ops`, applied last. */
  ops: RawOp[]
}

export interface ClipInfo {
  /** Position in the scene's `clips`. */
  index: number
  id: string
  type: string
  tag?: string
}

/** One edit the render will carry, with the values before and after. */
export type Change =
  | { kind: 'name'; before: string; after: string }
  | {
      kind: 'script'
      scene: number
      /** The avatar whose speech changes, when the scene has one. */
      avatar?: ClipInfo
      /** Every place the speech is stored that changes (`scripts[k].org`, the avatar's `script.org`). */
      paths: string[]
      before: string
      after: string
      charsBefore: number
      charsAfter: number
    }
  | {
      kind: 'clip'
      scene: number
      clip: ClipInfo
      field: string
      path: string
      /** Absent when the clip did not have the field. */
      before?: JsonValue
      after: JsonValue
    }
  | {
      kind: 'op'
      /** How the patch names the op: `ops[2]`, or `op 2` in a JSON Patch document. */
      name: string
      op: PatchOp['op']
      path: string
      from?: string
      /** The scene the op's path is in, if any. */
      scene?: number
      before?: JsonValue
      after?: JsonValue
    }

export interface Plan {
  /** The project with every edit applied; a rename shows in its `name`. */
  project: Project
  /** Everything applied, in order: the compiled scene edits (guarded by `test` ops), then the raw ops. */
  ops: PatchOp[]
  /** The edits, for people; `test` ops and edits that change nothing are not changes. */
  changes: Change[]
}
