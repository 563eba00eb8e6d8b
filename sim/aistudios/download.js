// @ts-check
/*
 * The download host: serves one file from disk like an object store behind a CDN (validators, single byte
 * ranges, If-Range), streamed so the benchmarks' 1 GiB file never sits in memory.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { send, storeError } from './reply.js'

/**
 * @typedef {import('./reply.js').Request} Request
 * @typedef {import('./reply.js').Response} Response
 * @typedef {{ start: number, end: number }} ByteRange inclusive, like Content-Range
 * @typedef {{ etag: string, lastModified: string }} Validators
 * @typedef {{ ignoreRange?: boolean, cutAfterBytes?: number }} Misbehaviour
 */

const UNSATISFIABLE = 'unsatisfiable'
const CHUNK_BYTES = 1024 * 1024

/**
 * @param {Request} req
 * @param {Response} res
 * @param {string} file
 * @param {Misbehaviour} misbehaviour
 */
export async function serveVideo(req, res, file, { ignoreRange = false, cutAfterBytes }) {
  const { size, mtime } = await stat(file)
  const validators = {
    // Strong and stable while the file is unchanged: size and mtime, as many static servers do.
    etag: `"${size.toString(16)}-${Math.floor(mtime.getTime()).toString(16)}"`,
    lastModified: mtime.toUTCString()
  }
  const headers = {
    'Content-Type': 'video/mp4',
    'Accept-Ranges': 'bytes',
    ETag: validators.etag,
    'Last-Modified': validators.lastModified
  }
  const range = ignoreRange ? null : wantedRange(req, validators, size)
  if (range === UNSATISFIABLE) {
    const reply = storeError(416, 'InvalidRange', 'The requested range is not satisfiable')
    return send(res, reply, { ...headers, 'Content-Range': `bytes */${size}` })
  }
  const { start, end } = range ?? { start: 0, end: size - 1 }
  const length = end - start + 1
  res.writeHead(range ? 206 : 200, {
    ...headers,
    'Content-Length': String(length),
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {})
  })
  if (req.method === 'HEAD') return void res.end()
  if (cutAfterBytes !== undefined) return cut(res, file, start, Math.min(cutAfterBytes, length))
  if (length === 0) return void res.end()
  await pipeline(createReadStream(file, { start, end, highWaterMark: CHUNK_BYTES }), res).catch(
    // The client went away mid-body; nothing to answer.
    () => undefined
  )
}

/**
 * Sends `bytes` of the promised body, then ends the connection: the client sees a premature end of body.
 * @param {Response} res
 * @param {string} file
 * @param {number} start
 * @param {number} bytes
 */
async function cut(res, file, start, bytes) {
  res.flushHeaders()
  if (bytes > 0) {
    const partial = createReadStream(file, {
      start,
      end: start + bytes - 1,
      highWaterMark: CHUNK_BYTES
    })
    await pipeline(partial, res, { end: false }).catch(() => undefined)
  }
  // A half-close, not a reset: a reset could make the client's kernel drop bytes it already received.
  res.socket?.end()
}

/**
 * The single range the client asked for, or null to send the whole file. RFC 9110 §14.2 lets a server
 * ignore ranges it does not support, so multi-range and malformed headers get the whole file.
 * @param {Request} req
 * @param {Validators} validators
 * @param {number} size
 * @returns {ByteRange | typeof UNSATISFIABLE | null}
 */
function wantedRange(req, { etag, lastModified }, size) {
  const header = req.headers.range
  if (!header) return null
  const ifRange = req.headers['if-range']
  // If-Range compares strongly: a changed (or weakly tagged) representation gets the whole file.
  if (ifRange !== undefined && ifRange !== etag && ifRange !== lastModified) return null
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (match[1] === '' && match[2] === '')) return null
  const [first, last] = [match[1], match[2]]
  if (first === '') return suffixRange(Number(last), size)
  const start = Number(first)
  if (last !== '' && Number(last) < start) return null
  if (start >= size) return UNSATISFIABLE
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) }
}

/**
 * `bytes=-N`: the last N bytes.
 * @param {number} suffix
 * @param {number} size
 * @returns {ByteRange | typeof UNSATISFIABLE}
 */
function suffixRange(suffix, size) {
  if (suffix === 0 || size === 0) return UNSATISFIABLE
  return { start: Math.max(0, size - suffix), end: size - 1 }
}
