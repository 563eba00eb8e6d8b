import { constants } from 'node:fs'
import { lstat, open, readdir, realpath, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { ActionError, type ActionErrorDetails } from './errors.js'
import { formatSize } from './format.js'

/** Why a file could not be used, in words that complete "<file> …". */
export class FileProblem extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FileProblem'
  }
}

/** Which file the user named, for the one-line error: e.g. `{ name: 'the patch file', details: { input: 'patch' } }`. */
export interface FileRole {
  name: string
  details: ActionErrorDetails
}

/** A path as messages show it: relative to the workspace, with forward slashes; as given when outside it. */
export function displayPath(workspace: string, file: string): string {
  return isInside(workspace, file) ? path.relative(workspace, file).split(path.sep).join('/') : file
}

export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file)
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  )
}

/**
 * The real path of `file`, which may not exist yet: the deepest existing ancestor is resolved (every
 * symlinked folder on the way, and the file itself when it exists) and the missing rest appended.
 */
export async function realPathOf(file: string): Promise<string> {
  const missing: string[] = []
  let candidate = path.resolve(file)
  for (;;) {
    try {
      return path.join(await realpath(candidate), ...missing.reverse())
    } catch (error) {
      const parent = path.dirname(candidate)
      if (codeOf(error) !== 'ENOENT' || parent === candidate) throw new FileProblem(describe(error))
      missing.push(path.basename(candidate))
      candidate = parent
    }
  }
}

/** The real path of a file the user named, refused unless it is inside the workspace's real path. */
export async function realPathInside(workspace: string, file: string): Promise<string> {
  const real = await realPathOf(path.resolve(workspace, file))
  const realWorkspace = await realPathOf(workspace)
  if (!isInside(realWorkspace, real)) {
    throw new FileProblem(
      real === path.resolve(workspace, file)
        ? 'is outside the workspace: use a path inside the repository'
        : 'resolves (through a symlink) to a place outside the workspace: use a path inside the repository'
    )
  }
  return real
}

/**
 * Reads a regular file of at most `maxBytes`. Opened without blocking (a FIFO cannot hold the run), then
 * checked on the handle itself, so the file that is read is the file that was checked.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch(
    (error: unknown) => {
      throw new FileProblem(describe(error))
    }
  )
  try {
    const info = await handle.stat()
    if (info.isDirectory()) throw new FileProblem('is a directory, not a file')
    if (!info.isFile()) throw new FileProblem(NOT_A_FILE)
    if (info.size > maxBytes) {
      throw new FileProblem(
        `is ${formatSize(info.size)}: it may be at most ${formatSize(maxBytes)}`
      )
    }
    const bytes = await handle.readFile()
    if (bytes.length > maxBytes)
      throw new FileProblem(`grew past ${formatSize(maxBytes)} while it was read`)
    return bytes
  } finally {
    await handle.close()
  }
}

/** `resolveInWorkspace` with the error told as an `ActionError` about `what`. */
export async function resolveInWorkspace(
  workspace: string,
  userPath: string,
  what: FileRole
): Promise<string> {
  return asActionError(what, userPath, () => realPathInside(workspace, userPath))
}

/**
 * Where the video will be written, checked before anything is spent: inside the workspace by its real
 * path, and not an existing directory (which would only fail after the render).
 */
export async function checkOutputPath(workspace: string, dest: string): Promise<string> {
  const what: FileRole = { name: 'Input `output-path`', details: { input: 'output-path' } }
  const real = await resolveInWorkspace(workspace, dest, what)
  const info = await stat(real).catch(() => undefined)
  if (info?.isDirectory()) {
    const shown = displayPath(workspace, path.resolve(workspace, dest))
    throw new ActionError(
      `${what.name} ${shown} is an existing directory: name the file, e.g. ${shown}/video.mp4`,
      what.details
    )
  }
  return real
}

/**
 * Removes the temporary files (`.<name>.<hex>.part`) that a killed earlier run left beside `dest`:
 * each run downloads into a fresh one, so no one else will ever finish them.
 */
export async function removeStaleParts(dest: string): Promise<string[]> {
  const dir = path.dirname(dest)
  const prefix = `.${path.basename(dest)}.`
  const names = await readdir(dir).catch(() => [])
  const stale = names.filter(
    name => name.startsWith(prefix) && /^[0-9a-f]+\.part$/.test(name.slice(prefix.length))
  )
  const removed: string[] = []
  for (const name of stale) {
    const file = path.join(dir, name)
    const info = await lstat(file).catch(() => undefined)
    if (!info?.isFile()) continue
    await rm(file, { force: true })
    removed.push(file)
  }
  return removed
}

async function asActionError<T>(what: FileRole, file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof FileProblem)
      throw new ActionError(`${what.name} ${file} ${error.message}`, what.details)
    throw error
  }
}

const NOT_A_FILE = 'is not a regular file (a pipe, socket or device): point it at a file'

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
}

export function describe(error: unknown): string {
  const code = codeOf(error)
  if (code === 'ENOENT') return 'does not exist: check the path, and that the file is committed'
  if (code === 'EISDIR') return 'is a directory, not a file'
  if (code === 'EACCES') return 'cannot be read: permission denied'
  // Opening a socket fails before the handle could be checked.
  if (code === 'ENXIO' || code === 'ENODEV') return NOT_A_FILE
  if (code === 'ELOOP') return 'is a symlink loop: point it at a file'
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`
}
