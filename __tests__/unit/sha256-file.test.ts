import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { hashRange, sha256File } from '../../src/shared/sha256-file.js'

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

function withFile(bytes: Buffer, test: (file: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sha256-file-'))
  const file = path.join(dir, 'video.mp4')
  writeFileSync(file, bytes)
  return test(file).finally(() => rmSync(dir, { recursive: true, force: true }))
}

// More than one read's worth, and not a multiple of it.
const BYTES = Buffer.from(Array.from({ length: (1 << 20) + 12345 }, (_, i) => (i * 7) % 251))

describe('sha256File', () => {
  it('hashes the whole file, across several reads, and tells its size', async () => {
    await withFile(BYTES, async file => {
      expect(await sha256File(file)).toEqual({ sha256: sha256(BYTES), size: BYTES.length })
    })
  })

  it('hashes an empty file', async () => {
    await withFile(Buffer.alloc(0), async file => {
      expect(await sha256File(file)).toEqual({ sha256: sha256(Buffer.alloc(0)), size: 0 })
    })
  })

  it('rejects for a file that does not exist', async () => {
    await expect(sha256File(path.join(os.tmpdir(), 'no-such-dir-sha', 'x'))).rejects.toThrow(
      /ENOENT/
    )
  })
})

describe('hashRange', () => {
  it('hashes a range in steps, through a small buffer, as the whole would be', async () => {
    await withFile(BYTES, async file => {
      const fd = openSync(file, 'r')
      try {
        const hash = createHash('sha256')
        const buffer = Buffer.alloc(4096)
        expect(await hashRange(fd, hash, 0, 5000, buffer)).toBe(5000)
        expect(await hashRange(fd, hash, 5000, BYTES.length, buffer)).toBe(BYTES.length)
        expect(hash.digest('hex')).toBe(sha256(BYTES))
      } finally {
        closeSync(fd)
      }
    })
  })

  it('stops where the file ends when it was truncated behind the writer', async () => {
    await withFile(BYTES, async file => {
      const fd = openSync(file, 'r')
      try {
        truncateSync(file, 1000)
        const hash = createHash('sha256')
        expect(await hashRange(fd, hash, 0, BYTES.length, Buffer.alloc(4096))).toBe(1000)
        expect(hash.digest('hex')).toBe(sha256(BYTES.subarray(0, 1000)))
      } finally {
        closeSync(fd)
      }
    })
  })
})
