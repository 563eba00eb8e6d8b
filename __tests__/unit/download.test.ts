import { describe, expect, it } from '@jest/globals'
import type { IncomingHttpHeaders } from 'node:http'
import {
  checkUrl,
  classifyResponse,
  isMp4Start,
  isProgress,
  parseContentRange,
  parseLength,
  parseUnsatisfiedRange,
  partPathFor,
  progressLine,
  rangeHeaders,
  redirectTarget,
  validatorOf,
  type TransferState,
  type Verdict
} from '../../src/download/verdicts.js'
import { backoffDelay } from '../../src/shared/backoff.js'
import { parseRetryAfter } from '../../src/shared/retry-after.js'
import { ActionError } from '../../src/shared/errors.js'

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0)

describe('parseContentRange', () => {
  it.each([
    ['bytes 0-99/100', { start: 0, end: 99, total: 100 }],
    ['bytes 100-199/1000', { start: 100, end: 199, total: 1000 }],
    ['Bytes 5-9/*', { start: 5, end: 9, total: undefined }],
    [' bytes 5-9/10 ', { start: 5, end: 9, total: 10 }]
  ])('%s', (value, expected) => {
    expect(parseContentRange(value)).toEqual(expected)
  })

  it.each([
    undefined,
    '',
    'bytes */100',
    'bytes 10-5/100',
    'bytes 0-100/100',
    'items 0-1/2',
    'bytes=0-1/2'
  ])('rejects %p', value => {
    expect(parseContentRange(value)).toBeUndefined()
  })
})

describe('parseLength', () => {
  it('reads a decimal length and nothing else', () => {
    expect(parseLength('1000')).toBe(1000)
    expect(parseLength('0')).toBe(0)
    expect([undefined, '', '1e3', '-1', '12 ', 'abc'].map(parseLength)).toEqual(
      Array(6).fill(undefined)
    )
  })
})

describe('parseUnsatisfiedRange', () => {
  it('reads the total of a 416', () => {
    expect(parseUnsatisfiedRange('bytes */1000')).toBe(1000)
    expect(parseUnsatisfiedRange('bytes 0-1/2')).toBeUndefined()
    expect(parseUnsatisfiedRange(undefined)).toBeUndefined()
  })
})

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    [new Date(NOW + 30_000).toUTCString(), 30_000],
    [new Date(NOW - 30_000).toUTCString(), 0],
    ['86400', 300_000],
    [undefined, undefined],
    ['', undefined],
    ['soon', undefined],
    ['-5', undefined]
  ])('%p → %p ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected)
  })
})

describe('backoffDelay', () => {
  it('doubles from 1 s up to 30 s, with jitter between half and all of it', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(n => backoffDelay(n, () => 0.999999))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000
    ])
    expect([1, 2, 6].map(n => backoffDelay(n, () => 0))).toEqual([500, 1000, 15000])
  })
})

describe('validatorOf and rangeHeaders', () => {
  it('prefers a strong ETag, else Last-Modified; a weak ETag is no validator', () => {
    const lastModified = 'Wed, 21 Oct 2026 07:28:00 GMT'
    expect(validatorOf({ etag: '"abc"', 'last-modified': lastModified })).toBe('"abc"')
    expect(validatorOf({ etag: 'W/"abc"', 'last-modified': lastModified })).toBe(lastModified)
    expect(validatorOf({ etag: 'W/"abc"' })).toBeUndefined()
  })

  it('asks for the rest of the file, guarded by the validator', () => {
    expect(rangeHeaders(0, '"abc"')).toEqual({})
    expect(rangeHeaders(500, '"abc"')).toEqual({ range: 'bytes=500-', 'if-range': '"abc"' })
    expect(rangeHeaders(500, undefined)).toEqual({ range: 'bytes=500-' })
  })
})

describe('checkUrl and redirectTarget', () => {
  it('accepts https, and http only when allowed', () => {
    expect(checkUrl('https://cdn.example/v.mp4', false).href).toBe('https://cdn.example/v.mp4')
    expect(checkUrl('http://127.0.0.1:9/v.mp4', true).protocol).toBe('http:')
    expect(() => checkUrl('http://cdn.example/v.mp4', false)).toThrow(
      new ActionError('The video download URL must use https (got http).')
    )
    expect(() => checkUrl('ftp://cdn.example/v.mp4', true)).toThrow(ActionError)
    expect(() => checkUrl('not a url', true)).toThrow('not a valid URL')
  })

  it('resolves relative locations and never goes from https to http', () => {
    const from = new URL('https://a.example/x/v.mp4?sig=1')
    expect(redirectTarget(from, '/y/v.mp4', false).href).toBe('https://a.example/y/v.mp4')
    expect(redirectTarget(from, 'https://b.example/v.mp4', false).href).toBe(
      'https://b.example/v.mp4'
    )
    expect(() => redirectTarget(from, 'http://b.example/v.mp4', true)).toThrow(
      'redirected from https to http:'
    )
    const plain = new URL('http://127.0.0.1:9/v.mp4')
    expect(redirectTarget(plain, 'https://b.example/v.mp4', true).protocol).toBe('https:')
  })
})

describe('isMp4Start and partPathFor', () => {
  it('recognises an ftyp box', () => {
    expect(isMp4Start(Buffer.from('\0\0\0\x18ftypisom', 'latin1'))).toBe(true)
    expect(isMp4Start(Buffer.from('<!doctype html>'))).toBe(false)
    expect(isMp4Start(Buffer.from('\0\0\0\x18fty', 'latin1'))).toBe(false)
  })

  it('puts the temporary file beside the destination, hidden', () => {
    expect(partPathFor('/out/dir/video.mp4', 'ab12')).toBe('/out/dir/.video.mp4.ab12.part')
  })
})

describe('progressLine', () => {
  it('shows bytes, percentage and speed', () => {
    expect(progressLine(512 * 2 ** 20, 2 ** 30, 100 * 2 ** 20)).toBe(
      'Downloaded 512.0 MiB of 1.0 GiB (50 %), 100.0 MiB/s'
    )
    expect(progressLine(3 * 2 ** 20, undefined, 2 ** 20)).toBe('Downloaded 3.0 MiB, 1.0 MiB/s')
  })
})

describe('classifyResponse', () => {
  const fresh: TransferState = { offset: 0, total: undefined, validator: undefined }
  const resuming: TransferState = { offset: 400, total: 1000, validator: '"v1"' }
  const cases: Array<[string, number, IncomingHttpHeaders, TransferState, Verdict]> = [
    [
      '200 from the start',
      200,
      { 'content-length': '1000', etag: '"v1"' },
      fresh,
      { kind: 'stream', from: 0, total: 1000, validator: '"v1"' }
    ],
    [
      '200 without a length',
      200,
      { 'last-modified': 'Wed, 21 Oct 2026 07:28:00 GMT' },
      fresh,
      { kind: 'stream', from: 0, total: undefined, validator: 'Wed, 21 Oct 2026 07:28:00 GMT' }
    ],
    [
      '200 to a range request: start over',
      200,
      { 'content-length': '1200', etag: '"v2"' },
      resuming,
      { kind: 'stream', from: 0, total: 1200, validator: '"v2"' }
    ],
    [
      '206 at the expected offset',
      206,
      { 'content-range': 'bytes 400-999/1000', etag: '"v1"' },
      resuming,
      { kind: 'stream', from: 400, total: 1000, validator: '"v1"' }
    ],
    [
      '206 at another offset',
      206,
      { 'content-range': 'bytes 0-999/1000' },
      resuming,
      { kind: 'restart', reason: 'the server resumed at byte 0 instead of 400' }
    ],
    [
      '206 with another total',
      206,
      { 'content-range': 'bytes 400-1199/1200' },
      resuming,
      { kind: 'restart', reason: "the file's length changed to 1200" }
    ],
    [
      '206 with another ETag',
      206,
      { 'content-range': 'bytes 400-999/1000', etag: '"v2"' },
      resuming,
      { kind: 'restart', reason: 'the file changed (different ETag)' }
    ],
    [
      '206 without Content-Range',
      206,
      {},
      resuming,
      { kind: 'restart', reason: 'a 206 answer without a valid Content-Range' }
    ],
    [
      '416 with every byte on disk',
      416,
      { 'content-range': 'bytes */400' },
      { offset: 400, total: undefined, validator: undefined },
      { kind: 'complete' }
    ],
    [
      '416 with a partial file',
      416,
      { 'content-range': 'bytes */1000' },
      resuming,
      { kind: 'restart', reason: 'the server refused the range (HTTP 416)' }
    ],
    ['403', 403, {}, resuming, { kind: 'refresh', reason: 'HTTP 403, the URL may have expired' }],
    ['404', 404, {}, fresh, { kind: 'refresh', reason: 'HTTP 404, the URL may have expired' }],
    ['410', 410, {}, fresh, { kind: 'refresh', reason: 'HTTP 410, the URL may have expired' }],
    [
      '429 with Retry-After',
      429,
      { 'retry-after': '3' },
      fresh,
      { kind: 'retry', reason: 'HTTP 429', delayMs: 3000 }
    ],
    ['408', 408, {}, fresh, { kind: 'retry', reason: 'HTTP 408', delayMs: undefined }],
    ['502', 502, {}, fresh, { kind: 'retry', reason: 'HTTP 502', delayMs: undefined }],
    ['401', 401, {}, fresh, { kind: 'fail', reason: 'the server answered HTTP 401' }],
    ['204', 204, {}, fresh, { kind: 'fail', reason: 'the server answered HTTP 204' }]
  ]

  it.each(cases)('%s', (_, status, headers, state, expected) => {
    expect(classifyResponse(status, headers, state, NOW)).toEqual(expected)
  })
})

describe('isProgress', () => {
  it('needs 1/64 of a known length', () => {
    expect(isProgress(1023, 64 * 1024)).toBe(false)
    expect(isProgress(1024, 64 * 1024)).toBe(true)
    expect(isProgress(16 * 2 ** 20 - 1, 2 ** 30)).toBe(false)
    expect(isProgress(16 * 2 ** 20, 2 ** 30)).toBe(true)
  })

  it('needs 1 MiB when the length is unknown, and never counts nothing', () => {
    expect(isProgress(2 ** 20 - 1, undefined)).toBe(false)
    expect(isProgress(2 ** 20, undefined)).toBe(true)
    expect(isProgress(0, 0)).toBe(false)
  })
})
