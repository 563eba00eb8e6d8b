// @ts-check
// One section of `npm run bench`, in a process of its own, its result sent to bench/run.js over IPC. Each
// section starts from a small parent: the upload section leaves gigabytes of blob store in its process, and
// every later process it spawned (fork copies the page tables) took ~350 ms to start instead of ~25 ms.
// Usage (from run.js): node bench/section.js <name> [--smoke]
import { benchCache } from './cache.js'
import { benchDownload } from './download.js'
import { benchManifest } from './manifest.js'
import { benchPoll } from './poll.js'
import { benchProcessDownload } from './process-download.js'
import { benchScale } from './scale.js'
import { benchStartup } from './startup.js'
import { benchUpload } from './upload.js'

const smoke = process.argv.includes('--smoke')
export const SECTIONS = {
  startup: () => benchStartup({ smoke }),
  processDownload: () => benchProcessDownload({ smoke }),
  moduleDownload: () => benchDownload(),
  poll: () => benchPoll({ smoke }),
  manifest: () => benchManifest({ smoke }),
  scale: () => benchScale({ smoke }),
  cache: () => benchCache({ smoke }),
  upload: () => benchUpload({ smoke })
}

const name = process.argv[2] ?? ''
const section = Object.hasOwn(SECTIONS, name)
  ? SECTIONS[/** @type {keyof SECTIONS} */ (name)]
  : undefined
if (!section || !process.send)
  throw new Error('usage: run by bench/run.js, e.g. fork("bench/section.js", ["poll"])')
const result = await section()
process.send(result, () => process.exit())
