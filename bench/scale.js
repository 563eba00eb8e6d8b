// @ts-check
// One job, hundreds of videos: a manifest of 500 videos at max-parallel 10 against one of 10 (one full round),
// each the whole `node dist/index.js` process (`upload: none`, no cache) on the simulator with equal renders,
// alternated runs: wall time per video, the 500's wall time against ceil(500/10) rounds of the 10's, and the
// peak RSS of each (flat: not growing per video).
// Run directly: node bench/scale.js [--smoke]
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  CONVERSATION_PROJECT_ID,
  LEGACY_PROJECT_ID,
  SAMPLE_PROJECT_ID,
  startAiStudiosSim
} from '../sim/aistudios/server.js'
import { alternated, runActionProcess, stats } from './action-process.js'

const PARALLEL = 10
// One full round of the pool: a run of 5 has half as many downloads (each with its threads) in flight, so
// its peak RSS is lower for a reason that has nothing to do with the number of videos.
const FEW = PARALLEL
const RENDER_MS = 4000
const PROJECTS = [SAMPLE_PROJECT_ID, LEGACY_PROJECT_ID, CONVERSATION_PROJECT_ID]
// Each video an edit of its own (a new project each, route A): videos exporting one unedited project at once
// would all render that one project (route C).
const EDIT = JSON.stringify([{ op: 'replace', path: '/name', value: '{{ n }}' }])
/** @param {number} i */
const videoOf = i =>
  `project-id: ${PROJECTS[i % PROJECTS.length]}, patch: edit.json, vars: { n: v${i} }`

/** @param {{ smoke?: boolean, runs?: number, videos?: number }} [options] */
export async function benchScale({
  smoke = false,
  runs = smoke ? 1 : Number(process.env.BENCH_SCALE_RUNS ?? 3),
  videos = smoke ? 30 : 500
} = {}) {
  const sim = await startAiStudiosSim({ renderMs: RENDER_MS })
  const dir = await mkdtemp(join(tmpdir(), 'bench-scale-'))
  const common = {
    'api-key': 'sim-api-key',
    'api-url': sim.apiUrl,
    upload: 'none',
    cache: 'false',
    'max-exports': '0',
    manifest: 'videos.yaml',
    'max-parallel': String(PARALLEL)
  }
  /** @type {Record<'few' | 'many', number[]>} */
  const seconds = { few: [], many: [] }
  /** @type {Record<'few' | 'many', number[]>} */
  const rss = { few: [], many: [] }
  /** @param {'few' | 'many'} kind */
  const measure = async kind => {
    const count = kind === 'few' ? FEW : videos
    const workspace = await mkdtemp(join(dir, 'ws-'))
    try {
      const lines = ['videos:']
      for (let i = 0; i < count; i++) lines.push(`  v${i}: { ${videoOf(i)} }`)
      await writeFile(join(workspace, 'videos.yaml'), lines.join('\n'))
      await writeFile(join(workspace, 'edit.json'), EDIT)
      const exportsBefore = sim.exports.length
      const run = await runActionProcess({ workspace, inputs: common })
      if (sim.exports.length - exportsBefore !== count)
        throw new Error(`${count} videos made ${sim.exports.length - exportsBefore} exports`)
      seconds[kind].push(run.seconds)
      rss[kind].push(run.peakRssMB)
    } finally {
      await rm(workspace, { recursive: true, force: true })
    }
  }
  try {
    await alternated(runs, /** @type {['few', 'many']} */ (['few', 'many']), measure)
  } finally {
    await sim.close()
    await rm(dir, { recursive: true, force: true })
  }
  const rounds = Math.ceil(videos / PARALLEL)
  // Run by run: the many's wall time over `rounds` of the few's (one round, with the process's fixed cost).
  const wallRatio = stats(seconds.many.map((s, i) => s / (rounds * seconds.few[i])))
  const rssGrowthMB = stats(rss.many.map((mb, i) => mb - rss.few[i]))
  return {
    videos,
    few: FEW,
    parallel: PARALLEL,
    renderS: RENDER_MS / 1000,
    rounds,
    manyS: stats(seconds.many),
    fewS: stats(seconds.few),
    perVideoS: stats(seconds.many.map(s => s / videos)),
    wallRatio,
    rssManyMB: stats(rss.many),
    rssFewMB: stats(rss.few),
    rssGrowthMB
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await benchScale({ smoke: process.argv.includes('--smoke') }))
}
