import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { readInputs } from '../../src/action/inputs.js'
import { ActionError } from '../../src/shared/errors.js'

const WORKSPACE = path.resolve('/work/ws')

const DEFAULTS: Record<string, string> = {
  'project-id': '65fa6b07dca2e367461a2925',
  'api-key': 'key-123',
  'api-url': 'https://app.aistudios.com',
  resolution: '1080',
  'timeout-minutes': '30',
  'request-timeout-seconds': '30',
  'upload-timeout-minutes': '10',
  'dry-run': 'false',
  upload: 'none',
  overwrite: 'true'
}

function read(overrides: Record<string, string> = {}) {
  const values = { ...DEFAULTS, ...overrides }
  return readInputs(name => values[name] ?? '', {
    GITHUB_WORKSPACE: WORKSPACE,
    GITHUB_SHA: 'abcdef0123456789',
    GITHUB_REF_NAME: 'v1.2.0'
  })
}

function failure(overrides: Record<string, string>): ActionError {
  try {
    read(overrides)
  } catch (error) {
    if (error instanceof ActionError) return error
    throw error
  }
  throw new Error('expected an ActionError')
}

describe('readInputs', () => {
  it('reads a complete set of inputs into typed values', () => {
    const inputs = read({
      'timeout-minutes': '2.5',
      'output-path': 'out/demo.mp4',
      vars: 'version: 1.2.0\ncount: 3',
      'dry-run': 'true'
    })
    expect(inputs.projectId).toBe('65fa6b07dca2e367461a2925')
    expect(inputs.credentials).toEqual({ apiKey: 'key-123' })
    expect(inputs.timeoutMs).toBe(150_000)
    expect(inputs.uploadTimeoutMs).toBe(600_000)
    expect(inputs.outputPath).toBe(path.join(WORKSPACE, 'out/demo.mp4'))
    expect(inputs.dryRun).toBe(true)
    expect(inputs.apiUrl).toBe('https://app.aistudios.com')
    expect(inputs.vars).toMatchObject({
      version: '1.2.0',
      count: '3',
      'github.sha': 'abcdef0123456789',
      'github.short_sha': 'abcdef0',
      'github.ref_name': 'v1.2.0'
    })
  })

  it('takes app-id and user-key instead of an api-key', () => {
    expect(
      read({ 'api-key': '', 'app-id': 'me@example.com', 'user-key': 'uk' }).credentials
    ).toEqual({ appId: 'me@example.com', userKey: 'uk' })
  })

  it('accepts vars as JSON', () => {
    expect(read({ vars: '{"version": "2.0"}' }).vars.version).toBe('2.0')
  })

  it('uses resume-project-id as the project when project-id is empty', () => {
    const inputs = read({ 'project-id': '', 'resume-project-id': 'abc123' })
    expect(inputs.projectId).toBe('abc123')
    expect(inputs.resumeProjectId).toBe('abc123')
  })

  it.each([
    [{ 'project-id': '' }, 'project-id', /is required/],
    [{ 'project-id': '../../etc' }, 'project-id', /last part of the editor URL/],
    [{ 'api-key': '' }, 'api-key', /is empty, and so are `app-id` and `user-key`/],
    [{ 'api-key': '', 'app-id': 'me' }, 'user-key', /add `user-key: /],
    [{ 'api-key': '', 'user-key': 'k' }, 'app-id', /add `app-id: /],
    [{ 'app-id': 'me', 'user-key': 'k' }, 'api-key', /keep either `api-key`/],
    [{ resolution: '2160' }, 'resolution', /4k, 1080, 720, 480/],
    [{ 'timeout-minutes': 'soon' }, 'timeout-minutes', /greater than 0/],
    [{ 'timeout-minutes': '0' }, 'timeout-minutes', /greater than 0/],
    [{ 'timeout-minutes': '-5' }, 'timeout-minutes', /greater than 0/],
    [{ 'timeout-minutes': '1000' }, 'timeout-minutes', /at most 360/],
    [{ 'api-url': 'ftp://app.aistudios.com' }, 'api-url', /http or https URL/],
    [{ 'api-url': 'app.aistudios.com' }, 'api-url', /http or https URL/],
    [{ 'webhook-url': 'http://example.com/hook' }, 'webhook-url', /https URL/],
    [{ 'output-path': '../outside.mp4' }, 'output-path', /outside the workspace/],
    [{ 'output-path': '/etc/passwd' }, 'output-path', /outside the workspace/],
    [{ patch: '../../patch.yaml' }, 'patch', /outside the workspace/],
    [{ 'dry-run': 'yes please' }, 'dry-run', /true or false/],
    [{ 'pr-comment': 'on' }, 'pr-comment', /true or false/],
    [{ 'pr-comment': 'true', 'github-token': ' ' }, 'github-token', /pull-request comments/],
    [{ 'delete-rendered-project': 'yes' }, 'delete-rendered-project', /true or false/],
    [{ vars: '- a\n- b' }, 'vars', /map of names/],
    [{ vars: 'a: [1, 2]' }, 'vars', /list or map/],
    [{ vars: 'a: {' }, 'vars', /not valid YAML/]
  ])('rejects %j naming `%s`', (overrides, input, message) => {
    const error = failure(overrides)
    expect(error.details.input).toBe(input)
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain('\n')
    // One style for every input: the name, then what is wrong and how to fix it.
    expect(error.message).toMatch(new RegExp(`^Input \`${input}\` `))
  })
})

describe('the manifest inputs', () => {
  const manifest = { 'project-id': '', manifest: '.github/videos.yaml' }

  it('reads a manifest run with its defaults', () => {
    const inputs = read(manifest)
    expect(inputs.manifest).toEqual({
      file: '.github/videos.yaml',
      only: '',
      maxParallel: 3,
      failFast: false,
      shardCount: undefined,
      gather: false
    })
    expect(inputs.maxExports).toBe(10)
    expect(
      read({ ...manifest, 'max-parallel': '1', 'fail-fast': 'true', 'max-exports': '0' })
    ).toMatchObject({ manifest: { maxParallel: 1, failFast: true }, maxExports: 0 })
  })

  it.each(['project-id', 'patch', 'resume-project-id'])('refuses a manifest with %s', name => {
    const error = failure({
      ...manifest,
      [name]: name === 'patch' ? 'p.yaml' : '65fa6b07dca2e367461a2925'
    })
    expect(error.message).toBe(
      `Input \`manifest\` is set together with \`${name}\`: the manifest names each video's ${name}; remove \`${name}\` from the step.`
    )
    expect(error.details.input).toBe('manifest')
  })

  it.each([
    ['max-parallel', '0'],
    ['max-parallel', 'two'],
    ['max-exports', '-1'],
    ['manifest', '../videos.yaml']
  ])('names a bad %s (%s)', (name, value) => {
    expect(failure({ ...manifest, [name]: value }).details.input).toBe(name)
  })
})

describe('the review and cleanup inputs', () => {
  it('are off by default', () => {
    const inputs = read()
    expect(inputs.prComment).toBeUndefined()
    expect(inputs.deleteRenderedProject).toBe(false)
  })

  it('turn on with true, pr-comment keeping the token', () => {
    const inputs = read({
      'pr-comment': 'true',
      'github-token': 'ghs_abc',
      'delete-rendered-project': 'True'
    })
    expect(inputs.prComment).toEqual({ token: 'ghs_abc' })
    expect(inputs.deleteRenderedProject).toBe(true)
  })
})
