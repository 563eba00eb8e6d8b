import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { simulatedClock, type SimulatedClock } from '../../sim/clock.js'
import { box, mvhd, trak } from '../helpers/mp4-boxes.js'
import { errorAnnotations, runInProcess } from './harness.js'

type Sim = Awaited<ReturnType<typeof startAiStudiosSim>>

let sim: Sim | undefined
let clock: SimulatedClock

afterEach(async () => {
  await sim?.close()
  sim = undefined
})

async function start(options: Parameters<typeof startAiStudiosSim>[0] = {}): Promise<Sim> {
  clock = simulatedClock()
  sim = await startAiStudiosSim({ renderMs: 1500, clock, ...options })
  return sim
}

const inputs = (s: Sim, more: Record<string, string> = {}): Record<string, string> => ({
  'project-id': SAMPLE_PROJECT_ID,
  'api-key': 'sim-api-key',
  'api-url': s.apiUrl,
  upload: 'none',
  ...more
})

describe('what the vendor cannot render is refused before the export', () => {
  it('a project with no scenes: one error, 0 exports', async () => {
    const s = await start()
    ;(s.projects.get(SAMPLE_PROJECT_ID) as { scenes: unknown[] }).scenes = []
    const result = await runInProcess({ clock, inputs: inputs(s) })
    expect(result.code).toBe(1)
    expect(errorAnnotations(result)).toHaveLength(1)
    expect(errorAnnotations(result)[0]).toContain(`Project ${SAMPLE_PROJECT_ID} has no scenes`)
    expect(s.exports).toHaveLength(0)
  })
})

describe('a video that fails verification after the export', () => {
  it('is removed from output-path, and the error and the project-id output name the render', async () => {
    // A well-formed MP4 with sound only: it downloads whole, and has no picture to publish.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'no-picture-'))
    const soundOnly = path.join(dir, 'sound.mp4')
    const ftyp = box('ftyp', Buffer.from('isom\0\0\0\0isom', 'latin1'))
    await writeFile(
      soundOnly,
      Buffer.concat([ftyp, box('moov', mvhd(0, 1000, 5000), trak('soun', 0, 0))])
    )
    const s = await start({ videoFile: soundOnly })
    const result = await runInProcess({ clock, inputs: inputs(s, { cache: 'false' }) })
    expect(result.code).toBe(1)
    expect(s.exports).toHaveLength(1)
    const [error] = errorAnnotations(result)
    expect(error).toContain('has no video track')
    expect(error).toContain(`resume-project-id: ${SAMPLE_PROJECT_ID}`)
    expect(result.outputs['project-id']).toBe(SAMPLE_PROJECT_ID)
    expect(existsSync(path.join(result.workspace, 'videos/product-tour.mp4'))).toBe(false)
  })
})

describe('a misspelt input', () => {
  it('stops the run before any request, naming the input it meant: 0 exports', async () => {
    const s = await start()
    const result = await runInProcess({ clock, inputs: inputs(s, { pacth: 'edit.yaml' }) })
    expect(result.code).toBe(1)
    expect(errorAnnotations(result)[0]).toContain(
      'Input `pacth` is not an input of this action: did you mean `patch`?'
    )
    expect(s.requests).toHaveLength(0)
    expect(s.exports).toHaveLength(0)
  })
})

describe('what a run spent', () => {
  it('counts the exports and the seconds rendered, and a dry run says what a real run would start', async () => {
    const s = await start()
    const dry = await runInProcess({
      clock,
      inputs: inputs(s, { cache: 'false', 'dry-run': 'true' })
    })
    expect(dry.outputs.exports).toBe('0')
    expect(dry.summary).toContain('Dry run: 0 exports; a real run would start 1 export.')
    expect(s.exports).toHaveLength(0)

    const real = await runInProcess({ clock, inputs: inputs(s, { cache: 'false' }) })
    expect(real.code).toBe(0)
    expect(s.exports).toHaveLength(1)
    expect(real.outputs.exports).toBe('1')
    expect(Number(real.outputs['rendered-seconds'])).toBeCloseTo(
      Number(real.outputs['video-duration']),
      3
    )
    expect(Number(real.outputs['rendered-seconds'])).toBeGreaterThan(0)
    expect(real.summary).toMatch(/1 export \(\d+\.\d s of video\), 0 from the cache, 0 resumed\./)

    const resumed = await runInProcess({
      clock,
      inputs: inputs(s, { cache: 'false', 'resume-project-id': real.outputs['project-id'] })
    })
    expect(s.exports).toHaveLength(1)
    expect(resumed.outputs.exports).toBe('0')
    expect(resumed.outputs['rendered-seconds']).toBe('0.000')
    expect(resumed.summary).toContain('0 exports, 0 from the cache, 1 resumed.')
  })
})
