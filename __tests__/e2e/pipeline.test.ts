import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  FIXTURE_MP4,
  JsonNumber,
  SAMPLE_PROJECT_ID,
  startAiStudiosSim
} from '../../sim/aistudios/server.js'
import { simulatedClock, type SimulatedClock } from '../../sim/clock.js'
import {
  errorAnnotations,
  newWorkspace,
  runInProcess,
  sha256File,
  visibleLog,
  type RunResult
} from './harness.js'

type Sim = Awaited<ReturnType<typeof startAiStudiosSim>>

const API_KEY = 'sim-api-key'
const APP = { 'app-id': 'sim-app', 'user-key': 'sim-user-key' }
let sim: Sim | undefined
let clock: SimulatedClock

afterEach(async () => {
  await sim?.close()
  sim = undefined
})

/** A simulator on simulated time: every run of a test passes the same `clock`. */
async function start(options: Parameters<typeof startAiStudiosSim>[0] = {}): Promise<Sim> {
  clock = simulatedClock()
  sim = await startAiStudiosSim({ renderMs: 1500, clock, ...options })
  return sim
}

function baseInputs(s: Sim): Record<string, string> {
  return {
    'project-id': SAMPLE_PROJECT_ID,
    'api-key': API_KEY,
    'api-url': s.apiUrl,
    upload: 'none'
  }
}

/** No secret the action knows may reach its log, whatever happened. */
function expectNoSecrets(result: RunResult, s: Sim): void {
  const log = visibleLog(result) + result.summary
  for (const secret of [API_KEY, APP['user-key'], ...s.tokens()]) expect(log).not.toContain(secret)
}

async function filesIn(dir: string): Promise<string[]> {
  return existsSync(dir) ? readdir(dir) : []
}

describe('a render end to end', () => {
  it('exports a project as it is (api-key) and delivers the verified MP4', async () => {
    const s = await start()
    const result = await runInProcess({ clock, inputs: baseInputs(s) })
    expect(result.code).toBe(0)
    const video = path.join(result.workspace, 'videos/product-tour.mp4')
    expect(await sha256File(video)).toBe(await sha256File(FIXTURE_MP4))
    expect(result.outputs).toMatchObject({
      'project-id': SAMPLE_PROJECT_ID,
      'source-project-id': SAMPLE_PROJECT_ID,
      'video-path': 'videos/product-tour.mp4',
      'video-sha256': await sha256File(FIXTURE_MP4)
    })
    expect(Number(result.outputs['video-size'])).toBeGreaterThan(1000)
    expect(result.outputs['download-url']).toMatch(/^http:\/\/localhost:\d+\/videos\//)
    expect(s.exports).toHaveLength(1)
    expect(s.exports[0]).toMatchObject({
      route: 'export',
      body: { projectId: SAMPLE_PROJECT_ID, resolution: '1080' }
    })
    expect(result.summary).toContain('AI Studios render')
    expect(result.summary).toContain(result.outputs['video-sha256'])
    expect(visibleLog(result)).toMatch(/::group::Rendering project/)
    // The AI Studios key never goes to the download host.
    const downloads = s.requests.filter(r => r.path.startsWith('/videos/'))
    expect(downloads.length).toBeGreaterThan(0)
    expect(downloads.every(r => !r.authorization)).toBe(true)
    expect(await filesIn(path.join(result.workspace, 'videos'))).toEqual(['product-tour.mp4'])
    expectNoSecrets(result, s)
  })

  it('applies a JSON Patch, creates and exports a new project (app-id + user-key)', async () => {
    const s = await start()
    const workspace = await newWorkspace()
    await writeFile(
      path.join(workspace, 'edit.json'),
      JSON.stringify([
        { op: 'replace', path: '/name', value: 'Product tour v2' },
        { op: 'replace', path: '/scenes/0/scripts/0/org', value: 'Hello from CI.' }
      ])
    )
    const result = await runInProcess({
      clock,
      workspace,
      inputs: {
        ...baseInputs(s),
        'api-key': '',
        ...APP,
        patch: 'edit.json',
        resolution: '720',
        'output-path': 'out/tour.mp4'
      }
    })
    expect(result.code).toBe(0)
    expect(s.exports).toHaveLength(1)
    const sent = s.exports[0]
    expect(sent.route).toBe('create')
    expect(sent.body).toMatchObject({ name: 'Product tour v2', resolution: '720', isExport: true })
    const scenes = structuredClone(s.projects.get(SAMPLE_PROJECT_ID)!.scenes)
    scenes[0].scripts![0].org = 'Hello from CI.'
    expect(sent.body.scenes).toEqual(scenes)
    expect(result.outputs['project-id']).toBe(sent.projectId)
    expect(result.outputs['project-id']).not.toBe(SAMPLE_PROJECT_ID)
    expect(result.outputs.changes).toBe('2')
    expect(await sha256File(path.join(workspace, 'out/tour.mp4'))).toBe(
      await sha256File(FIXTURE_MP4)
    )
    expectNoSecrets(result, s)
  })

  it('sends back the numbers of the project digit for digit, those JSON.parse cannot hold too', async () => {
    const s = await start()
    const clip = s.projects.get(SAMPLE_PROJECT_ID)!.scenes[0].clips[1]
    const numbers = { seed: '12345678901234567890', gain: '1e400', ratio: '0.1', scale: '2.50' }
    for (const [field, text] of Object.entries(numbers)) clip[field] = new JsonNumber(text)
    const written = Object.entries(numbers)
      .map(([field, text]) => `"${field}":${text}`)
      .join(',')
    const workspace = await newWorkspace()
    // The copy goes through the patch engine's own JSON copy of the clip.
    await writeFile(
      path.join(workspace, 'edit.json'),
      JSON.stringify([
        { op: 'replace', path: '/scenes/0/scripts/0/org', value: 'Hello from CI.' },
        { op: 'copy', from: '/scenes/0/clips/1', path: '/scenes/1/clips/-' }
      ])
    )
    const result = await runInProcess({
      clock,
      workspace,
      inputs: { ...baseInputs(s), patch: 'edit.json' }
    })
    expect(result.code).toBe(0)
    const sent = s.requests.find(request => request.route === 'create')?.body ?? ''
    expect(sent.split(written).length - 1).toBe(2)
    expect(sent).toContain('Hello from CI.')
  })

  it('makes a dry run that exports nothing', async () => {
    const s = await start()
    const workspace = await newWorkspace()
    await writeFile(
      path.join(workspace, 'edit.json'),
      JSON.stringify([{ op: 'replace', path: '/name', value: 'Renamed' }])
    )
    const result = await runInProcess({
      clock,
      workspace,
      inputs: { ...baseInputs(s), patch: 'edit.json', 'dry-run': 'true' }
    })
    expect(result.code).toBe(0)
    expect(s.exports).toHaveLength(0)
    expect(result.outputs.changes).toBe('1')
    expect(result.summary).toContain('no credits were spent')
    expect(existsSync(path.join(workspace, 'videos'))).toBe(false)
  })

  it('reports a failed render with the API code and message, leaving nothing behind', async () => {
    const s = await start()
    s.failRender(undefined, { code: 'E_RENDER', msg: 'avatar model unavailable' })
    const result = await runInProcess({ clock, inputs: baseInputs(s) })
    expect(result.code).toBe(1)
    const [annotation] = errorAnnotations(result)
    expect(annotation).toMatch(/avatar model unavailable/)
    expect(annotation).toMatch(/E_RENDER/)
    expect(await filesIn(path.join(result.workspace, 'videos'))).toEqual([])
    expectNoSecrets(result, s)
  })

  it('stops at the deadline naming the project and how to resume it', async () => {
    const s = await start({ renderMs: 120_000 })
    const result = await runInProcess({
      clock,
      inputs: { ...baseInputs(s), 'timeout-minutes': '0.05' }
    })
    expect(result.code).toBe(1)
    expect(result.durationMs).toBeLessThan(15_000)
    const [annotation] = errorAnnotations(result)
    expect(annotation).toContain(SAMPLE_PROJECT_ID)
    expect(annotation).toContain(`resume-project-id: ${SAMPLE_PROJECT_ID}`)
    expect(result.summary).toContain(`resume-project-id: ${SAMPLE_PROJECT_ID}`)
    expect(await filesIn(path.join(result.workspace, 'videos'))).toEqual([])
  })

  it('resumes a render started earlier without exporting again', async () => {
    const s = await start({ renderMs: 300 })
    // The first run ends after its export, at its first progress answer: by what the simulator saw, not
    // by a deadline racing the export.
    s.inject({ route: 'progress', kind: 'status', status: 401, times: 10 })
    const first = await runInProcess({ clock, inputs: baseInputs(s) })
    expect(first.code).toBe(1)
    expect(errorAnnotations(first)[0]).toContain(`resume-project-id: ${SAMPLE_PROJECT_ID}`)
    expect(s.exports).toHaveLength(1)
    s.clearFaults()
    const result = await runInProcess({
      clock,
      inputs: { ...baseInputs(s), 'resume-project-id': SAMPLE_PROJECT_ID }
    })
    expect(result.code).toBe(0)
    expect(s.exports).toHaveLength(1)
    expect(result.outputs['video-sha256']).toBe(await sha256File(FIXTURE_MP4))
  })

  it('names the api-key when AI Studios rejects it', async () => {
    const s = await start()
    const result = await runInProcess({
      clock,
      inputs: { ...baseInputs(s), 'api-key': 'wrong-key-987' }
    })
    expect(result.code).toBe(1)
    expect(errorAnnotations(result).join('\n')).toMatch(/rejected the `api-key`/)
    expect(s.exports).toHaveLength(0)
    expect(visibleLog(result)).not.toContain('wrong-key-987')
  })
})

it('reports project JSON with missing fields as one clear error, not a crash', async () => {
  const s = await start()
  const workspace = await newWorkspace()
  await writeFile(
    path.join(workspace, 'edit.json'),
    JSON.stringify([{ op: 'replace', path: '/name', value: 'x' }])
  )
  delete (s.projects.get(SAMPLE_PROJECT_ID) as { scenes?: unknown }).scenes
  const result = await runInProcess({
    clock,
    workspace,
    inputs: { ...baseInputs(s), patch: 'edit.json' }
  })
  expect(result.code).toBe(1)
  expect(errorAnnotations(result)).toEqual([
    expect.stringMatching(/data this action does not understand: project\.scenes/)
  ])
  expect(visibleLog(result)).not.toMatch(/^\s+at /m)
  expect(s.exports).toHaveLength(0)
})

describe('bad input', () => {
  interface BadInput {
    name: string
    inputs: Record<string, string>
    message: RegExp
    prepare?: (workspace: string) => Promise<void>
  }
  const cases: BadInput[] = [
    {
      name: 'missing project-id',
      inputs: { 'project-id': '' },
      message: /`project-id` is required/
    },
    {
      name: 'whitespace project-id',
      inputs: { 'project-id': '   ' },
      message: /`project-id` is required/
    },
    {
      name: 'no credentials',
      inputs: { 'api-key': '' },
      message: /is empty, and so are `app-id` and `user-key`/
    },
    {
      name: 'app-id without user-key',
      inputs: { 'api-key': '', 'app-id': 'me' },
      message: /add `user-key: /
    },
    { name: 'unknown resolution', inputs: { resolution: '8k' }, message: /`resolution` is "8k"/ },
    {
      name: 'timeout-minutes not a number',
      inputs: { 'timeout-minutes': 'ten' },
      message: /`timeout-minutes` is "ten"/
    },
    {
      name: 'timeout-minutes not positive',
      inputs: { 'timeout-minutes': '0' },
      message: /`timeout-minutes` is "0"/
    },
    {
      name: 'api-url not http(s)',
      inputs: { 'api-url': 'file:///etc/passwd' },
      message: /`api-url`/
    },
    { name: 'vars not a map', inputs: { vars: '- 1\n- 2' }, message: /`vars` must be a map/ },
    {
      name: 'a patch path that does not exist',
      inputs: { patch: 'missing.yaml' },
      message: /missing\.yaml/
    },
    {
      name: 'a patch that does not parse',
      inputs: { patch: 'broken.json' },
      message: /file=broken\.json,line=2,col=21::.*JSON syntax error/,
      prepare: ws => writeFile(path.join(ws, 'broken.json'), '[\n  { "op": "replace", \n')
    },
    {
      name: 'a patch op that fails',
      inputs: { patch: 'bad-op.json' },
      message: /op 1.*\/scenes\/9\/scripts/,
      prepare: ws =>
        writeFile(
          path.join(ws, 'bad-op.json'),
          JSON.stringify([
            { op: 'replace', path: '/name', value: 'ok' },
            { op: 'replace', path: '/scenes/9/scripts/0/org', value: 'x' }
          ])
        )
    }
  ]

  // The broad sweep: files that are not hand-written patches, and keys that reach prototypes.
  cases.push(
    {
      name: 'a huge patch file',
      inputs: { patch: 'huge.yaml' },
      message: /huge\.yaml.*at most 1 MiB/,
      prepare: ws => writeFile(path.join(ws, 'huge.yaml'), `name: "${'x'.repeat(3 * 2 ** 20)}"\n`)
    },
    {
      name: 'a binary file as the patch',
      inputs: { patch: 'video.mp4' },
      message: /video\.mp4.*binary file/,
      prepare: ws => copyFile(FIXTURE_MP4, path.join(ws, 'video.mp4'))
    },
    {
      name: 'a patch that is not UTF-8',
      inputs: { patch: 'latin1.yaml' },
      message: /latin1\.yaml.*not valid UTF-8/,
      prepare: ws =>
        writeFile(path.join(ws, 'latin1.yaml'), Buffer.from('name: "Caf\xe9"\n', 'latin1'))
    },
    {
      name: 'a patch that reaches __proto__',
      inputs: { patch: 'proto.yaml' },
      message: /file=proto\.yaml,line=5.*'__proto__' is refused/,
      prepare: ws =>
        writeFile(
          path.join(ws, 'proto.yaml'),
          'scenes:\n  - scene: 0\n    clips:\n      - select: { tag: title }\n        set: { __proto__: { polluted: 1 } }\n'
        )
    }
  )

  it.each(cases)(
    '$name: one located error, exit 1, nothing exported or written',
    async ({ inputs, message, prepare }) => {
      const s = await start()
      const workspace = await newWorkspace()
      await mkdir(path.join(workspace, 'videos'))
      await prepare?.(workspace)
      const result = await runInProcess({
        clock,
        workspace,
        inputs: { ...baseInputs(s), ...inputs }
      })
      expect(result.code).toBe(1)
      const annotations = errorAnnotations(result)
      expect(annotations).toHaveLength(1)
      expect(annotations[0]).toMatch(message)
      expect(visibleLog(result)).not.toMatch(/^\s+at /m)
      expect(s.exports).toHaveLength(0)
      expect(await readdir(path.join(workspace, 'videos'))).toEqual([])
      expectNoSecrets(result, s)
    }
  )
})
