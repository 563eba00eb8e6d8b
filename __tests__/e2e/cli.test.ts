import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import {
  CONVERSATION_PROJECT_ID,
  FIXTURE_MP4,
  LEGACY_PROJECT_ID,
  SAMPLE_PROJECT_ID,
  startAiStudiosSim
} from '../../sim/aistudios/server.js'
import { seedProjects } from '../../sim/aistudios/projects.js'
import { ROOT } from '../../sim/runner.js'
import { PatchFileSchema } from '../../src/patch/schema.js'
import { newWorkspace, runInProcess, sha256File, visibleLog } from './harness.js'

const CLI = path.join(ROOT, 'dist/cli.js')
const API_KEY = 'sim-api-key'
const USER_KEY = 'sim-user-key'
const MISSING_PROJECT_ID = '000000000000000000000000'
let sim: Awaited<ReturnType<typeof startAiStudiosSim>>
const seen: string[] = []

beforeAll(async () => {
  sim = await startAiStudiosSim({ renderMs: 800 })
})
afterAll(async () => {
  // No secret, ours or the simulator's tokens, in anything any run printed.
  const printed = seen.join('\n')
  for (const secret of [API_KEY, USER_KEY, ...sim.tokens()]) expect(printed).not.toContain(secret)
  await sim.close()
})

interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

async function cli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {}
): Promise<CliResult> {
  const env = options.env ?? { AISTUDIOS_API_KEY: API_KEY, AISTUDIOS_API_URL: sim.apiUrl }
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? (await newWorkspace()),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  seen.push(stdout, stderr)
  return { code, stdout, stderr }
}

/** The action's count of changes for a patch: its story, in process. */
async function dryRunChanges(workspace: string, patch: string): Promise<string> {
  const result = await runInProcess({
    workspace,
    inputs: {
      'project-id': SAMPLE_PROJECT_ID,
      'api-key': API_KEY,
      'api-url': sim.apiUrl,
      patch,
      'dry-run': 'true',
      upload: 'none'
    }
  })
  seen.push(visibleLog(result), result.summary)
  expect(result.code).toBe(0)
  return result.outputs.changes
}

describe('aistudios-render (the CLI)', () => {
  it.each([SAMPLE_PROJECT_ID, LEGACY_PROJECT_ID, CONVERSATION_PROJECT_ID])(
    'outline %s lists every clip id and tag',
    async id => {
      const seed = seedProjects().get(id)!
      const text = await cli(['outline', id])
      expect(text.code).toBe(0)
      const json = await cli(['outline', id, '--json'])
      const outline = JSON.parse(json.stdout) as { scenes: { clips: { id: string }[] }[] }
      for (const [n, scene] of seed.scenes.entries()) {
        expect(outline.scenes[n].clips.map(clip => clip.id)).toEqual(scene.clips.map(c => c.id))
        for (const clip of scene.clips) {
          expect(text.stdout).toContain(`id: ${clip.id}`)
          if (clip.tag) expect(text.stdout).toContain(`tag: ${clip.tag} `)
        }
      }
    }
  )

  it('init writes a valid patch that changes nothing; one script edited is one change', async () => {
    const workspace = await newWorkspace()
    const init = await cli(['init', SAMPLE_PROJECT_ID, '--out', 'first.yaml'], { cwd: workspace })
    expect(init.code).toBe(0)
    const text = await readFile(path.join(workspace, 'first.yaml'), 'utf8')
    expect(text.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/.*patch\.schema\.json$/
    )
    expect(PatchFileSchema.safeParse(parse(text)).success).toBe(true)
    expect(await dryRunChanges(workspace, 'first.yaml')).toBe('0')

    const edited = text.replace('Plans start at 9 dollars', 'Plans start at 7 dollars')
    expect(edited).not.toBe(text)
    await writeFile(path.join(workspace, 'edited.yaml'), edited)
    expect(await dryRunChanges(workspace, 'edited.yaml')).toBe('1')
    const plan = await cli(['plan', SAMPLE_PROJECT_ID, '--patch', 'edited.yaml'], {
      cwd: workspace
    })
    expect(plan.code).toBe(0)
    expect(plan.stdout).toContain('+ Plans start at 7 dollars a month.')
    expect(plan.stdout).toContain('1 change.')

    const again = await cli(['init', SAMPLE_PROJECT_ID, '--out', 'first.yaml'], { cwd: workspace })
    expect(again.code).toBe(2)
  })

  it('render writes the video and prints its path, size and SHA-256 (app id + user key)', async () => {
    const workspace = await newWorkspace()
    const result = await cli(['render', SAMPLE_PROJECT_ID, '--out', 'out/tour.mp4'], {
      cwd: workspace,
      env: {
        AISTUDIOS_APP_ID: 'sim-app',
        AISTUDIOS_USER_KEY: USER_KEY,
        AISTUDIOS_API_URL: sim.apiUrl
      }
    })
    expect(result.code).toBe(0)
    const video = path.join(workspace, 'out/tour.mp4')
    const sha = await sha256File(FIXTURE_MP4)
    expect(await sha256File(video)).toBe(sha)
    expect(result.stdout).toContain(`sha256: ${sha}`)
    expect(result.stdout).toContain(`path: ${video}`)
  })

  it('a render that failed at AI Studios exits 1 on one line, with no --resume to pay for nothing', async () => {
    sim.failRender(undefined, { msg: 'avatar model unavailable' })
    const result = await cli(['render', SAMPLE_PROJECT_ID, '--out', 'tour.mp4'])
    expect(result.code).toBe(1)
    const failures = result.stderr.split('\n').filter(line => line.startsWith('aistudios-render:'))
    expect(failures).toHaveLength(1)
    expect(failures[0]).toContain('avatar model unavailable')
    expect(failures[0]).not.toContain('--resume')
  })

  it('render --manifest renders the videos --only names, each to its output-path; a failed check is one line, exit 1 and nothing exported', async () => {
    const workspace = await newWorkspace()
    await writeFile(
      path.join(workspace, 'videos.yaml'),
      [
        'videos:',
        `  tour: { project-id: ${SAMPLE_PROJECT_ID} }`,
        `  notes: { project-id: ${LEGACY_PROJECT_ID}, output-path: out/notes.mp4 }`,
        `  ghost: { project-id: '${MISSING_PROJECT_ID}' }`,
        ''
      ].join('\n')
    )
    const exports = sim.exports.length
    const sha = await sha256File(FIXTURE_MP4)
    // Every selected video is checked before any export: a project that does not exist stops the run.
    const first = await cli(['render', '--manifest', 'videos.yaml', '--only', 'tour,ghost'], {
      cwd: workspace
    })
    expect(first.code).toBe(1)
    expect(sim.exports.length - exports).toBe(0)
    expect(first.stdout).toContain('tour: skipped')
    expect(first.stdout).toContain('ghost: failed')
    const failures = first.stderr.split('\n').filter(line => line.startsWith('aistudios-render:'))
    expect(failures).toEqual([
      expect.stringMatching(new RegExp(`^aistudios-render: ghost: .*${MISSING_PROJECT_ID}`))
    ])
    expect(first.stdout).not.toContain('notes')

    const second = await cli(['render', '--manifest', 'videos.yaml', '--only', 'tour,notes'], {
      cwd: workspace
    })
    expect(second.code).toBe(0)
    expect(sim.exports.length - exports).toBe(2)
    expect(await sha256File(path.join(workspace, 'videos/tour.mp4'))).toBe(sha)
    expect(await sha256File(path.join(workspace, 'out/notes.mp4'))).toBe(sha)
    expect(second.stdout).toContain(`tour: path: ${path.join(workspace, 'videos/tour.mp4')} `)
    expect(second.stdout).toContain(`sha256: ${sha}`)
    // The progress of each video, on lines that name it.
    expect(second.stderr).toMatch(/^\[tour\] .*Export started/m)
  })

  it.each([
    [{}, 'AISTUDIOS_API_KEY, or AISTUDIOS_APP_ID and AISTUDIOS_USER_KEY'],
    [{ AISTUDIOS_APP_ID: 'sim-app' }, 'AISTUDIOS_USER_KEY is missing'],
    [{ AISTUDIOS_USER_KEY: USER_KEY }, 'AISTUDIOS_APP_ID is missing'],
    [
      { AISTUDIOS_API_KEY: API_KEY, AISTUDIOS_APP_ID: 'sim-app' },
      'keep either AISTUDIOS_API_KEY, or AISTUDIOS_APP_ID with AISTUDIOS_USER_KEY'
    ]
  ])(
    'a missing or doubled credential exits 2 with one line naming the variables',
    async (env, named) => {
      const result = await cli(['outline', SAMPLE_PROJECT_ID], { env })
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(result.stderr).toContain(named)
    }
  )

  it.each(['outline', 'init', 'plan', 'render'])(
    '%s --help prints its usage and exits 0',
    async name => {
      const help = await cli([name, '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`^Usage: aistudios-render ${name} `))
      expect(help.stdout).toContain('AISTUDIOS_API_KEY')
      expect(help.stderr).toBe('')
    }
  )

  it.each([
    [['frobnicate']],
    [['outline']],
    [['outline', SAMPLE_PROJECT_ID, 'extra']],
    [['outline', SAMPLE_PROJECT_ID, '--frobnicate']],
    [['plan', SAMPLE_PROJECT_ID]],
    [['render', SAMPLE_PROJECT_ID, '--resolution', '8k']],
    [['render', SAMPLE_PROJECT_ID, '--timeout-minutes', 'soon']],
    [['render', SAMPLE_PROJECT_ID, '--var', 'novalue']],
    [['render', SAMPLE_PROJECT_ID, '--only', 'tour']],
    [['render', SAMPLE_PROJECT_ID, '--manifest', 'videos.yaml']],
    [['render', '--manifest', 'videos.yaml', '--patch', 'edit.yaml']],
    [['render', '--manifest', 'videos.yaml', '--max-parallel', '0']]
  ])('usage error %j exits 2 with one line on stderr', async args => {
    const result = await cli(args)
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^aistudios-render: /)
  })

  it('--help alone exits 0, no command exits 2; a failure exits 1 on one line', async () => {
    const help = await cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Commands:')
    const none = await cli([])
    expect(none.code).toBe(2)
    expect(none.stdout).toBe(help.stdout)
    const missing = await cli(['outline', MISSING_PROJECT_ID])
    expect(missing.code).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
