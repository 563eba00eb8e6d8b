import fs from 'node:fs/promises'
import path from 'node:path'

export type Kind = 'video' | 'render'

/**
 * Every entry of one content and kind is `<prefix><generation>`. Entries are immutable, so a bad one (an
 * archive that cannot be restored, a meta that does not match) cannot be replaced: it is superseded by the
 * next generation, and a restore by prefix gets the newest entry.
 */
export function prefixOf(kind: Kind, hash: string): string {
  return `aistudios-render-${kind}-${hash}-g`
}

/** The key that supersedes `newest` (the first generation when there is none). */
export function nextKey(prefix: string, newest: string | undefined): string {
  const generation = newest?.startsWith(prefix) ? Number(newest.slice(prefix.length)) : 0
  return `${prefix}${Number.isSafeInteger(generation) && generation >= 0 ? generation + 1 : 1}`
}

/** Where an entry's files are staged, and the path string the cache client is given for it. */
export interface Place {
  dir: string
  cachePath: string
  /** Restored files are moved here, out of the workspace; `dir` itself when it is not in the workspace. */
  keep: string
}

export interface Places {
  /** The cache client archives relative to this (GITHUB_WORKSPACE, else the cwd). */
  workspace: string | undefined
  cwd: string
  /** RUNNER_TEMP */
  tempDir: string
}

/**
 * The cache client versions an entry by the path strings it is given, archives the files relative to the
 * workspace and finds them relative to the cwd. On a runner the cwd is the workspace, so a relative path,
 * the same string on every runner and OS, names the same entry whatever RUNNER_TEMP or the workspace path
 * are. A process whose cwd is not the workspace (a run inside a test process) stages under its temp directory
 * by absolute path instead: its entries hit on the same machine only.
 */
export function placeOf(kind: Kind, hash: string, places: Places): Place {
  const keep = path.join(places.tempDir, 'aistudios-render-cache', kind, hash)
  if (path.resolve(places.workspace ?? places.cwd) !== path.resolve(places.cwd))
    return { dir: keep, cachePath: keep, keep }
  const name = `.aistudios-render-cache-${kind}-${hash}`
  return { dir: path.join(places.cwd, name), cachePath: name, keep }
}

/** Moves what was restored out of the workspace; returns where it now is. */
export async function settle(place: Place): Promise<string> {
  if (place.dir === place.keep) return place.dir
  await fs.rm(place.keep, { recursive: true, force: true })
  await fs.mkdir(path.dirname(place.keep), { recursive: true })
  try {
    await fs.rename(place.dir, place.keep)
  } catch (error) {
    // RUNNER_TEMP on another file system than the workspace.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await fs.cp(place.dir, place.keep, { recursive: true })
    await unstage(place)
  }
  return place.keep
}

/** An empty staging directory. */
export async function stage(place: Place): Promise<string> {
  await fs.rm(place.dir, { recursive: true, force: true })
  await fs.mkdir(place.dir, { recursive: true })
  return place.dir
}

/** Leaves nothing of the cache in the workspace. */
export async function unstage(place: Place): Promise<void> {
  if (place.dir !== place.keep) await fs.rm(place.dir, { recursive: true, force: true })
}
