import { describe, expect, it } from '@jest/globals'
import { readInputs } from '../../../src/action/inputs.js'
import { readJson } from '../../../src/aistudios/exact-json.js'
import { exportRequest } from '../../../src/aistudios/export-request.js'
import {
  DeleteDataSchema,
  ErrorEnvelopeSchema,
  ExportDataSchema,
  ProgressDataSchema,
  type Project
} from '../../../src/aistudios/schema.js'
import { dashboardUrl, exportMayHaveBeenCharged } from '../../../src/aistudios/charged.js'
import { Redactor } from '../../../src/shared/redact.js'

describe('progress answers as the API may give them', () => {
  it('reads `download_url` beside `downloadUrl`, the camel case winning', () => {
    expect(
      ProgressDataSchema.parse({ progress: 100, download_url: 'https://a/v.mp4' })
    ).toMatchObject({
      downloadUrl: 'https://a/v.mp4'
    })
    expect(
      ProgressDataSchema.parse({
        progress: 100,
        downloadUrl: 'https://b',
        download_url: 'https://a'
      }).downloadUrl
    ).toBe('https://b')
  })

  it('reads a numeric string as a number and keeps numbers as numbers', () => {
    expect(ProgressDataSchema.parse({ progress: '42.5' }).progress).toBe(42.5)
    expect(ProgressDataSchema.parse({ progress: 7 }).progress).toBe(7)
    expect(ProgressDataSchema.parse({}).progress).toBe(0)
  })

  it('reads numbers however they are written, as answers are read with their digits kept', () => {
    expect(ProgressDataSchema.parse(readJson('{"progress":50.0}')).progress).toBe(50)
    expect(ProgressDataSchema.parse(readJson('{"progress":1E2}')).progress).toBe(100)
    expect(ProgressDataSchema.safeParse(readJson('{"progress":1e400}')).success).toBe(false)
    expect(DeleteDataSchema.parse(readJson('{"deletedCount":2.0}')).deletedCount).toBe(2)
    expect(
      ErrorEnvelopeSchema.parse(readJson('{"success":false,"error":{"code":4.010e2}}')).error?.code
    ).toBe(401)
  })

  it('refuses a progress that is not a number', () => {
    expect(ProgressDataSchema.safeParse({ progress: 'soon' }).success).toBe(false)
    expect(ProgressDataSchema.safeParse({ progress: -1 }).success).toBe(false)
  })

  it('reads an error envelope with a top-level `message`', () => {
    expect(ErrorEnvelopeSchema.parse({ success: false, message: 'Invalid token' }).message).toBe(
      'Invalid token'
    )
  })
})

describe('project ids in answers', () => {
  it.each(['65fa6b07dca2e367461a2925', 'abc_DEF-1'])('accepts %s', id => {
    expect(ExportDataSchema.safeParse({ projectId: id }).success).toBe(true)
  })
  it.each(['', '../x', '::error::pwned', 'a b', 'x'.repeat(129)])('refuses %j', id => {
    expect(ExportDataSchema.safeParse({ projectId: id }).success).toBe(false)
  })
})

describe('the ambiguous export message', () => {
  it('names the dashboard of the API host', () => {
    expect(dashboardUrl('https://app.aistudios.com')).toBe('https://app.aistudios.com')
    expect(dashboardUrl('https://app.aistudios.cn/')).toBe('https://app.aistudios.cn')
    expect(dashboardUrl('http://127.0.0.1:3000')).toBe('https://app.aistudios.com')
  })

  it('shows the first 200 characters received', () => {
    const message = exportMayHaveBeenCharged(
      'https://api.example.cn',
      'POST /x',
      'HTTP 502',
      'y'.repeat(300)
    )
    expect(message).toContain(`Received: "${'y'.repeat(200)}"`)
    expect(message).not.toContain('y'.repeat(201))
    expect(message).toMatch(/may have been charged.*app\.aistudios\.cn.*resume-project-id/)
  })
})

describe('Redactor', () => {
  it('replaces every secret it knows, the longest first, and ignores empty ones', () => {
    const redactor = new Redactor(['abcd', 'abcdefgh', '', undefined])
    expect(redactor.redact('x abcdefgh y abcd z')).toBe('x *** y *** z')
    redactor.add('minted-token')
    expect(redactor.redact('Bearer minted-token')).toBe('Bearer ***')
  })
})

describe('the create request', () => {
  it('carries the documented `dictionary` of the fetched project', () => {
    const project = { name: 'p', scenes: [], dictionary: { AI: 'ay eye' } } as Project
    const request = exportRequest('p1', { resolution: '1080' }, project)
    expect(request.body).toMatchObject({ dictionary: { AI: 'ay eye' } })
    expect(JSON.parse(JSON.stringify(request.body))).toEqual(request.body)
  })
})

describe('api-url with credentials', () => {
  it('is refused without printing them', () => {
    const values: Record<string, string> = {
      'project-id': '65fa6b07dca2e367461a2925',
      'api-key': 'key-123',
      'api-url': 'https://me:hunter2@app.aistudios.com'
    }
    let message = ''
    try {
      readInputs(name => values[name] ?? '', { GITHUB_WORKSPACE: '/work/ws' })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/`api-url` contains a user name or password/)
    expect(message).not.toContain('hunter2')
    expect(message).not.toContain('me:')
  })
})
