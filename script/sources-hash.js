// @ts-check
// The hash of everything the bundle is built from. `npm run bundle` writes it to dist/sources.sha256; the test
// setup compares it, so the spawned tests never run a dist/ older than src/.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const STAMP = path.join(ROOT, 'dist/sources.sha256')

/** @returns {string} */
export function sourcesHash() {
  const files = [
    ...readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .map(file => path.join('src', file))
      .filter(file => /\.(ts|js|json)$/.test(file)),
    'package-lock.json',
    'tsconfig.json'
  ].sort()
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(`${file.split(path.sep).join('/')}\0`)
    hash.update(readFileSync(path.join(ROOT, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}
