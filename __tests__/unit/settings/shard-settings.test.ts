import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { parseSettings } from '../../../src/settings/parse.js'
import { SettingError } from '../../../src/settings/values.js'
import { actionWords } from '../../../src/settings/words.js'

const MANIFEST = { manifest: 'videos.yaml', 'api-key': 'key-123' }

function parse(values: Record<string, string>) {
  return parseSettings(name => values[name], actionWords, {
    workspace: path.resolve('/work/ws'),
    runVars: {}
  })
}

function failure(values: Record<string, string>): SettingError {
  try {
    parse(values)
  } catch (error) {
    if (error instanceof SettingError) return error
    throw error
  }
  throw new Error('no error')
}

describe('the shard settings', () => {
  it('read shard i/n, shard-count and gather with a manifest', () => {
    expect(parse({ ...MANIFEST, shard: '2/8' }).manifest).toMatchObject({
      shard: { index: 2, count: 8 },
      gather: false
    })
    expect(parse({ ...MANIFEST, 'shard-count': '12' }).manifest?.shardCount).toBe(12)
    expect(parse({ ...MANIFEST, gather: 'true' }).manifest?.gather).toBe(true)
  })

  it.each(['3/2', '0/4', 'a/b', '1/257'])('refuse shard %s in one line naming the input', bad => {
    const error = failure({ ...MANIFEST, shard: bad })
    expect(error.details.input).toBe('shard')
    expect(error.message).toBe(
      `Input \`shard\` is "${bad}": use i/n (shard i of n) with 1 <= i <= n <= 256, e.g. shard: 2/8.`
    )
  })

  it('refuse a shard-count outside 1..256', () => {
    expect(failure({ ...MANIFEST, 'shard-count': '300' }).details.input).toBe('shard-count')
  })

  it('need a manifest, and a gather takes no shard', () => {
    const single = { 'project-id': '65fa6b07dca2e367461a2925', 'api-key': 'key-123' }
    expect(failure({ ...single, shard: '1/2' }).message).toMatch(/^Input `shard` needs `manifest`/)
    expect(failure({ ...single, gather: 'true' }).details.input).toBe('gather')
    expect(failure({ ...MANIFEST, gather: 'true', shard: '1/2' }).message).toMatch(
      /^Input `shard` is set together with `gather`/
    )
  })
})
