import { ActionError } from '../shared/errors.js'
import type { ManifestVideo } from './load.js'
import { shardOf, type Shard } from './shard.js'

/** The videos `only` names (comma- or newline-separated), in manifest order; all of them when empty. */
export function selectVideos(videos: readonly ManifestVideo[], only: string): ManifestVideo[] {
  const names = only
    .split(/[,\n]/)
    .map(name => name.trim())
    .filter(name => name !== '')
  if (names.length === 0) return [...videos]
  const known = new Set(videos.map(video => video.name))
  const unknown = names.filter(name => !known.has(name))
  if (unknown.length > 0)
    throw new ActionError(
      `Input \`only\` names ${unknown.map(n => `"${n}"`).join(', ')}, not in the manifest: use one of ${[...known].join(', ')}.`,
      { input: 'only' }
    )
  const wanted = new Set(names)
  return videos.filter(video => wanted.has(video.name))
}

/**
 * The videos of one shard, in manifest order. A video's shard depends on its name and the shard count only,
 * so selecting with `only` first or after gives the same videos.
 */
export function selectShard(videos: readonly ManifestVideo[], shard: Shard): ManifestVideo[] {
  return videos.filter(video => shardOf(video.name, shard.count) === shard.index)
}
