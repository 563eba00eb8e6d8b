// @ts-check
// Runs one download in a process of its own, so that its time and peak memory are measured alone.
// Usage: node bench/download-child.js [--baseline] <url> <dest>
// Prints one JSON line: {"seconds":…,"maxRssMB":…,"size":…,"sha256":…}; `seconds` covers the
// download only, not Node's start-up. `--baseline` measures the least Node can do instead: one
// GET piped into a file, with no hash, checks or temporary file (its sha256 is empty).
import { createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import { pipeline } from 'node:stream/promises'

const baseline = process.argv.includes('--baseline')
const [url, dest] = process.argv.slice(2).filter(arg => arg !== '--baseline')
if (!url || !dest) throw new Error('usage: node bench/download-child.js [--baseline] <url> <dest>')

// The compiled module is imported by URL so that the type checker takes the types from
// src/download.ts instead of checking the emitted JavaScript.
/** @type {typeof import('../src/download/index.js')} */
const { downloadVideo } = await import(
  new URL('../.build/src/download/index.js', import.meta.url).href
)

/** @returns {Promise<{ size: number, sha256: string }>} */
async function bareGet() {
  /** @type {http.IncomingMessage} */
  const response = await new Promise((resolve, reject) =>
    http.get(url, { agent: false }, resolve).on('error', reject)
  )
  await pipeline(response, createWriteStream(dest, { highWaterMark: 2 ** 20 }))
  return { size: (await stat(dest)).size, sha256: '' }
}

const started = performance.now()
const video = baseline
  ? await bareGet()
  : await downloadVideo({ url, dest, signal: AbortSignal.timeout(10 * 60_000), allowHttp: true })
const seconds = (performance.now() - started) / 1000
const maxRssMB = process.resourceUsage().maxRSS / 1024
process.stdout.write(
  `${JSON.stringify({ seconds, maxRssMB, size: video.size, sha256: video.sha256 })}\n`
)
