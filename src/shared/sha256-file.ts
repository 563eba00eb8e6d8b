import { createHash, type Hash } from 'node:crypto'
import { read } from 'node:fs'
import { open } from 'node:fs/promises'
import { promisify } from 'node:util'

/** Files are read back in pieces of this size: larger pieces did not hash a GiB any faster. */
export const READ_BYTES = 1 << 20

const readAt = promisify(read)

/**
 * Feeds bytes `from`..`to` of an open file to `hash`, reading through `buffer`; returns the offset it reached,
 * short of `to` when the file ended first (it was truncated meanwhile).
 */
export async function hashRange(
  fd: number,
  hash: Hash,
  from: number,
  to: number,
  buffer: Buffer
): Promise<number> {
  let at = from
  while (at < to) {
    const { bytesRead } = await readAt(fd, buffer, 0, Math.min(buffer.length, to - at), at)
    if (bytesRead === 0) break
    hash.update(buffer.subarray(0, bytesRead))
    at += bytesRead
  }
  return at
}

/** The SHA-256 (hex) and size of a whole file. */
export async function sha256File(file: string): Promise<{ sha256: string; size: number }> {
  const handle = await open(file, 'r')
  try {
    const hash = createHash('sha256')
    const size = await hashRange(
      handle.fd,
      hash,
      0,
      Number.MAX_SAFE_INTEGER,
      Buffer.allocUnsafe(READ_BYTES)
    )
    return { sha256: hash.digest('hex'), size }
  } finally {
    await handle.close()
  }
}
