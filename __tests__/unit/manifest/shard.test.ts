import { describe, expect, it } from '@jest/globals'
import { matrixOutput } from '../../../src/manifest/outputs.js'
import {
  defaultShardCount,
  parseShard,
  shardLine,
  shardOf,
  shardsOf
} from '../../../src/manifest/shard.js'

const names = (n: number, prefix = 'video'): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}-${i}`)

describe('a shard of the manifest', () => {
  it('is written i/n with 1 <= i <= n <= 256', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 })
    expect(parseShard(' 256/256 ')).toEqual({ index: 256, count: 256 })
    for (const bad of ['3/2', '0/4', 'a/b', '1/257', '1/0', '2', '1/2/3', '-1/4', '1.5/4', ''])
      expect(parseShard(bad)).toBeUndefined()
  })

  it('holds a video by its name only: adding and removing others moves no video', () => {
    const before = names(200)
    const after = [...before.slice(50), ...names(300, 'new')]
    for (const name of before.slice(50)) {
      const shard = shardOf(name, 8)
      expect(shard).toBe(shardOf(name, 8))
      expect(shardsOf(after, 8).map(each => each.index)).toContain(shard)
    }
    const kept = before.slice(50)
    expect(kept.map(name => shardOf(name, 8))).toEqual(kept.map(name => shardOf(name, 8)))
  })

  it('spreads videos evenly: 8,000 names in 8 shards, each within 10% of 1,000', () => {
    const sizes = new Array<number>(8).fill(0)
    for (const name of names(8000)) sizes[shardOf(name, 8) - 1]++
    for (const size of sizes) expect(Math.abs(size - 1000)).toBeLessThan(100)
  })

  it('moves only the videos of a new shard when the count grows by one', () => {
    const all = names(1000)
    const moved = all.filter(name => shardOf(name, 9) !== shardOf(name, 8))
    expect(moved.every(name => shardOf(name, 9) === 9)).toBe(true)
    expect(moved.length).toBeGreaterThan(1000 / 9 - 40)
    expect(moved.length).toBeLessThan(1000 / 9 + 40)
  })

  it('numbers shards from 1 to n', () => {
    const seen = new Set(names(500).map(name => shardOf(name, 5)))
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5])
    expect(shardOf('any', 1)).toBe(1)
  })

  it('by default gives each shard about 5 videos, in 1 to 256 shards', () => {
    expect(defaultShardCount(0)).toBe(1)
    expect(defaultShardCount(5)).toBe(1)
    expect(defaultShardCount(52)).toBe(11)
    expect(defaultShardCount(5000)).toBe(256)
  })

  it('says which videos a shard took', () => {
    expect(shardLine({ index: 2, count: 8 }, ['a', 'b'], 52)).toBe(
      'Shard 2/8: 2 of 52 videos: a, b.'
    )
    expect(shardLine({ index: 1, count: 8 }, [], 3)).toBe('Shard 1/8: 0 of 3 videos.')
    expect(shardLine({ index: 1, count: 1 }, names(25), 25)).toMatch(/video-19, and 5 more\.$/)
  })
})

describe('the matrix output', () => {
  it('lists the shards that hold a video, never more than 256', () => {
    const matrix = (videos: string[], count?: number) =>
      (JSON.parse(matrixOutput(videos, count)) as { include: { shard: string }[] }).include
    expect(matrix(names(12))).toEqual([{ shard: '1/3' }, { shard: '2/3' }, { shard: '3/3' }])
    expect(matrix(names(5000))).toHaveLength(256)
    expect(matrix(names(5000), 4).map(entry => entry.shard)).toEqual(['1/4', '2/4', '3/4', '4/4'])
    // More shards than videos: the empty shards get no job.
    const few = matrix(['a', 'b'], 200)
    expect(few.length).toBeLessThanOrEqual(2)
    expect(few.map(entry => entry.shard)).toEqual(
      [...new Set(['a', 'b'].map(name => shardOf(name, 200)))]
        .sort((x, y) => x - y)
        .map(i => `${i}/200`)
    )
  })
})
