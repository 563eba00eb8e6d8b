import path from 'node:path'
import { displayPath } from '../shared/workspace-files.js'
import { formatSize } from '../shared/format.js'
import { FileProblem, describe, isInside } from '../shared/workspace-files.js'
import { failAt } from './fail.js'

export { FileProblem, isInside }

/**
 * The engine's only window on the file system, passed in by the caller (`nodeFiles` in a run, a map in
 * tests). `realpath` comes first, so that nothing outside the workspace is ever opened.
 */
export interface FileSource {
  /** The canonical absolute path, symlinks resolved; rejects (with code `ENOENT`) when it is missing. */
  realpath(file: string): Promise<string>
  readFile(file: string): Promise<Uint8Array>
}

/**
 * A file named by an input (the patch, the manifest), read as text; a problem with the file itself is an error
 * located at it, e.g. "videos.yaml: the manifest file is not a regular file".
 */
export async function readNamedFile(
  files: FileSource,
  workspace: string,
  file: string,
  what: string
): Promise<{ absolute: string; shown: string; text: string }> {
  const absolute = path.resolve(workspace, file)
  const shown = displayPath(workspace, absolute)
  try {
    return { absolute, shown, text: await readText(files, absolute, workspace) }
  } catch (error) {
    if (error instanceof FileProblem) throw failAt({ file: shown }, `${what} ${error.message}`)
    throw error
  }
}

/** A UTF-8 text file (a byte-order mark is dropped), inside the workspace once symlinks are resolved. */
async function readText(files: FileSource, file: string, workspace: string): Promise<string> {
  const real = await realInside(files, workspace, file)
  return decodeUtf8(await attempt(() => files.readFile(real)))
}

/**
 * A script file named in the patch: relative to the patch file, and inside the workspace both as written
 * (no `..` out of it) and once symlinks are resolved.
 */
export async function readScriptFile(
  files: FileSource,
  { workspace, patchDir, name }: { workspace: string; patchDir: string; name: string }
): Promise<{ file: string; text: string }> {
  if (path.isAbsolute(name))
    throw new FileProblem('is an absolute path: write it relative to the patch file')
  const file = path.resolve(patchDir, name)
  if (!isInside(workspace, file))
    throw new FileProblem('is outside the workspace: keep scripts in the repository')
  const real = await realInside(files, workspace, file)
  return { file, text: decodeUtf8(await attempt(() => files.readFile(real))) }
}

/** Nothing outside the workspace is opened: a symlink (to the file or a folder on the way) is followed first. */
async function realInside(files: FileSource, workspace: string, file: string): Promise<string> {
  const real = await attempt(() => files.realpath(file))
  const realWorkspace = await attempt(() => files.realpath(workspace))
  if (!isInside(realWorkspace, real))
    throw new FileProblem(
      'resolves (through a symlink) to a place outside the workspace: keep it in the repository'
    )
  return real
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** A patch or a script is hand-written text: anything larger is a mistake (a video, an export). */
export const MAX_TEXT_BYTES = 1024 * 1024

function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new FileProblem(
      `is ${formatSize(bytes.length)}: a patch or script file may be at most ${formatSize(MAX_TEXT_BYTES)} of text`
    )
  }
  if (bytes.includes(0))
    throw new FileProblem('is a binary file, not text: point it at a YAML, JSON or text file')
  try {
    return utf8.decode(bytes)
  } catch {
    throw new FileProblem('is not valid UTF-8 text: save it with the UTF-8 encoding')
  }
}

async function attempt<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof FileProblem) throw error
    throw new FileProblem(describe(error))
  }
}
