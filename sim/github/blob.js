// @ts-check
// The blob leg of the artifact service: signed URLs in the path style the Azure SDK expects for an
// IP host (/<account>/<container>/<blob>), served either by real Azurite or by an in-memory store.
import { DEV_ACCOUNT, blobSas } from './sas.js'

export const CONTAINER = 'actions-results'

/**
 * What the results service needs from a blob store. `handle` answers a request that reached the
 * results server's origin under /devstoreaccount1/ (the signed URLs point there, so faults can be
 * injected in front of either store).
 * @typedef {object} BlobBackend
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => Promise<void>} handle
 * @property {(blob: string) => Promise<{ bytes: Buffer, contentType: string } | undefined>} read
 * @property {(blob: string) => Promise<void>} remove
 * @property {() => Promise<void>} close
 */

/** @param {string} blob */
export const blobPath = blob =>
  `/${DEV_ACCOUNT}/${CONTAINER}/${blob.split('/').map(encodeURIComponent).join('/')}`

/**
 * The blob name of a path under our container, or undefined for anything else.
 * @param {string} pathname
 */
export function blobNameOf(pathname) {
  const prefix = `/${DEV_ACCOUNT}/${CONTAINER}/`
  if (!pathname.startsWith(prefix)) return undefined
  return pathname.slice(prefix.length).split('/').map(decodeURIComponent).join('/') || undefined
}

/**
 * @param {string} origin
 * @param {string} blob
 */
export const signedUploadUrl = (origin, blob) =>
  `${origin}${blobPath(blob)}?${blobSas({ container: CONTAINER, blob, permissions: 'cw' })}`

/**
 * A read URL whose downloads are saved under `fileName` (the `rscd` override GitHub uses for raw
 * artifacts; without it download-artifact names the file "artifact").
 * @param {string} origin
 * @param {string} blob
 * @param {string} fileName
 */
export const signedDownloadUrl = (origin, blob, fileName) =>
  `${origin}${blobPath(blob)}?${blobSas({
    container: CONTAINER,
    blob,
    permissions: 'r',
    contentDisposition: `attachment; filename="${fileName}"`
  })}`

/**
 * Azure storage error bodies are XML, with the code repeated in a header the SDK reads.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} code
 * @param {string} message
 */
export function sendBlobError(res, status, code, message) {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`
  res.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
    'x-ms-error-code': code
  })
  res.end(body)
}
