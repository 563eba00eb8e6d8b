import { afterEach, describe, expect, it } from '@jest/globals'
import { readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  CONVERSATION_PROJECT_ID,
  LEGACY_PROJECT_ID,
  SAMPLE_PROJECT_ID,
  startAiStudiosSim
} from '../../sim/aistudios/server.js'
import { simulatedClock } from '../../sim/clock.js'
import { newWorkspace, runInProcess } from './harness.js'

type Sim = Awaited<ReturnType<typeof startAiStudiosSim>>
let sim: Sim | undefined

afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const PROJECTS = [SAMPLE_PROJECT_ID, LEGACY_PROJECT_ID, CONVERSATION_PROJECT_ID]
const VIDEOS = 30

/**
 * A manifest of `count` videos over the simulator's three projects, on simulated time (a 429's pause of 30 s
 * costs no wall time). Without the cache, videos of one project are separate renders, each exported.
 */
async function setUp(count: number, maxParallel: number, renderMs: number) {
  const clock = simulatedClock()
  sim = await startAiStudiosSim({ renderMs, clock })
  const workspace = await newWorkspace()
  const lines = ['videos:']
  // Each video an edit of its own, so each renders a new project: videos of one unedited project at once would
  // all render that project (route C).
  for (let i = 0; i < count; i++)
    lines.push(
      `  v${i}: { project-id: ${PROJECTS[i % PROJECTS.length]}, patch: edit.json, vars: { n: v${i} } }`
    )
  await writeFile(path.join(workspace, 'videos.yaml'), lines.join('\n'))
  await writeFile(
    path.join(workspace, 'edit.json'),
    JSON.stringify([{ op: 'replace', path: '/name', value: '{{ n }}' }])
  )
  const inputs = {
    manifest: 'videos.yaml',
    'max-parallel': String(maxParallel),
    'api-key': 'sim-api-key',
    'api-url': sim.apiUrl,
    upload: 'none',
    cache: 'false',
    'max-exports': '0'
  }
  return { sim, clock, workspace, inputs }
}

describe('one job, hundreds of videos', () => {
  // Three rounds of the pool: each video costs the in-process run ~0.1 s of CPU (its download's threads), so
  // 500 would take a minute; the bench (bench/scale.js) checks the same counts at 500, in a process of its own.
  it('renders a manifest at max-parallel 10 with one export per video, never more than 10 in flight, fetching each project once', async () => {
    const { sim, clock, workspace, inputs } = await setUp(VIDEOS, 10, 20_000)
    const result = await runInProcess({ clock, workspace, inputs })
    expect(result.code).toBe(0)
    expect(sim.exports).toHaveLength(VIDEOS)
    expect(sim.rendersInFlight().max).toBe(10)
    expect(sim.requests.filter(request => request.route === 'project')).toHaveLength(3)
    expect(await readdir(path.join(workspace, 'videos'))).toHaveLength(VIDEOS)
    expect(Object.keys(JSON.parse(result.outputs.videos) as object)).toHaveLength(VIDEOS)
  }, 60_000)

  it('pauses every request of the client on a 429 with Retry-After, and the run succeeds', async () => {
    const { sim, clock, workspace, inputs } = await setUp(15, 5, 20_000)
    sim.on('progress', count => {
      if (count === 3)
        sim.inject({ route: 'progress', kind: 'status', status: 429, retryAfter: '60' })
    })
    const result = await runInProcess({ clock, workspace, inputs })
    expect(result.code).toBe(0)
    expect(sim.exports).toHaveLength(15)
    const api = sim.requests.filter(request => request.server === 'api')
    const paused = api.find(request => request.fault === 'status')
    if (!paused) throw new Error('the 429 was never sent')
    const resumeAt = paused.at + 60_000
    // Requests the other workers sent before the client read the 429 may land early in the pause; none of the
    // four workers' polls and exports land in its second half (each worker sends several a minute without it).
    const late = api.filter(request => request.at >= paused.at + 30_000 && request.at < resumeAt)
    expect(late).toEqual([])
    expect(api.filter(request => request.at >= resumeAt).length).toBeGreaterThan(6)
    expect(result.stdout).toContain('Progress check failed (AI Studios refused')
  }, 30_000)
})
