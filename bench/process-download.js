// @ts-check
// The download as users get it: the whole `node dist/index.js` process (`upload: none`) against `curl -o` and a
// user's hashing pipeline (`curl | tee FILE | openssl dgst -sha256`), same simulator, alternated runs. The
// action's time runs from the download request the simulator sees to the process's exit (writing, hashing,
// the rename, the report and the exit included; the render before it is not the download's); curl's is its
// whole process. Peak RSS: the action process's high-water mark (bench/action-process.js).
// Run directly: node bench/process-download.js [--smoke]
import { spawn, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../sim/aistudios/server.js'
import { runActionProcess, stats } from './action-process.js'
import { settleDisk } from './download.js'

const MiB = 2 ** 20

/**
 * A video the action accepts (it reads the MP4's boxes): the simulator's sample, then a `free` box of random
 * bytes up to `size` (a random 1 MiB block repeated, each copy stamped with its index). Returns its SHA-256.
 * @param {string} path
 * @param {number} size
 */
export async function writeVideoFile(path, size) {
  const sample = readFileSync(new URL('../sim/fixtures/sample.mp4', import.meta.url))
  const header = Buffer.alloc(8)
  header.writeUInt32BE(size - sample.length, 0)
  header.write('free', 4, 'latin1')
  const hash = createHash('sha256')
  const file = await open(path, 'w')
  try {
    for (const piece of [sample, header]) {
      await file.write(piece)
      hash.update(piece)
    }
    const block = randomBytes(MiB)
    for (let offset = sample.length + 8, i = 0; offset < size; offset += MiB, i++) {
      block.writeUInt32BE(i, 0)
      const piece = block.subarray(0, Math.min(MiB, size - offset))
      await file.write(piece)
      hash.update(piece)
    }
  } finally {
    await file.close()
  }
  return hash.digest('hex')
}

/** The tools the baselines need, or the message that says why they are skipped. */
export function missingTools() {
  const missing = ['curl', 'openssl', 'sh', 'tee'].filter(
    tool => spawnSync('which', [tool]).status !== 0
  )
  return missing.length ? `not measured: ${missing.join(', ')} not found` : undefined
}

/**
 * @typedef {{ min: number, median: number, max: number }} Stats
 * @typedef {{ size: number, runs: number, ours: Stats, curl: Stats, pipeline: Stats, ratio: Stats, vsPipeline: Stats,
 *   pipelineRatio: number, rssMB: Stats }} Row
 */

/**
 * @param {{ smoke?: boolean, sizes?: number[], runs?: number }} [options]
 * @returns {Promise<Row[]>}
 */
export async function benchProcessDownload({ smoke = false, sizes, runs } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-process-download-'))
  try {
    /** @type {Row[]} */
    const rows = []
    for (const size of sizes ?? (smoke ? [32 * MiB] : [100 * MiB, 2 ** 30])) {
      rows.push(await benchSize(dir, size, runs ?? (smoke ? 1 : 5)))
    }
    return rows
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * @param {string} dir
 * @param {number} size
 * @param {number} runs
 * @returns {Promise<Row>}
 */
async function benchSize(dir, size, runs) {
  const source = join(dir, `source-${size}.mp4`)
  const sha256 = await writeVideoFile(source, size)
  const sim = await startAiStudiosSim({ renderMs: 500, videoFile: source })
  /** @type {number | undefined} */
  let downloadAt
  sim.on('download', () => (downloadAt ??= performance.now()))
  const output = join(dir, 'curl.mp4')
  /** @type {Record<'ours' | 'curl' | 'pipeline', number[]>} */
  const seconds = { ours: [], curl: [], pipeline: [] }
  /** @type {number[]} */
  const rss = []
  let url = ''
  const measures = {
    ours: async () => {
      downloadAt = undefined
      const run = await runOnce(dir, sim.apiUrl)
      if (run.outputs['video-sha256'] !== sha256 || downloadAt === undefined) {
        throw new Error(`the action's download of ${size} bytes came back wrong: ${run.stderr}`)
      }
      url = lastDownloadUrl(sim)
      rss.push(run.peakRssMB)
      return (run.endedAt - downloadAt) / 1000
    },
    curl: () => timed('curl', ['-sS', '--fail', '-o', output, url]),
    pipeline: () =>
      timed('sh', [
        '-c',
        'curl -sS --fail "$1" | tee "$2" | openssl dgst -sha256 > /dev/null',
        'sh',
        url,
        output
      ])
  }
  /** @param {'ours' | 'curl' | 'pipeline'} name */
  const measure = async name => {
    settleDisk()
    seconds[name].push(await measures[name]())
    await rm(output, { force: true })
  }
  try {
    // The first run finds the URL (a render's own) and pays for fresh memory in this VM: not counted, except
    // in a single-run smoke.
    await measure('ours')
    if (runs > 1) {
      seconds.ours.pop()
      rss.pop()
    }
    for (let i = 0; i < runs; i++) {
      /** @type {('ours' | 'curl' | 'pipeline')[]} */
      const order = i % 2 === 0 ? ['curl', 'ours', 'pipeline'] : ['ours', 'curl', 'pipeline']
      if (runs === 1) order.splice(1, 1)
      for (const name of order) await measure(name)
    }
  } finally {
    await sim.close()
    await rm(source, { force: true })
  }
  const ratios = seconds.ours.map((s, i) => seconds.curl[i] / s)
  return {
    // The same work as ours (fetch, write, hash) by a user's own pipeline, run by run: how much faster ours is.
    vsPipeline: stats(seconds.ours.map((s, i) => seconds.pipeline[i] / s)),
    size,
    runs,
    ours: stats(seconds.ours),
    curl: stats(seconds.curl),
    pipeline: stats(seconds.pipeline),
    ratio: stats(ratios),
    pipelineRatio: stats(seconds.curl).median / stats(seconds.pipeline).median,
    rssMB: stats(rss)
  }
}

/** @param {Awaited<ReturnType<typeof startAiStudiosSim>>} sim */
function lastDownloadUrl(sim) {
  const request = [...sim.requests].reverse().find(record => record.server === 'download')
  if (!request) throw new Error('the simulator saw no download')
  return new URL(request.path, sim.downloadOrigin).href
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function timed(command, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('error', reject)
    child.on('close', code =>
      code === 0
        ? resolve((performance.now() - started) / 1000)
        : reject(new Error(`${command} exited with ${code}`))
    )
  })
}

/**
 * @param {string} dir
 * @param {string} apiUrl
 */
async function runOnce(dir, apiUrl) {
  const workspace = await mkdtemp(join(dir, 'ws-'))
  try {
    return await runActionProcess({
      workspace,
      inputs: {
        'project-id': SAMPLE_PROJECT_ID,
        'api-url': apiUrl,
        'app-id': 'sim-app',
        'user-key': 'sim-user-key',
        'output-path': 'video.mp4',
        upload: 'none'
      }
    })
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const missing = missingTools()
  if (missing) console.log(`download (whole process): ${missing}`)
  else console.table(await benchProcessDownload({ smoke: process.argv.includes('--smoke') }))
}
