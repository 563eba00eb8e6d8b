// @ts-check
// Builds dist/ from an empty folder, so that no chunk of an earlier build survives and the dist check sees
// exactly what the sources make; stamps it with the hash of its sources (see sources-hash.js).
// Four entries: the action (dist/index.js, chunks N.index.js), the CLI (dist/cli.js, chunks N.cli.js), the
// download's worker thread, which both start (dist/download-worker.js), and the part file's hasher thread, which
// the worker starts (dist/download-hasher.js): ncc names every entry index.js, so all but the action are built
// apart and their files renamed so that none collide.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, STAMP, sourcesHash } from './sources-hash.js'

const ncc = path.join(ROOT, 'node_modules/.bin/ncc')
const dist = path.join(ROOT, 'dist')
rmSync(dist, { recursive: true, force: true })
execFileSync(
  ncc,
  ['build', 'src/index.ts', '-o', 'dist', '--source-map', '--license', 'licenses.txt'],
  { cwd: ROOT, stdio: 'inherit' }
)

const cliBuild = mkdtempSync(path.join(os.tmpdir(), 'aistudios-render-cli-'))
try {
  execFileSync(ncc, ['build', 'src/cli/index.ts', '-o', cliBuild, '--license', 'licenses.txt'], {
    cwd: ROOT,
    stdio: 'inherit'
  })
  // The chunk loader's file name template, the one place the runtime names chunk files.
  const template = 'return "" + chunkId + ".index.js";'
  const main = readFileSync(path.join(cliBuild, 'index.js'), 'utf8')
  if (main.split(template).length !== 2)
    throw new Error(`The CLI bundle's chunk loader has changed: expected one '${template}'`)
  writeFileSync(
    path.join(dist, 'cli.js'),
    main.replace(template, 'return "" + chunkId + ".cli.js";')
  )
  chmodSync(path.join(dist, 'cli.js'), 0o755)
  for (const file of readdirSync(cliBuild)) {
    const chunk = /^(\d+)\.index\.js$/.exec(file)
    if (chunk) renameSync(path.join(cliBuild, file), path.join(dist, `${chunk[1]}.cli.js`))
  }
  renameSync(path.join(cliBuild, 'licenses.txt'), path.join(dist, 'cli-licenses.txt'))
} finally {
  rmSync(cliBuild, { recursive: true, force: true })
}
for (const thread of ['download-worker', 'download-hasher']) {
  const build = mkdtempSync(path.join(os.tmpdir(), `aistudios-render-${thread}-`))
  try {
    execFileSync(ncc, ['build', `src/download/${thread}.ts`, '-o', build], {
      cwd: ROOT,
      stdio: 'inherit'
    })
    // A thread is one file: a chunk would be looked for under the action's or the CLI's name.
    const files = readdirSync(build).filter(file => file !== 'package.json')
    if (files.join() !== 'index.js')
      throw new Error(`The ${thread} bundle is more than one file: ${files.join(', ')}`)
    renameSync(path.join(build, 'index.js'), path.join(dist, `${thread}.js`))
  } finally {
    rmSync(build, { recursive: true, force: true })
  }
}
writeFileSync(STAMP, `${sourcesHash()}\n`)
