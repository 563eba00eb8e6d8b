// @ts-check
// A cache-hit run of the action for a 100 MiB video (the whole `node dist/index.js` process, `upload: none`)
// against a direct `@actions/cache` restoreCache of the same entry with its SHA-256 (bench/cache-restore-child.js,
// a process too), alternated, on the simulator and the results fake (in-memory blobs).
// Run directly: node bench/cache.js [--smoke]
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../sim/aistudios/server.js'
import { startResultsService } from '../sim/github/results.js'
import { runnerEnv } from '../sim/github/env.js'
import { runActionProcess, stats } from './action-process.js'
import { writeVideoFile } from './process-download.js'
import { readGuards } from './guards.js'

const TARGET_RATIO = readGuards().cacheHitRatio
const MiB = 2 ** 20
const run = promisify(execFile)

/** @param {{ smoke?: boolean, runs?: number, size?: number }} [options] */
export async function benchCache({
  smoke = false,
  runs = smoke ? 1 : 5,
  size = smoke ? 8 * MiB : 100 * MiB
} = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-cache-'))
  const source = join(dir, 'source.mp4')
  const sha256 = await writeVideoFile(source, size)
  const sim = await startAiStudiosSim({ renderMs: 500, videoFile: source })
  const results = await startResultsService({ blob: 'memory' })
  // One runner: RUNNER_TEMP stays the same from run to run, and the cached paths live there.
  const runnerTemp = join(dir, 'runner')
  /** @type {Record<'action' | 'direct', number[]>} */
  const seconds = { action: [], direct: [] }
  const action = async () => {
    const workspace = await mkdtemp(join(dir, 'ws-'))
    try {
      return await runActionProcess({
        workspace,
        inputs: {
          'project-id': SAMPLE_PROJECT_ID,
          'api-key': 'sim-api-key',
          'api-url': sim.apiUrl,
          upload: 'none'
        },
        env: { RUNNER_TEMP: runnerTemp },
        runner: { results }
      })
    } finally {
      await rm(workspace, { recursive: true, force: true })
    }
  }
  try {
    const first = await action()
    const hash = first.outputs['content-hash']
    if (first.outputs['cache-hit'] !== 'false' || !hash)
      throw new Error(`the first run did not render: ${first.stderr}`)
    // Entries are archived at a path relative to the workspace, so any workspace restores them.
    const entry = `.aistudios-render-cache-video-${hash}`
    const workspace = join(dir, 'ws-direct')
    await mkdir(workspace)
    const env = runnerEnv({ results, workspace, runnerTemp: join(dir, 'direct') })
    const measures = {
      action: async () => {
        const hit = await action()
        if (hit.outputs['cache-hit'] !== 'true' || hit.outputs['video-sha256'] !== sha256)
          throw new Error(
            `the cache-hit run went wrong: ${JSON.stringify(hit.outputs)} ${hit.stderr}`
          )
        return hit.seconds
      },
      direct: async () => {
        const started = performance.now()
        const { stdout } = await run(
          process.execPath,
          [
            fileURLToPath(new URL('cache-restore-child.js', import.meta.url)),
            entry,
            `aistudios-render-video-${hash}-g1`,
            join(entry, 'video.mp4')
          ],
          { env, cwd: workspace }
        )
        const elapsed = (performance.now() - started) / 1000
        if (JSON.parse(stdout.trim().split('\n').at(-1) ?? '').sha256 !== sha256)
          throw new Error('the direct restore came back wrong')
        return elapsed
      }
    }
    for (let i = 0; i < runs; i++) {
      /** @type {('action' | 'direct')[]} */
      const order = i % 2 ? ['direct', 'action'] : ['action', 'direct']
      for (const name of order) seconds[name].push(await measures[name]())
    }
  } finally {
    await Promise.all([sim.close(), results.close()])
    await rm(dir, { recursive: true, force: true })
  }
  const ratio = stats(seconds.action).median / stats(seconds.direct).median
  return {
    sizeMiB: size / MiB,
    action: stats(seconds.action),
    direct: stats(seconds.direct),
    ratio,
    targetRatio: TARGET_RATIO,
    pass: ratio <= TARGET_RATIO
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await benchCache({ smoke: process.argv.includes('--smoke') }))
}
