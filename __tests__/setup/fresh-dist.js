// @ts-check
// Jest's global setup: the spawned tests run the bundle, so a dist/ built from other sources than src/ would
// test yesterday's code. Rebuild it then (seconds, and only when stale).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { ROOT, STAMP, sourcesHash } from '../../script/sources-hash.js'

export default function freshDist() {
  const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : ''
  if (built === sourcesHash()) return
  process.stderr.write('\ndist/ is not the build of src/: running `npm run bundle` first.\n')
  execFileSync('npm', ['run', 'bundle', '--silent'], { cwd: ROOT, stdio: 'inherit' })
}
