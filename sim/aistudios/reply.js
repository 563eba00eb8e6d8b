// @ts-check
/*
 * Answers of both simulated hosts, as values: handlers return a Reply and one place writes it, so a fault can
 * swallow an answer that was already computed (`reset` with `processed`).
 */
import { randomBytes } from 'node:crypto'
import { STATUS_CODES } from 'node:http'

/**
 * @typedef {{ status: number, headers: Record<string, string>, body: string }} Reply
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 */

/**
 * @param {unknown} data
 * @returns {Reply}
 */
export function success(data) {
  return json(200, { success: true, data })
}

/**
 * The error envelope. `status` stays separate because the service's HTTP statuses are undocumented.
 * @param {number} status
 * @param {string | number} code
 * @param {string} msg
 * @returns {Reply}
 */
export function failure(status, code, msg) {
  return json(status, { success: false, error: { code, msg } })
}

/**
 * A number the answers write as `text`, digit for digit, where a JS number would lose some
 * (`12345678901234567890`, `1e400`, `1.0`): put one in a project to check that a client sends it back as is.
 */
export class JsonNumber {
  /** @param {string} text a JSON number */
  constructor(text) {
    if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text))
      throw new Error(`${text} is not a JSON number`)
    this.text = text
  }
}

// JSON.stringify writes a JsonNumber as this mark around its text, in quotes; `json` then unquotes it.
const MARK = `~json-number-${randomBytes(6).toString('hex')}~`
const MARKED = new RegExp(`"${MARK}([^"]*)${MARK}"`, 'g')

/**
 * @param {number} status
 * @param {unknown} payload
 * @returns {Reply}
 */
function json(status, payload) {
  const text = JSON.stringify(payload, (_key, value) =>
    value instanceof JsonNumber ? `${MARK}${value.text}${MARK}` : value
  )
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: text.replace(MARKED, '$1')
  }
}

/**
 * What a reverse proxy answers when the service behind it is down.
 * @param {number} status
 * @returns {Reply}
 */
export function proxyErrorPage(status) {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`
  return html(
    status,
    `<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center><hr><center>nginx</center></body></html>`
  )
}

/**
 * What a corporate proxy answers, with 200, to a client it wants to sign in first.
 * @returns {Reply}
 */
export function proxyLoginPage() {
  return html(
    200,
    '<html><head><title>Sign in</title></head><body><h1>Network access requires sign-in</h1>' +
      '<form method="post" action="/login"><input name="user"><input name="password" type="password">' +
      '<button>Sign in</button></form></body></html>'
  )
}

/**
 * @param {number} status
 * @param {string} page
 * @returns {Reply}
 */
function html(status, page) {
  return {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: `<!DOCTYPE html>\n${page}\n`
  }
}

/**
 * The download host is an object store, whose errors are XML like S3's.
 * @param {number} status
 * @param {string} code
 * @param {string} message
 * @returns {Reply}
 */
export function storeError(status, code, message) {
  return {
    status,
    headers: { 'Content-Type': 'application/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>\n`
  }
}

/**
 * @param {Response} res
 * @param {Reply} reply
 * @param {Record<string, string>} [extraHeaders]
 */
export function send(res, reply, extraHeaders = {}) {
  res.writeHead(reply.status, {
    ...reply.headers,
    ...extraHeaders,
    'Content-Length': String(Buffer.byteLength(reply.body))
  })
  res.end(reply.body)
}

export class BodyTooLargeError extends Error {}

/**
 * @param {Request} req
 * @param {number} limit
 * @returns {Promise<string>}
 */
export async function readBody(req, limit) {
  /** @type {Buffer[]} */
  const chunks = []
  let size = 0
  for await (const chunk of req) {
    size += chunk.length
    if (size > limit) throw new BodyTooLargeError(`Request body is larger than ${limit} bytes`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}
