// @ts-check
// Download throughput and memory: our downloader against `curl -o`, same URL, on loopback.
// The file is served by bench/serve-file.js in its own process, and our downloader runs in
// bench/download-child.js, so that neither the server's nor the bench's own work is counted.
// Needs the compiled module: `npx tsc -p tsconfig.build.json` (done by `npm run bench`).
// Run directly: node bench/download.js [--smoke]
import { execFile, execFileSync, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const MiB = 2 ** 20
const TARGET_RATIO = 0.9
const TARGET_RSS_MB = 150
const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url))
const run = promisify(execFile)

/**
 * Speeds in MiB/s. `nodeBaselineMBps` is for reference only: a bare Node GET piped into a file
 * (no hash, no checks), i.e. the part of any gap to curl that is Node's own.
 * @typedef {{ size: number, curlMBps: number, oursMBps: number, ratio: number, peakRssMB: number,
 *   nodeBaselineMBps: number, pass: boolean }} Row
 */

/**
 * @param {{ sizes?: number[], smoke?: boolean }} [options]
 * @returns {Promise<{ name: string, targets: { ratio: number, peakRssMB: number }, rows: Row[],
 *   pass: boolean }>}
 */
export async function benchDownload({ sizes = [100 * MiB, 2 ** 30], smoke = false } = {}) {
  if (!existsSync(here('../.build/src/download/index.js'))) {
    throw new Error('bench/download.js needs the compiled module: npx tsc -p tsconfig.build.json')
  }
  const runs = smoke ? 1 : 3
  const dir = await mkdtemp(join(tmpdir(), 'bench-download-'))
  try {
    /** @type {Row[]} */
    const rows = []
    for (const size of smoke ? [32 * MiB] : sizes) rows.push(await benchSize(dir, size, runs))
    return {
      name: 'download',
      targets: { ratio: TARGET_RATIO, peakRssMB: TARGET_RSS_MB },
      rows,
      pass: rows.every(row => row.pass)
    }
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
  const sha256 = await writeTestFile(source, size)
  const server = await serve(source)
  const output = join(dir, 'out.mp4')
  /** @type {Record<'curl' | 'ours' | 'baseline', number[]>} */
  const seconds = { curl: [], ours: [], baseline: [] }
  /** @type {number[]} */
  const rss = []
  /** @param {string[]} args */
  const child = async args => {
    const { stdout } = await run(process.execPath, [here('download-child.js'), ...args])
    return JSON.parse(stdout)
  }
  const measures = {
    curl: async () => {
      const started = performance.now()
      await run('curl', ['-sS', '--fail', '-o', output, server.url])
      return (performance.now() - started) / 1000
    },
    ours: async () => {
      const result = await child([server.url, output])
      if (result.size !== size || result.sha256 !== sha256) {
        throw new Error(`the download of ${size} bytes came back wrong: ${JSON.stringify(result)}`)
      }
      rss.push(result.maxRssMB)
      return result.seconds
    },
    baseline: async () => (await child(['--baseline', server.url, output])).seconds
  }
  /** @param {'curl' | 'ours' | 'baseline'} name */
  const measure = async name => {
    settleDisk()
    seconds[name].push(await measures[name]())
    await rm(output)
  }
  try {
    // The first big write after a pause pays for fresh memory in this VM; nobody is timed on it.
    await measure('curl')
    seconds.curl.pop()
    // Alternate who goes first, so that neither always meets a cold or a busy disk.
    for (let i = 0; i < runs; i++) {
      for (const name of i % 2 === 0 ? ['curl', 'ours'] : ['ours', 'curl']) {
        await measure(/** @type {'curl' | 'ours'} */ (name))
      }
      await measure('baseline')
    }
  } finally {
    server.stop()
    await rm(source, { force: true })
  }
  const speed = (/** @type {number[]} */ times) => size / MiB / median(times)
  const curlMBps = speed(seconds.curl)
  const oursMBps = speed(seconds.ours)
  const ratio = oursMBps / curlMBps
  const peakRssMB = Math.max(...rss)
  const pass = ratio >= TARGET_RATIO && peakRssMB <= TARGET_RSS_MB
  return {
    size,
    curlMBps,
    oursMBps,
    ratio,
    peakRssMB,
    nodeBaselineMBps: speed(seconds.baseline),
    pass
  }
}

/**
 * An MP4-looking file, fast: a random 1 MiB block repeated, each copy stamped with its index so
 * that no two are alike. Returns its SHA-256.
 * @param {string} path
 * @param {number} size
 */
async function writeTestFile(path, size) {
  const block = randomBytes(MiB)
  const hash = createHash('sha256')
  const file = await open(path, 'w')
  try {
    for (let offset = 0; offset < size; offset += MiB) {
      block.writeUInt32BE(offset / MiB, 32)
      if (offset === 0) Buffer.from('\0\0\0\x18ftypisom\0\0\x02\0isomiso2', 'latin1').copy(block)
      const piece = block.subarray(0, Math.min(MiB, size - offset))
      await file.write(piece)
      hash.update(piece)
    }
  } finally {
    await file.close()
  }
  return hash.digest('hex')
}

/**
 * Starts bench/serve-file.js and waits for its port.
 * @param {string} file
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
function serve(file) {
  const child = spawn(process.execPath, [here('serve-file.js'), file], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', code => reject(new Error(`serve-file.js exited with ${code}`)))
    child.stdout.once('data', data => {
      const url = `http://127.0.0.1:${String(data).trim()}/video.mp4`
      resolve({ url, stop: () => child.kill() })
    })
  })
}

/** Writes back the last run's dirty pages first, so that no run pays for the one before. */
export function settleDisk() {
  if (process.platform === 'linux') execFileSync('sync')
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** @param {Awaited<ReturnType<typeof benchDownload>>} result */
function printTable(result) {
  console.log(
    '| size | curl MiB/s | ours MiB/s | ratio (≥ 0.9) | peak RSS MB (≤ 150) | pass | bare Node MiB/s |'
  )
  console.log('|---|---:|---:|---:|---:|---|---:|')
  for (const row of result.rows) {
    const size = row.size >= 2 ** 30 ? `${row.size / 2 ** 30} GiB` : `${row.size / MiB} MiB`
    const cells = [
      size,
      row.curlMBps.toFixed(0),
      row.oursMBps.toFixed(0),
      row.ratio.toFixed(2),
      row.peakRssMB.toFixed(0),
      row.pass ? 'yes' : 'NO',
      row.nodeBaselineMBps.toFixed(0)
    ]
    console.log(`| ${cells.join(' | ')} |`)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchDownload({ smoke: process.argv.includes('--smoke') })
  printTable(result)
  if (!result.pass) process.exitCode = 1
}
