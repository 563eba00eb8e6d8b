// @ts-check
// A minimal block blob store: what @actions/artifact, download-artifact and @actions/cache use (staged
// blocks, a block list, a single-shot Put Blob for small archives, a plain read).
// Blocks are kept by ID and joined in BlockList order, because the SDK stages them in parallel.
import { CONTAINER, blobNameOf, sendBlobError } from './blob.js'
import { drain, readBody } from './http.js'
import { sasAllows } from './sas.js'

/** @returns {import('./blob.js').BlobBackend} */
export function memoryBlobs() {
  /** @type {Map<string, Map<string, Buffer>>} */
  const staged = new Map()
  /** @type {Map<string, { bytes: Buffer, contentType: string }>} */
  const committed = new Map()

  /**
   * @param {string} blob
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} blockId
   */
  async function stageBlock(blob, req, res, blockId) {
    const blocks = staged.get(blob) ?? new Map()
    staged.set(blob, blocks)
    blocks.set(blockId, await readBody(req))
    res.writeHead(201).end()
  }

  /**
   * @param {string} blob
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function commitBlockList(blob, req, res) {
    const xml = (await readBody(req)).toString('utf8')
    const ids = [...xml.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(m => m[1])
    const blocks = staged.get(blob) ?? new Map()
    const missing = ids.find(id => !blocks.has(id))
    if (missing !== undefined) {
      return sendBlobError(res, 400, 'InvalidBlockList', `block ${missing} was never staged`)
    }
    committed.set(blob, {
      bytes: Buffer.concat(ids.map(id => /** @type {Buffer} */ (blocks.get(id)))),
      contentType: String(req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream')
    })
    staged.delete(blob)
    res.writeHead(201).end()
  }

  /**
   * @param {string} blob
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function putBlob(blob, req, res) {
    if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
      await drain(req)
      return sendBlobError(res, 400, 'InvalidHeaderValue', 'x-ms-blob-type must be BlockBlob')
    }
    committed.set(blob, {
      bytes: await readBody(req),
      contentType: String(req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream')
    })
    staged.delete(blob)
    res.writeHead(201).end()
  }

  /**
   * @param {string} blob
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  function getBlob(blob, res, url) {
    const stored = committed.get(blob)
    if (!stored)
      return sendBlobError(res, 404, 'BlobNotFound', 'The specified blob does not exist.')
    /** @type {Record<string, string | number>} */
    const headers = { 'content-type': stored.contentType, 'content-length': stored.bytes.length }
    const disposition = url.searchParams.get('rscd')
    if (disposition) headers['content-disposition'] = disposition
    res.writeHead(200, headers).end(stored.bytes)
  }

  return {
    async handle(req, res, url) {
      const blob = blobNameOf(url.pathname)
      const reading = req.method === 'GET'
      if (!blob || !sasAllows(url.searchParams, CONTAINER, blob, reading ? 'r' : 'w')) {
        await drain(req)
        return sendBlobError(res, 403, 'AuthenticationFailed', 'Signature did not match.')
      }
      const comp = url.searchParams.get('comp')
      const blockId = url.searchParams.get('blockid')
      if (req.method === 'PUT' && comp === 'block' && blockId)
        return stageBlock(blob, req, res, blockId)
      if (req.method === 'PUT' && comp === 'blocklist') return commitBlockList(blob, req, res)
      if (req.method === 'PUT' && !comp) return putBlob(blob, req, res)
      if (reading && !comp) return getBlob(blob, res, url)
      await drain(req)
      sendBlobError(res, 400, 'UnsupportedHttpVerb', `${req.method} ${comp ?? ''} is not faked`)
    },
    async read(blob) {
      return committed.get(blob)
    },
    async remove(blob) {
      committed.delete(blob)
      staged.delete(blob)
    },
    async close() {}
  }
}
