import path from 'node:path'
import { failAt } from './fail.js'
import { displayPath } from '../shared/workspace-files.js'
import { FileProblem, readNamedFile, readScriptFile, type FileSource } from './files.js'
import { isForbiddenKey, refusal } from './forbidden.js'
import { nodeFiles } from './node-files.js'
import { fromPointer } from './pointer.js'
import type { Op, SceneDocument } from './schema.js'
import { describePath, parseSource, type PathSegment, type Source } from './source.js'
import type {
  FieldEdit,
  JsonValue,
  Origin,
  PatchDocument,
  PatchText,
  RawOp,
  SceneEdit
} from './types.js'
import { validateShape } from './validate.js'

export interface LoadOptions {
  /** The repository checkout; script files must stay inside it. */
  workspace: string
  /** How files are read; the real file system by default. */
  files?: FileSource
}

/**
 * Reads a patch file (YAML or JSON, told by content), validates its shape and reads the script files it
 * names. Every problem is an `ActionError` located in the patch (or script) file. Placeholders are filled
 * later, by `planEdits`, since their values belong to the run.
 */
export async function loadPatch(
  file: string,
  { workspace, files = nodeFiles }: LoadOptions
): Promise<PatchDocument> {
  const { absolute, shown, text } = await readNamedFile(files, workspace, file, 'the patch file')
  const source = parseSource(text, shown)
  const valid = validateShape(source)
  if (valid.kind === 'ops') return { file: shown, scenes: [], ops: rawOps(source, valid.ops, []) }
  const scripts: ScriptFiles = { files, workspace, patchDir: path.dirname(absolute) }
  return {
    file: shown,
    ...(valid.doc.name === undefined ? {} : { name: textAt(source, ['name'], valid.doc.name) }),
    scenes: await sceneEdits(source, valid.doc, scripts),
    ops: rawOps(source, valid.doc.ops ?? [], ['ops'])
  }
}

interface ScriptFiles {
  files: FileSource
  workspace: string
  patchDir: string
}

async function sceneEdits(
  source: Source,
  doc: SceneDocument,
  scripts: ScriptFiles
): Promise<SceneEdit[]> {
  const edits: SceneEdit[] = []
  // One after the other: with several bad files, the error is always about the first one.
  for (const [index, edit] of (doc.scenes ?? []).entries()) {
    const base = ['scenes', index]
    const script =
      typeof edit.script === 'object'
        ? await scriptFile(source, [...base, 'script', 'file'], edit.script.file, scripts)
        : edit.script === undefined
          ? undefined
          : textAt(source, [...base, 'script'], edit.script)
    edits.push({
      ...origin(source, base),
      scene: { ref: edit.scene, ...origin(source, [...base, 'scene']) },
      ...(edit.avatar
        ? { avatar: { ref: edit.avatar, ...origin(source, [...base, 'avatar']) } }
        : {}),
      ...(script === undefined ? {} : { script }),
      clips: (edit.clips ?? []).map((clip, clipIndex) => {
        const clipBase = [...base, 'clips', clipIndex]
        return {
          select: { ref: clip.select, ...origin(source, [...clipBase, 'select']) },
          set: fieldEdits(source, [...clipBase, 'set'], clip.set)
        }
      })
    })
  }
  return edits
}

function fieldEdits(
  source: Source,
  base: PathSegment[],
  fields: Record<string, JsonValue | undefined>
): FieldEdit[] {
  return Object.entries(fields).flatMap(([field, value]) =>
    value === undefined
      ? []
      : [
          {
            field,
            value,
            ...origin(source, [...base, field]),
            keyAt: source.locate([...base, field], 'key')
          }
        ]
  )
}

async function scriptFile(
  source: Source,
  at: PathSegment[],
  name: string,
  { files, workspace, patchDir }: ScriptFiles
): Promise<PatchText> {
  const place = origin(source, at)
  try {
    const { file, text } = await readScriptFile(files, { workspace, patchDir, name })
    return { ...place, text, file: displayPath(workspace, file) }
  } catch (error) {
    if (error instanceof FileProblem)
      throw failAt(place.at, `${place.where}: ${name} ${error.message}`)
    throw error
  }
}

function rawOps(source: Source, ops: Op[], base: PathSegment[]): RawOp[] {
  const opsDocument = base.length === 0
  return ops.map((op, index) => {
    const pointers = { path: op.path, ...('from' in op ? { from: op.from } : {}) }
    for (const [key, pointer] of Object.entries(pointers)) {
      const refused = fromPointer(pointer).find(isForbiddenKey)
      if (refused !== undefined)
        throw failAt(
          source.locate([...base, index, key]),
          `${describePath([...base, index, key], opsDocument)}: ${refusal(refused)}`
        )
    }
    return {
      op,
      where: describePath([...base, index], opsDocument),
      at: source.locate([...base, index]),
      ...('value' in op ? { valueAt: source.locate([...base, index, 'value']) } : {})
    }
  })
}

function origin(source: Source, at: PathSegment[]): Origin {
  return { where: describePath(at, false), at: source.locate(at) }
}

function textAt(source: Source, at: PathSegment[], text: string): PatchText {
  return { ...origin(source, at), text }
}
