import { describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readInputs } from '../../../src/action/inputs.js'
import { readTerminalSettings } from '../../../src/cli/settings.js'
import { closest, editDistance } from '../../../src/settings/closest.js'
import { DECLARATIONS, type SettingName } from '../../../src/settings/declarations.js'
import { parseSettings } from '../../../src/settings/parse.js'
import { SettingError } from '../../../src/settings/values.js'
import { actionWords, terminalWords, type Wording } from '../../../src/settings/words.js'

const WORKSPACE = path.resolve('/work/ws')
const VALID = { 'project-id': '65fa6b07dca2e367461a2925', 'api-key': 'key-123' }

function parse(values: Record<string, string | undefined>, wording: Wording = actionWords) {
  return parseSettings(name => values[name], wording, { workspace: WORKSPACE, runVars: {} })
}

/** The result as comparable data, or the message it failed with. */
function outcome(values: Record<string, string | undefined>): unknown {
  try {
    const settings = parse(values)
    return JSON.parse(JSON.stringify(settings, (_, v: unknown) => (v instanceof Set ? [...v] : v)))
  } catch (error) {
    if (error instanceof SettingError) return error.message
    throw error
  }
}

function failure(values: Record<string, string | undefined>, wording: Wording): SettingError {
  try {
    parse(values, wording)
  } catch (error) {
    if (error instanceof SettingError) return error
    throw error
  }
  throw new Error('expected a SettingError')
}

describe('an empty setting takes its default', () => {
  it.each(DECLARATIONS.map(d => [d.name, d.default]))(
    '%s: empty is the same as %j',
    (name, value) => {
      expect(outcome({ ...VALID, [name]: '' })).toEqual(outcome({ ...VALID, [name]: value }))
      expect(outcome({ ...VALID, [name]: ' ' })).toEqual(outcome({ ...VALID, [name]: value }))
      if (!(name in VALID))
        expect(outcome({ ...VALID, [name]: undefined })).toEqual(
          outcome({ ...VALID, [name]: value })
        )
    }
  )

  it('every input empty but the project and the key (a reusable workflow passes "") runs on the defaults', () => {
    const empty = Object.fromEntries(DECLARATIONS.map(d => [d.name, '']))
    const defaults = Object.fromEntries(DECLARATIONS.map(d => [d.name, d.default]))
    const settings = parse({ ...empty, ...VALID })
    expect(outcome({ ...empty, ...VALID })).toEqual(outcome({ ...defaults, ...VALID }))
    expect(settings).toMatchObject({
      apiUrl: 'https://app.aistudios.com',
      settings: { resolution: '1080' },
      timeoutMs: 30 * 60_000,
      uploadTimeoutMs: 10 * 60_000,
      requestTimeoutMs: 30_000,
      cache: true,
      dryRun: false,
      maxExports: 10,
      delivery: { modes: new Set(['artifact']), overwrite: true }
    })
  })
})

describe('each edge names a setting in its own words', () => {
  const cli = terminalWords()
  it.each<[Record<string, string>, string, string]>([
    [
      { resolution: '8k' },
      'Input `resolution` is "8k": use one of 4k, 1080, 720, 480.',
      '--resolution "8k": use one of 4k, 1080, 720, 480.'
    ],
    [
      { 'timeout-minutes': '0' },
      'Input `timeout-minutes` is "0": use a number greater than 0 and at most 360, e.g. 30.',
      '--timeout-minutes "0": use a number greater than 0 and at most 360, e.g. 30.'
    ],
    [
      { 'max-parallel': '0', manifest: 'videos.yaml', 'project-id': '' },
      'Input `max-parallel` is "0": use a whole number from 1 to 50, or leave it empty for 3.',
      '--max-parallel "0": use a whole number from 1 to 50, or leave it out for 3.'
    ],
    [
      { 'api-url': 'ftp://example.com' },
      'Input `api-url` is "ftp://example.com": use an http or https URL, e.g. https://app.aistudios.com.',
      'AISTUDIOS_API_URL "ftp://example.com": use an http or https URL, e.g. https://app.aistudios.com.'
    ],
    [
      { 'api-key': '', 'app-id': 'me' },
      'Input `user-key` is empty, but `app-id` is set: add `user-key: ${{ secrets.AISTUDIOS_USER_KEY }}`.',
      'AISTUDIOS_USER_KEY is missing, but AISTUDIOS_APP_ID is set: set AISTUDIOS_USER_KEY.'
    ],
    [
      { 'api-key': '' },
      'Input `api-key` is empty, and so are `app-id` and `user-key`: add `api-key: ${{ secrets.AISTUDIOS_API_KEY }}`, or `app-id` and `user-key` (from https://account.aistudios.com/user/api-key).',
      'AISTUDIOS_API_KEY is missing, and so are AISTUDIOS_APP_ID and AISTUDIOS_USER_KEY: set AISTUDIOS_API_KEY, or AISTUDIOS_APP_ID and AISTUDIOS_USER_KEY (from https://account.aistudios.com/user/api-key).'
    ],
    [
      { manifest: 'videos.yaml', 'output-path': 'a.mp4', 'project-id': '' },
      "Input `manifest` is set together with `output-path`: the manifest names each video's output-path; remove `output-path` from the step.",
      "--manifest is set together with --out: the manifest names each video's output-path; remove --out."
    ],
    [
      { patch: '../edit.yaml' },
      'Input `patch` is "../edit.yaml": that is outside the workspace: use a path inside it, e.g. .github/videos/product-tour.yaml.',
      '--patch "../edit.yaml": that is outside the current directory: use a path inside it, e.g. .github/videos/product-tour.yaml.'
    ],
    [
      { 'api-url': 'https://me:hunter2@example.com' },
      'Input `api-url` contains a user name or password ("user:password@"): remove it and pass credentials through the secret inputs.',
      'AISTUDIOS_API_URL contains a user name or password ("user:password@"): remove it and pass credentials through AISTUDIOS_API_KEY, or AISTUDIOS_APP_ID and AISTUDIOS_USER_KEY.'
    ]
  ])('%j', (values, inWorkflow, inTerminal) => {
    const action = failure({ ...VALID, ...values }, actionWords)
    const terminal = failure({ ...VALID, ...values }, cli)
    expect(action.message).toBe(inWorkflow)
    expect(terminal.message).toBe(inTerminal)
    expect(terminal.details.input).toBe(action.details.input)
  })

  it('the terminal names the --vars file its bad map came from, and takes --var over it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'settings-'))
    try {
      const file = path.join(dir, 'vars.yaml')
      const env = { AISTUDIOS_API_KEY: 'k' }
      await writeFile(file, '- a\n- b\n')
      await expect(
        readTerminalSettings('plan', VALID['project-id'], { vars: file }, env, dir)
      ).rejects.toThrow(`--vars ${file} must be a map of names to values`)
      await writeFile(file, 'version: 1.0\nname: tour\n')
      const settings = await readTerminalSettings(
        'plan',
        VALID['project-id'],
        { vars: file, var: ['version=2.0'], patch: 'edit.yaml' },
        env,
        dir
      )
      expect(settings.vars).toEqual({ version: '2.0', name: 'tour' })
      expect(settings).toMatchObject({
        dryRun: true,
        patchPath: path.join(dir, 'edit.yaml'),
        delivery: { modes: new Set() },
        requestTimeoutMs: 30_000
      })
    } finally {
      await rm(dir, { recursive: true })
    }
  })
})

describe('inputs the action does not take', () => {
  const read = (inputs: Record<string, string>, env: NodeJS.ProcessEnv) => {
    const warnings: string[] = []
    const all: Record<string, string> = { ...VALID, ...inputs }
    readInputs(
      name => all[name] ?? '',
      { GITHUB_WORKSPACE: WORKSPACE, ...env },
      line => warnings.push(line)
    )
    return warnings
  }

  it.each<[string, SettingName]>([
    ['INPUT_PACTH', 'patch'],
    ['INPUT_API_KEY', 'api-key'],
    ['INPUT_TIMEOUT-MINUTE', 'timeout-minutes'],
    ['INPUT_MAXPARALLEL', 'max-parallel']
  ])('%s is refused, naming `%s`', (variable, meant) => {
    const name = variable.slice('INPUT_'.length).toLowerCase()
    expect(() => read({}, { [variable]: 'x' })).toThrow(
      new SettingError(
        `Input \`${name}\` is not an input of this action: did you mean \`${meant}\`?`,
        name
      )
    )
  })

  it('is a warning when it is far from every input; the declared ones pass quietly', () => {
    expect(read({}, { INPUT_PATCH: 'p.yaml', 'INPUT_PROJECT-ID': 'x' })).toEqual([])
    expect(read({}, { INPUT_ENVIRONMENT: 'staging' })).toEqual([
      'Input `environment` is not an input of this action (INPUT_ENVIRONMENT is set): it is ignored.'
    ])
  })

  it('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('pacth', 'patch')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(closest('xy', ['patch', 'vars'])?.near).toBe(false)
  })
})
