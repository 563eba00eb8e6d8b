// @ts-check
// Writes README.md's generated parts from action.yml, between marker comments: a `with:` block naming every
// input with its default and what it is for, and the inputs and outputs tables. A new input or output is
// then one edit of action.yml. `node script/readme-tables.js` rewrites README.md; `--check` changes nothing
// and exits 1 when README.md is not what action.yml gives (the tests run it).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as prettier from 'prettier'
import { parse as parseYaml } from 'yaml'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const README = path.join(root, 'README.md')

/**
 * @typedef {{ description: string, default?: string }} Input
 * @typedef {{ inputs: Record<string, Input>, outputs: Record<string, { description: string }> }} ActionYaml
 */

/**
 * One line of a Markdown table cell: pipes escaped, and `<x>` outside code kept visible (GitHub drops unknown
 * tags; in code a backslash would show).
 * @param {string} text
 */
const cell = text =>
  text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .split('`')
    .map((part, i) => (i % 2 === 0 ? part.replace(/</g, '\\<') : part))
    .join('`')

const LINE = 100
/** A first clause shorter than this is a word like `true`, not the input's purpose. */
const WORD = 12
/** A parenthesis after this many characters (and not far past a line) is an aside the summary leaves out. */
const ASIDE = 40

/**
 * What the input is for, in a line's comment: the description up to its first ": " or ". " outside
 * parentheses and code, without its asides in parentheses, cut before a comma of its own when still longer
 * than a line's comment.
 * @param {string} description
 */
function summary(description) {
  const text = description.trim().replace(/\s+/g, ' ')
  /** @type {number[]} */ const ends = []
  /** @type {number[]} */ const cuts = []
  let depth = 0
  let code = false
  for (let i = 0; i < text.length - 1; i++) {
    const c = text[i]
    if (c === '`') code = !code
    if (code) continue
    if (c === '(') {
      if (depth === 0 && text[i - 1] === ' ') cuts.push(i - 1)
      depth++
    } else if (c === ')') depth--
    else if (depth > 0 || text[i + 1] !== ' ') continue
    else if (c === ':' || c === '.') ends.push(i)
    else if (c === ',' || c === ';') cuts.push(i)
  }
  const end = ends.find(i => i >= WORD) ?? text.length
  const clause = text.slice(0, end).replace(/\.$/, '')
  const aside = cuts.find(i => i >= ASIDE && i <= LINE * 1.25 && i < end && text[i + 1] === '(')
  if (aside) return clause.slice(0, aside)
  if (clause.length <= LINE) return clause
  const cut = cuts.filter(i => i <= LINE).pop()
  return cut ? clause.slice(0, cut) : clause
}

/** @param {ActionYaml} action */
function inputsExample(action) {
  const lines = Object.entries(action.inputs).map(
    ([name, input]) =>
      `    ${name}: ${input.default ? JSON.stringify(input.default) : "''"} # ${summary(input.description)}`
  )
  return [
    '```yaml',
    '- uses: aistudios-render/aistudios-render@<commit-sha> # see Versions',
    '  with:',
    ...lines,
    '```'
  ].join('\n')
}

/** @param {ActionYaml} action */
function inputsTable(action) {
  return [
    '| input | default | description |',
    '| --- | --- | --- |',
    ...Object.entries(action.inputs).map(
      ([name, input]) =>
        `| \`${name}\` | ${input.default ? `\`${input.default}\`` : ''} | ${cell(input.description)} |`
    )
  ].join('\n')
}

/** @param {ActionYaml} action */
function outputsTable(action) {
  return [
    '| output | description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(
      ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`
    )
  ].join('\n')
}

const PARTS = { 'inputs-example': inputsExample, inputs: inputsTable, outputs: outputsTable }

/**
 * README.md with every generated part made from action.yml, formatted as `prettier --check` wants it.
 * @param {string} readme
 * @param {ActionYaml} action
 */
export async function generateReadme(readme, action) {
  let text = readme
  for (const [part, make] of Object.entries(PARTS)) {
    const start = `<!-- ${part}: generated from action.yml by script/readme-tables.js -->`
    const end = `<!-- ${part}: end -->`
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    if (from < 0 || to < from)
      throw new Error(`README.md: the markers "${start}" and "${end}" are missing: put them back`)
    text = `${text.slice(0, from + start.length)}\n\n${make(action)}\n\n${text.slice(to)}`
  }
  const options = await prettier.resolveConfig(README)
  return prettier.format(text, { ...options, filepath: README })
}

/** @returns {ActionYaml} */
export function readActionYaml() {
  return parseYaml(readFileSync(path.join(root, 'action.yml'), 'utf8'))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const readme = readFileSync(README, 'utf8')
  const wanted = await generateReadme(readme, readActionYaml())
  if (process.argv.includes('--check')) {
    if (wanted !== readme) {
      console.error(
        'README.md: the inputs and outputs are not those of action.yml: run `node script/readme-tables.js`.'
      )
      process.exitCode = 1
    }
  } else if (wanted !== readme) writeFileSync(README, wanted)
}
