import { defaultShardCount, shardLabel, shardsOf } from './shard.js'

/**
 * The `matrix` output, for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`: one entry per
 * shard that holds a video, `{"include":[{"shard":"1/8"},...]}`, never more than 256; each job passes
 * `shard: ${{ matrix.shard }}` on. `count` undefined: about five videos a shard.
 */
export function matrixOutput(names: readonly string[], count?: number): string {
  const shards = shardsOf(names, count ?? defaultShardCount(names.length))
  return JSON.stringify({ include: shards.map(shard => ({ shard: shardLabel(shard) })) })
}
