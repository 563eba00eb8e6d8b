/**
 * The part file's hasher thread (part-file.ts): SHA-256 of the bytes on disk, read back up to where it is
 * told they were written, through a descriptor the writing thread owns. Built as dist/download-hasher.js
 * (script/bundle.js).
 */
import { createHash } from 'node:crypto'
import { parentPort, workerData } from 'node:worker_threads'
import { hashRange, READ_BYTES } from '../shared/sha256-file.js'

/** `extend` lets it read up to `to`; `reset` starts over (the file was emptied); `digest` asks for the result. */
export type HasherCommand = { type: 'reset' } | { type: 'extend'; to: number } | { type: 'digest' }

export interface HashResult {
  /** The file ended before a point it was told of: it was emptied, and a `reset` is on its way. */
  stale: boolean
  hashed: number
  sha256: string
}

if (!parentPort) throw new Error('download-hasher.js runs as a worker thread')
const port = parentPort
const { fd } = workerData as { fd: number }

const buffer = Buffer.allocUnsafe(READ_BYTES)
let hash = createHash('sha256')
let hashed = 0
let stale = false
// Commands are handled one after another: a reset must not land in the middle of a read.
let queue = Promise.resolve()

port.on('message', (command: HasherCommand) => {
  queue = queue.then(() => handle(command))
})

async function handle(command: HasherCommand): Promise<void> {
  if (command.type === 'reset') {
    hash = createHash('sha256')
    hashed = 0
    stale = false
  } else if (command.type === 'extend') {
    if (stale || hashed >= command.to) return
    const reached = await hashRange(fd, hash, hashed, command.to, buffer)
    stale = reached < command.to
    hashed = reached
  } else {
    port.postMessage({ stale, hashed, sha256: hash.digest('hex') } satisfies HashResult)
  }
}
