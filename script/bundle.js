// @ts-check
// Builds dist/ from an empty folder, so that no chunk of an earlier build survives and the dist check sees
// exactly what the sources make.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ncc = path.join(root, 'node_modules/.bin/ncc')
rmSync(path.join(root, 'dist'), { recursive: true, force: true })
execFileSync(
  ncc,
  ['build', 'src/index.ts', '-o', 'dist', '--source-map', '--license', 'licenses.txt'],
  {
    cwd: root,
    stdio: 'inherit'
  }
)
