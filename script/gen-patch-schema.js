// @ts-check
/*
 * Writes the JSON Schemas editors use, schema/patch.schema.json (patch files) and schema/manifest.schema.json
 * (manifests), from the zod schemas in src/patch/schema.ts and src/manifest/schema.ts. Unit tests fail when a
 * committed file and its zod schema disagree.
 *
 *   node script/gen-patch-schema.js
 */
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as prettier from 'prettier'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, '.build', 'schemas')
const schemas = [
  { source: ['patch', 'schema.ts'], build: 'patchJsonSchema', target: 'patch.schema.json' },
  { source: ['manifest', 'schema.ts'], build: 'manifestJsonSchema', target: 'manifest.schema.json' }
]

// Each schema.ts imports nothing but zod, so it compiles alone, whatever state the rest of src/ is in.
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    ...schemas.map(({ source }) => path.join(root, 'src', ...source)),
    ...['--outDir', outDir, '--rootDir', path.join(root, 'src')],
    ...['--module', 'nodenext', '--moduleResolution', 'nodenext'],
    ...['--target', 'es2022', '--skipLibCheck']
  ],
  { stdio: 'inherit' }
)
for (const { source, build, target } of schemas) {
  const compiled = path.join(outDir, source[0], source[1].replace(/\.ts$/, '.js'))
  const module = await import(pathToFileURL(compiled).href)
  const file = path.join(root, 'schema', target)
  const options = { ...(await prettier.resolveConfig(file)), filepath: file }
  await writeFile(file, await prettier.format(JSON.stringify(module[build]()), options))
  console.log(`Wrote ${path.relative(root, file)}`)
}
