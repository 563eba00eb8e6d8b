// @ts-check
// Shared Access Signatures for the Azure storage emulator account, computed with node:crypto so the
// fake needs no Azure SDK. Field order follows the "2020-12-06" string-to-sign in the Azure docs
// ("Create a service SAS" / "Create an account SAS"), which Azurite checks.
import { createHmac, timingSafeEqual } from 'node:crypto'
import { URLSearchParams } from 'node:url'

/** Azurite's well-known development account; the key is public and documented. */
export const DEV_ACCOUNT = 'devstoreaccount1'
const DEV_KEY = Buffer.from(
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'base64'
)
const SAS_VERSION = '2020-12-06'
const HOUR_MS = 3600_000

/** @param {string} text */
const sign = text => createHmac('sha256', DEV_KEY).update(text, 'utf8').digest('base64')

/** Azure wants ISO 8601 without milliseconds. @param {number} ms */
const expiry = ms => new Date(Date.now() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/**
 * @param {URLSearchParams} q
 * @param {string} container
 * @param {string} blob
 */
function blobStringToSign(q, container, blob) {
  const get = (/** @type {string} */ k) => q.get(k) ?? ''
  return [
    get('sp'),
    get('st'),
    get('se'),
    `/blob/${DEV_ACCOUNT}/${container}/${blob}`,
    get('si'),
    get('sip'),
    get('spr'),
    get('sv'),
    get('sr'),
    get('sst'),
    get('ses'),
    get('rscc'),
    get('rscd'),
    get('rsce'),
    get('rscl'),
    get('rsct')
  ].join('\n')
}

/**
 * A service SAS query string for one blob.
 * @param {{ container: string, blob: string, permissions: string, contentDisposition?: string }} o
 * @returns {string}
 */
export function blobSas({ container, blob, permissions, contentDisposition }) {
  const q = new URLSearchParams({ sv: SAS_VERSION, sr: 'b', sp: permissions, se: expiry(HOUR_MS) })
  if (contentDisposition) q.set('rscd', contentDisposition)
  q.set('sig', sign(blobStringToSign(q, container, blob)))
  return q.toString()
}

/**
 * Checks a service SAS the way the storage service does: signature, expiry, and that it grants
 * `permission`.
 * @param {URLSearchParams} q
 * @param {string} container
 * @param {string} blob
 * @param {string} permission one letter, e.g. 'w' or 'r'
 */
export function sasAllows(q, container, blob, permission) {
  const given = Buffer.from(q.get('sig') ?? '')
  const wanted = Buffer.from(sign(blobStringToSign(q, container, blob)))
  return (
    given.length === wanted.length &&
    timingSafeEqual(given, wanted) &&
    Date.parse(q.get('se') ?? '') > Date.now() &&
    (q.get('sp') ?? '').includes(permission)
  )
}

/**
 * An account SAS for blob service, container and object operations: what creating a container
 * needs, which a blob-scoped SAS cannot do.
 * @returns {string}
 */
export function accountSas() {
  const q = new URLSearchParams({
    sv: SAS_VERSION,
    ss: 'b',
    srt: 'sco',
    sp: 'rwdlac',
    se: expiry(HOUR_MS)
  })
  const text = [
    DEV_ACCOUNT,
    'rwdlac',
    'b',
    'sco',
    '',
    q.get('se'),
    '',
    '',
    SAS_VERSION,
    '',
    ''
  ].join('\n')
  q.set('sig', sign(text))
  return q.toString()
}
