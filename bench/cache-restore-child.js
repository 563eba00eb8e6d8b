// @ts-check
// The least a cache hit can cost: `@actions/cache` restoreCache of one entry and the SHA-256 of the file it
// restored, in a process of its own like the action's. Usage: node bench/cache-restore-child.js <dir> <key> <file>
// (the runner's variables in the environment). Its last line is JSON: {"sha256":…} (the cache client logs before it).
import * as cache from '@actions/cache'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'

const [dir, key, file] = process.argv.slice(2)
if (!dir || !key || !file)
  throw new Error('usage: node bench/cache-restore-child.js <dir> <key> <file>')
await rm(dir, { recursive: true, force: true })
if ((await cache.restoreCache([dir], key, [], {}, true)) !== key)
  throw new Error(`no cache entry ${key}`)
const hash = createHash('sha256')
for await (const chunk of createReadStream(file)) hash.update(chunk)
process.stdout.write(`${JSON.stringify({ sha256: hash.digest('hex') })}\n`)
