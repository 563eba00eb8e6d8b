import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseDeliveryOptions, type RawDeliveryInputs } from '../../src/deliver/options.js'
import { ActionError } from '../../src/shared/errors.js'

const empty: RawDeliveryInputs = {
  upload: '',
  retentionDays: '',
  overwrite: '',
  releaseTag: '',
  assetName: '',
  githubToken: ''
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
      retentionDays: undefined,
      assetName: undefined
    })
  })

  it.each([
    ['artifact,release', ['artifact', 'release']],
    [' release , artifact ', ['release', 'artifact']],
    ['artifact\nrelease\n', ['artifact', 'release']],
    ['Release', ['release']],
    ['none', []]
  ])('reads upload: %j', (upload, modes) => {
    expect([...parse({ upload, releaseTag: 'v1', githubToken: 't' }).modes]).toEqual(modes)
  })

  it.each(['artefact', 'none,artifact', 'both'])(
    'names the input and the choices for upload: %j',
    upload => {
      const error = rejection({ upload })
      expect(error.details.input).toBe('upload')
      expect(error.message).toBe(
        `upload: "${upload}" is not a valid value; use artifact, release, artifact,release or none.`
      )
    }
  )

  it('takes retention-days from 1 to 90', () => {
    expect(parse({ retentionDays: ' 90 ' }).retentionDays).toBe(90)
    for (const retentionDays of ['0', '91', '1.5', 'a week']) {
      expect(rejection({ retentionDays }).details.input).toBe('retention-days')
    }
  })

  it('reads overwrite as a YAML boolean', () => {
    expect(parse({ overwrite: 'False' }).overwrite).toBe(false)
    expect(rejection({ overwrite: 'yes' }).message).toBe(
      'overwrite: "yes" is not a boolean; use true or false.'
    )
  })

  it('refuses a path as asset-name', () => {
    expect(rejection({ assetName: 'out/demo.mp4' }).details.input).toBe('asset-name')
  })

  describe('in release mode', () => {
    it('takes the pushed tag as the default release-tag', () => {
      expect(
        parse({ upload: 'release', githubToken: 't' }, { GITHUB_REF: 'refs/tags/v1.2.0' })
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
        expect(parse({ upload: 'release', githubToken: 't' }, env).releaseTag).toBe('v3.0.0-rc.1')
      } finally {
        fs.rmSync(dir, { recursive: true })
      }
    })

    it('accepts release-tag given as a ref', () => {
      expect(
        parse({ upload: 'release', githubToken: 't', releaseTag: 'refs/tags/v4' }).releaseTag
      ).toBe('v4')
    })

    it('requires release-tag when the run was not started by a tag', () => {
      const error = rejection({ upload: 'release', githubToken: 't' })
      expect(error.details.input).toBe('release-tag')
      expect(error.message).toMatch(
        /^release-tag is required .*\(GITHUB_REF is refs\/heads\/main\); set it/
      )
    })

    it('requires github-token', () => {
      expect(rejection({ upload: 'artifact,release', releaseTag: 'v1' }).details.input).toBe(
        'github-token'
      )
    })
  })
})
