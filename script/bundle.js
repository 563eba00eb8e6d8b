// @ts-check
// Builds dist/ from an empty folder, so that no chunk of an earlier build survives and the dist check sees
// exactly what the sources make; stamps it with the hash of its sources (see sources-hash.js).
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT, STAMP, sourcesHash } from './sources-hash.js'

const ncc = path.join(ROOT, 'node_modules/.bin/ncc')
rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true })
execFileSync(
  ncc,
  ['build', 'src/index.ts', '-o', 'dist', '--source-map', '--license', 'licenses.txt'],
  { cwd: ROOT, stdio: 'inherit' }
)
writeFileSync(STAMP, `${sourcesHash()}\n`)
