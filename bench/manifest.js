// @ts-check
// A manifest of five videos with equal 4 s renders at max-parallel 5 against one video, each the whole
// `node dist/index.js` process (`upload: none`) on the simulator: wall time and peak RSS, alternated runs.
// Run directly: node bench/manifest.js [--smoke]
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../sim/aistudios/server.js'
import { alternated, runActionProcess, stats } from './action-process.js'
import { readGuards } from './guards.js'

const TARGET_RATIO = readGuards().manifestWallRatio
const VIDEOS = 5
const RENDER_MS = 4000

/** @param {{ smoke?: boolean, runs?: number }} [options] */
export async function benchManifest({ smoke = false, runs = smoke ? 1 : 5 } = {}) {
  const sim = await startAiStudiosSim({ renderMs: RENDER_MS })
  const dir = await mkdtemp(join(tmpdir(), 'bench-manifest-'))
  // Each video an edit of its own: five videos of one content are refused (they would pay five times for one
  // video), and five exports of one unedited project would render that one project at once.
  const common = { 'api-key': 'sim-api-key', 'api-url': sim.apiUrl, upload: 'none', cache: 'false' }
  const edit = JSON.stringify([{ op: 'replace', path: '/name', value: '{{ n }}' }])
  const manifest = ['videos:']
  for (let i = 1; i <= VIDEOS; i++)
    manifest.push(
      `  v${i}: { project-id: ${SAMPLE_PROJECT_ID}, patch: edit.json, vars: { n: v${i} } }`
    )
  /** @type {Record<'one' | 'five', number[]>} */
  const seconds = { one: [], five: [] }
  /** @type {Record<'one' | 'five', number[]>} */
  const rss = { one: [], five: [] }
  /** @param {'one' | 'five'} kind */
  const measure = async kind => {
    const workspace = await mkdtemp(join(dir, 'ws-'))
    try {
      await writeFile(join(workspace, 'videos.yaml'), manifest.join('\n'))
      await writeFile(join(workspace, 'edit.json'), edit)
      const inputs =
        kind === 'one'
          ? { ...common, 'project-id': SAMPLE_PROJECT_ID, patch: 'edit.json', vars: 'n: v1' }
          : { ...common, manifest: 'videos.yaml', 'max-parallel': String(VIDEOS) }
      const run = await runActionProcess({ workspace, inputs })
      seconds[kind].push(run.seconds)
      rss[kind].push(run.peakRssMB)
    } finally {
      await rm(workspace, { recursive: true, force: true })
    }
  }
  try {
    await alternated(runs, /** @type {['one', 'five']} */ (['one', 'five']), measure)
  } finally {
    await sim.close()
    await rm(dir, { recursive: true, force: true })
  }
  const ratio = stats(seconds.five).median / stats(seconds.one).median
  return {
    videos: VIDEOS,
    renderS: RENDER_MS / 1000,
    one: stats(seconds.one),
    five: stats(seconds.five),
    ratio,
    rssOneMB: stats(rss.one),
    rssFiveMB: stats(rss.five),
    targetRatio: TARGET_RATIO,
    pass: ratio <= TARGET_RATIO
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await benchManifest({ smoke: process.argv.includes('--smoke') }))
}
