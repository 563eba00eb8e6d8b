import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseDeliveryOptions, type RawDeliveryInputs } from '../helpers/delivery-inputs.js'
import { ActionError } from '../../src/shared/errors.js'

const empty: RawDeliveryInputs = {
  upload: '',
  'retention-days': '',
  overwrite: '',
  'release-tag': '',
  'asset-name': '',
  'github-token': ''
}
const onBranch = { GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'push' }

function parse(raw: Partial<RawDeliveryInputs>, env: NodeJS.ProcessEnv = onBranch) {
  return parseDeliveryOptions({ ...empty, ...raw }, env)
}

function rejection(raw: Partial<RawDeliveryInputs>, env?: NodeJS.ProcessEnv): ActionError {
  try {
    parse(raw, env)
  } catch (error) {
    if (error instanceof ActionError) return error
    throw error
  }
  throw new Error('expected an ActionError')
}

describe('parseDeliveryOptions', () => {
  it('defaults to an artifact that replaces an earlier one', () => {
    expect(parse({})).toEqual({
      modes: new Set(['artifact']),
      overwrite: true,
      'retention-days': undefined,
      'asset-name': undefined
    })
  })

  it.each([
    ['artifact,release', ['artifact', 'release']],
    [' release , artifact ', ['release', 'artifact']],
    ['artifact\nrelease\n', ['artifact', 'release']],
    ['Release', ['release']],
    ['none', []]
  ])('reads upload: %j', (upload, modes) => {
    expect([...parse({ upload, 'release-tag': 'v1', 'github-token': 't' }).modes]).toEqual(modes)
  })

  it.each(['artefact', 'none,artifact', 'both'])(
    'names the input and the choices for upload: %j',
    upload => {
      const error = rejection({ upload })
      expect(error.details.input).toBe('upload')
      expect(error.message).toBe(
        `Input \`upload\` is "${upload}": use artifact, release, artifact,release or none.`
      )
    }
  )

  it('takes retention-days from 1 to 90', () => {
    expect(parse({ 'retention-days': ' 90 ' }).retentionDays).toBe(90)
    for (const retentionDays of ['0', '91', '1.5', 'a week']) {
      expect(rejection({ 'retention-days': retentionDays }).details.input).toBe('retention-days')
    }
  })

  it('reads overwrite as a YAML boolean', () => {
    expect(parse({ overwrite: 'False' }).overwrite).toBe(false)
    expect(rejection({ overwrite: 'yes' }).message).toBe(
      'Input `overwrite` is "yes": use true or false.'
    )
  })

  it('refuses a path as asset-name', () => {
    expect(rejection({ 'asset-name': 'out/demo.mp4' }).details.input).toBe('asset-name')
  })

  describe('in release mode', () => {
    it('takes the pushed tag as the default release-tag', () => {
      expect(
        parse({ upload: 'release', 'github-token': 't' }, { GITHUB_REF: 'refs/tags/v1.2.0' })
      ).toMatchObject({
        releaseTag: 'v1.2.0',
        token: 't'
      })
    })

    it("takes the tag of the release event's payload", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'event-'))
      const eventPath = path.join(dir, 'event.json')
      fs.writeFileSync(
        eventPath,
        JSON.stringify({ action: 'created', release: { tag_name: 'v3.0.0-rc.1' } })
      )
      const env = { GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: eventPath, GITHUB_REF: '' }
      try {
        expect(parse({ upload: 'release', 'github-token': 't' }, env).releaseTag).toBe(
          'v3.0.0-rc.1'
        )
      } finally {
        fs.rmSync(dir, { recursive: true })
      }
    })

    it('accepts release-tag given as a ref', () => {
      expect(
        parse({ upload: 'release', 'github-token': 't', 'release-tag': 'refs/tags/v4' }).releaseTag
      ).toBe('v4')
    })

    it('requires release-tag when the run was not started by a tag', () => {
      const error = rejection({ upload: 'release', 'github-token': 't' })
      expect(error.details.input).toBe('release-tag')
      expect(error.message).toMatch(
        /^Input `release-tag` is required .*\(GITHUB_REF is refs\/heads\/main\): set it/
      )
    })

    it('requires github-token', () => {
      expect(rejection({ upload: 'artifact,release', 'release-tag': 'v1' }).details.input).toBe(
        'github-token'
      )
    })
  })
})
