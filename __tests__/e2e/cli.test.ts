import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, stat, writeFile } from 'node:fs/promises'
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
import packageJson from '../../package.json' with { type: 'json' }
import { RunJsonSchema } from '../../src/cli/json.js'
import { PatchFileSchema } from '../../src/patch/schema.js'
import { startCli, type CliResult } from '../helpers/cli.js'
import { newWorkspace, runAction, runInProcess, sha256File, visibleLog } from './harness.js'

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

async function cli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {}
): Promise<CliResult> {
  const env = options.env ?? { AISTUDIOS_API_KEY: API_KEY, AISTUDIOS_API_URL: sim.apiUrl }
  const result = await (await startCli(args, { ...options, env })).done
  seen.push(result.stdout, result.stderr)
  return result
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
    // No arguments is a usage mistake: the usage goes to stderr, so a pipe gets nothing to parse.
    const none = await cli([])
    expect(none.code).toBe(2)
    expect(none.stdout).toBe('')
    expect(none.stderr).toBe(help.stdout)
    const missing = await cli(['outline', MISSING_PROJECT_ID])
    expect(missing.code).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('aistudios-render behaves like the tools people know', () => {
  it('init --out creates missing folders, refuses an existing file before any request, and --force replaces it', async () => {
    const workspace = await newWorkspace()
    const out = '.github/videos/product-tour.yaml'
    const first = await cli(['init', SAMPLE_PROJECT_ID, '--out', out], { cwd: workspace })
    expect(first.code).toBe(0)
    const file = path.join(workspace, out)
    expect(PatchFileSchema.safeParse(parse(await readFile(file, 'utf8'))).success).toBe(true)

    await writeFile(file, 'mine\n')
    const requests = sim.requests.length
    const again = await cli(['init', SAMPLE_PROJECT_ID, '--out', out], { cwd: workspace })
    expect(again.code).toBe(2)
    expect(again.stderr).toBe(
      `aistudios-render: --out ${out} exists: add --force to replace it, or name another file\n`
    )
    expect(sim.requests.length).toBe(requests)
    expect(await readFile(file, 'utf8')).toBe('mine\n')

    const forced = await cli(['init', SAMPLE_PROJECT_ID, '--out', out, '--force'], {
      cwd: workspace
    })
    expect(forced.code).toBe(0)
    expect(PatchFileSchema.safeParse(parse(await readFile(file, 'utf8'))).success).toBe(true)
  })

  it('plan --json and render --json print the documented shape', async () => {
    const workspace = await newWorkspace()
    const patch = 'scenes:\n  - scene: 0\n    script: Plans start at 7 dollars a month.\n'
    await writeFile(path.join(workspace, 'edit.yaml'), patch)
    const plan = await cli(['plan', SAMPLE_PROJECT_ID, '--patch', 'edit.yaml', '--json'], {
      cwd: workspace
    })
    expect(plan.code).toBe(0)
    const planned = RunJsonSchema.parse(JSON.parse(plan.stdout))
    expect(planned.videos).toEqual([
      expect.objectContaining({ name: SAMPLE_PROJECT_ID, status: 'planned' })
    ])
    expect(planned.videos[0].changes).toEqual([
      expect.objectContaining({
        kind: 'script',
        after: expect.stringContaining('Plans start at 7 dollars a month.')
      })
    ])

    const render = await cli(['render', SAMPLE_PROJECT_ID, '--out', 'tour.mp4', '--json'], {
      cwd: workspace
    })
    expect(render.code).toBe(0)
    const [video] = RunJsonSchema.parse(JSON.parse(render.stdout)).videos
    expect(video.status).toBe('rendered')
    expect(video.video).toEqual({
      path: path.join(workspace, 'tour.mp4'),
      size: (await stat(FIXTURE_MP4)).size,
      sha256: await sha256File(FIXTURE_MP4)
    })
    expect(video.renderedProjectId).toMatch(/^[0-9a-f]{24}$/)
  })

  it('--version, help and help <command> answer on stdout; an unknown command names the closest', async () => {
    const version = await cli(['--version'])
    expect(version).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' })
    const help = await cli(['help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('help [command]')
    const render = await cli(['help', 'render'])
    expect(render.code).toBe(0)
    expect(render.stdout).toBe((await cli(['render', '--help'])).stdout)
    expect(render.stdout).toContain('--json')
    const typo = await cli(['help', 'rendr'])
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain('did you mean render?')
  })

  it.each([
    [
      ['render', SAMPLE_PROJECT_ID, '--patc', 'x.yaml'],
      'unknown option --patc: did you mean --patch?'
    ],
    [['plan', SAMPLE_PROJECT_ID, '--jsno'], 'unknown option --jsno: did you mean --json?'],
    [['render', SAMPLE_PROJECT_ID, '--out'], '--out needs a value'],
    [['outline', SAMPLE_PROJECT_ID, '--json=yes'], '--json takes no value'],
    [
      ['render', SAMPLE_PROJECT_ID, '--timeout-minutes', '0'],
      '--timeout-minutes "0": use a number greater than 0 and at most 360'
    ]
  ])('%j is answered in our words: %s', async (args, words) => {
    const result = await cli(args)
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain(words)
    expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|To specify a positional/)
  })

  it('every terminal message names flags and AISTUDIOS_* variables, never inputs, secrets or the workflow', async () => {
    const workspace = await newWorkspace()
    await writeFile(path.join(workspace, 'vars.yaml'), '- a list\n')
    const results = await Promise.all([
      cli(['outline', SAMPLE_PROJECT_ID], {
        env: { AISTUDIOS_API_KEY: 'not-the-key', AISTUDIOS_API_URL: sim.apiUrl }
      }),
      cli(['render', SAMPLE_PROJECT_ID, '--out', '../x.mp4']),
      cli(['plan', SAMPLE_PROJECT_ID, '--patch', 'p.yaml', '--vars', 'vars.yaml'], {
        cwd: workspace
      }),
      cli(['render', SAMPLE_PROJECT_ID, '--resolution', '8k']),
      cli(['render', '--manifest', 'videos.yaml', '--out', 'x.mp4']),
      cli(['outline', SAMPLE_PROJECT_ID], {
        env: { AISTUDIOS_API_KEY: API_KEY, AISTUDIOS_API_URL: 'ftp://x' }
      })
    ])
    expect(results.map(result => result.stderr)).toEqual([
      expect.stringContaining('AISTUDIOS_API_KEY holds a valid key'),
      expect.stringContaining('--out "../x.mp4"'),
      expect.stringContaining('--vars vars.yaml'),
      expect.stringContaining('--resolution "8k"'),
      expect.stringContaining('--manifest is set together with --out'),
      expect.stringContaining('AISTUDIOS_API_URL "ftp://x"')
    ])
    for (const { code, stderr } of results) {
      expect(code).not.toBe(0)
      expect(stderr).not.toMatch(/Input `|`[a-z-]+`|\binputs?\b|secret|workflow|the step/i)
    }
  })

  it('--verbose prints every AI Studios exchange, with tokens and keys redacted', async () => {
    const result = await cli(['outline', SAMPLE_PROJECT_ID, '--verbose'], {
      env: {
        AISTUDIOS_APP_ID: 'sim-app',
        AISTUDIOS_USER_KEY: USER_KEY,
        AISTUDIOS_API_URL: sim.apiUrl
      }
    })
    expect(result.code).toBe(0)
    const debug = result.stderr.split('\n').filter(line => line.startsWith('debug: '))
    expect(debug).toEqual([
      expect.stringMatching(
        /^debug: POST \/api\/odin\/v3\/auth\/token -> HTTP 200: .*"token":"\*\*\*"/
      ),
      expect.stringMatching(
        new RegExp(`^debug: GET /api/odin/v3/editor/project/${SAMPLE_PROJECT_ID} -> HTTP 200: \\{`)
      )
    ])
    const quiet = await cli(['outline', SAMPLE_PROJECT_ID])
    expect(quiet.stderr).not.toContain('debug: ')
  })

  it('the action prints the same exchanges as debug lines, shown when step debug logging is on', async () => {
    const result = await runAction({
      inputs: {
        'project-id': SAMPLE_PROJECT_ID,
        'api-key': API_KEY,
        'api-url': sim.apiUrl,
        'dry-run': 'true',
        upload: 'none'
      },
      env: { RUNNER_DEBUG: '1' }
    })
    // The runner masks the inputs' secrets (`::add-mask::`): what it would show is the rest.
    seen.push(visibleLog(result))
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      new RegExp(
        `^::debug::GET /api/odin/v3/editor/project/${SAMPLE_PROJECT_ID} -> HTTP 200: \\{`,
        'm'
      )
    )
  })

  it('a run against the sample projects tells no "fields this action does not know" notice', async () => {
    const results = await Promise.all(
      [SAMPLE_PROJECT_ID, LEGACY_PROJECT_ID, CONVERSATION_PROJECT_ID].map(id =>
        cli(['render', id, '--out', 'v.mp4'])
      )
    )
    for (const result of results) {
      expect(result.code).toBe(0)
      expect(result.stderr).not.toContain('does not know')
    }
  })

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const)(
    '%s during the render exits %i and names the render to resume',
    async (signal, code) => {
      const { child, done } = await startCli(['render', SAMPLE_PROJECT_ID, '--out', 'v.mp4'], {
        env: { AISTUDIOS_API_KEY: API_KEY, AISTUDIOS_API_URL: sim.apiUrl }
      })
      // The first progress answer after the spawn: the export is paid for and the render is running.
      await new Promise<void>(resolve => sim.on('progress', () => resolve()))
      child.kill(signal)
      const result = await done
      seen.push(result.stdout, result.stderr)
      expect(result.code).toBe(code)
      const render = sim.exports.at(-1)!.projectId
      expect(result.stderr).toContain(`The render is project ${render}.`)
      expect(result.stderr).toContain(`--resume ${render}`)
    }
  )
})
