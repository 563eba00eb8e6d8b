// @ts-check
/*
 * Writes schema/patch.schema.json, the JSON Schema editors use for patch files, from the zod schema in
 * src/patch/schema.ts. A unit test fails when the committed file and the zod schema disagree.
 *
 *   node script/gen-patch-schema.js
 */
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as prettier from 'prettier'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, '.build', 'patch-schema')
const target = path.join(root, 'schema', 'patch.schema.json')

// schema.ts imports nothing but zod, so it compiles alone, whatever state the rest of src/ is in.
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    path.join(root, 'src', 'patch', 'schema.ts'),
    ...['--outDir', outDir, '--module', 'nodenext', '--moduleResolution', 'nodenext'],
    ...['--target', 'es2022', '--skipLibCheck']
  ],
  { stdio: 'inherit' }
)
const { patchJsonSchema } = await import(pathToFileURL(path.join(outDir, 'schema.js')).href)
const options = { ...(await prettier.resolveConfig(target)), filepath: target }
await writeFile(target, await prettier.format(JSON.stringify(patchJsonSchema()), options))
console.log(`Wrote ${path.relative(root, target)}`)
