import { createHash } from 'node:crypto'

/** GitHub runs at most 256 jobs per matrix. */
export const MAX_SHARDS = 256

/** The default shard count gives each shard about this many videos: a handful per job. */
const VIDEOS_PER_SHARD = 5

/** Shard `index` (1-based) of `count`, as `jest --shard` spells it: `2/8`. */
export interface Shard {
  index: number
  count: number
}

/** `i/n` with 1 <= i <= n <= 256; undefined for anything else. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim())
  if (!match) return undefined
  const [index, count] = [Number(match[1]), Number(match[2])]
  return index >= 1 && index <= count && count <= MAX_SHARDS ? { index, count } : undefined
}

export const shardLabel = ({ index, count }: Shard): string => `${index}/${count}`

const MASK_64 = (1n << 64n) - 1n

/**
 * The 1-based shard of a video: the jump consistent hash (Lamping and Veach, 2014) of its name's SHA-256. It
 * depends on the name and the count only, so a video keeps its shard when others are added or removed, `only`
 * and `shard` select the same videos in either order, and when the count grows from n to n+1 only about
 * 1/(n+1) of the videos move (all of them to the new shard).
 */
export function shardOf(name: string, count: number): number {
  let key = createHash('sha256').update(name).digest().readBigUInt64BE(0)
  let bucket = -1
  let next = 0
  while (next < count) {
    bucket = next
    key = (key * 2862933555777941757n + 1n) & MASK_64
    next = Math.floor((bucket + 1) * (2 ** 31 / (Number(key >> 33n) + 1)))
  }
  return bucket + 1
}

/** About five videos a shard, at least one shard and at most 256. */
export const defaultShardCount = (videos: number): number =>
  Math.min(MAX_SHARDS, Math.max(1, Math.ceil(videos / VIDEOS_PER_SHARD)))

/**
 * The shards that hold at least one of the videos, in order: a matrix has no job for an empty shard. At most
 * `count` entries, so at most 256.
 */
export function shardsOf(names: readonly string[], count: number): Shard[] {
  const indexes = new Set(names.map(name => shardOf(name, count)))
  return [...indexes].sort((a, b) => a - b).map(index => ({ index, count }))
}

/** What a shard took, for the log and the summary: "Shard 2/8: 7 of 52 videos: a, b, c." */
export function shardLine(shard: Shard, taken: readonly string[], selected: number): string {
  const shown = taken.slice(0, SHOWN_NAMES).join(', ')
  const more = taken.length > SHOWN_NAMES ? `, and ${taken.length - SHOWN_NAMES} more` : ''
  const names = taken.length > 0 ? `: ${shown}${more}` : ''
  return `Shard ${shardLabel(shard)}: ${taken.length} of ${selected} videos${names}.`
}

/** A shard holds about five videos; a chosen count may make them more, and the line stays one line. */
const SHOWN_NAMES = 20
