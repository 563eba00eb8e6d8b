import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { ROOT } from '../../sim/runner.js'
import { SAMPLE_PROJECT_ID, seedProjects } from '../../sim/aistudios/projects.js'
import { ProjectSchema } from '../../src/aistudios/schema.js'
import { COMMANDS } from '../../src/cli/usage.js'
import { outlineLines, projectOutline } from '../../src/outline/outline.js'
import { headingIds } from '../../script/check-links.js'
import { generateReadme, readActionYaml } from '../../script/readme-tables.js'

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8')
const raw = read('README.md')
// Table cells compared with their padding collapsed, as Markdown renders them.
const readme = raw.replace(/ {2,}\|/g, ' |')
const action = parseYaml(read('action.yml')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string }
}
const docs = readdirSync(path.join(ROOT, 'docs'))
  .filter(name => name.endsWith('.md'))
  .map(name => `docs/${name}`)
/** Every page a user reads: the README and the docs it links. */
const pages = ['README.md', ...docs].map(file => ({ file, text: read(file) }))
const workflows = readdirSync(path.join(ROOT, 'examples/workflows'))
const fenced = (lang: string, text: string) =>
  [...text.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gm'))].map(m => m[1])
/** One section of the README, from its `## ` heading to the next. */
const section = (title: string) => raw.split(/^## /m).find(part => part.startsWith(`${title}\n`))!

describe('README', () => {
  it('is at most 300 lines', () => {
    expect(raw.split('\n').length).toBeLessThanOrEqual(300)
  })

  it('has a table of contents that names every section', () => {
    const contents = raw.slice(0, raw.indexOf('\n## '))
    const sections = headingIds(raw.replace(/^### .*$/gm, '')).slice(1)
    expect(sections.filter(id => !contents.includes(`](#${id})`))).toEqual([])
  })

  it('has the inputs and outputs of action.yml, as script/readme-tables.js writes them', async () => {
    expect(await generateReadme(raw, readActionYaml())).toBe(raw)
  })

  it.each(Object.entries(action.inputs))(
    'documents the input `%s` with its default, in the table and the `with:` block',
    (name, spec) => {
      const row = readme.split('\n').find(line => line.startsWith(`| \`${name}\``))
      expect(row).toBeDefined()
      if (spec.default) expect(row).toContain(`\`${spec.default}\``)
      const example = parseYaml(fenced('yaml', section('Inputs'))[0]) as [
        { with: Record<string, string> }
      ]
      expect(example[0].with[name]).toBe(spec.default ?? '')
    }
  )

  it.each(Object.keys(action.outputs))('documents the output `%s`', name => {
    expect(readme).toContain(`| \`${name}\` |`)
  })

  // The end-to-end tests run these files: a page shows one whole, or the README shows lines of it and links it.
  it.each(workflows)('shows examples/workflows/%s, whole or in part', file => {
    const text = read(`examples/workflows/${file}`).trimEnd()
    const whole = pages.filter(page => page.text.includes('```yaml\n' + text + '\n```'))
    const part = raw.includes(`\`\`\`yaml\n# examples/workflows/${file}, in part\n`)
    expect({ file, shown: whole.length > 0 || part }).toEqual({ file, shown: true })
    if (part) expect(raw).toContain(`(examples/workflows/${file})`)
  })

  // A short example is lines of a tested file, in order: `# …` stands for the lines left out.
  const excerpts = fenced('yaml', raw)
    .map(block => block.split('\n'))
    .filter(([first]) => /^# examples\/workflows\/\S+\.yml, in part$/.test(first))
  it.each(excerpts.map(lines => [lines[0].split(/[ ,]/)[1], lines]))(
    'shows lines of %s as they are there',
    (file, [, ...lines]) => {
      const source = read(file as string).split('\n')
      let at = 0
      for (const line of (lines as string[]).filter(l => l !== '' && l.trim() !== '# …')) {
        at = source.indexOf(line, at) + 1
        expect({ line, found: at > 0 }).toEqual({ line, found: true })
      }
    }
  )

  it('pins the action by commit SHA everywhere: no release tag exists yet', () => {
    const texts = [
      ...pages,
      ...workflows.map(f => ({ file: f, text: read(`examples/workflows/${f}`) }))
    ]
    const pins = texts.flatMap(({ text }) =>
      [...text.matchAll(/aistudios-render\/aistudios-render@(\S+)/g)].map(m => m[1])
    )
    expect(pins.length).toBeGreaterThan(5)
    for (const pin of pins) expect(pin).toMatch(/^([0-9a-f]{40}|<commit-sha>|<sha>)$/)
    expect(read('CHANGELOG.md')).toMatch(/^## Unreleased$/m)
  })

  it('tells one story of Node: the action on node24, the CLI and development on Node 20 or later', () => {
    expect(action.runs.using).toBe('node24')
    expect((JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node).toBe(
      '>=20'
    )
    expect(raw).toContain(
      "The action runs on the runner's Node 24 (`node24`); the CLI and development need Node 20 or later."
    )
  })

  it('tries it in two commands, `npm ci` once; CI runs the same test command from `npm ci`', () => {
    const [block] = fenced('sh', section('Try it in one minute'))
    const commands = block.split('\n').map(line => line.replace(/\s+#.*$/, '').trim())
    expect(commands.filter(Boolean)).toEqual(['npm ci && npm run demo', 'npm test'])
    // What CI does with the commands' output (a log it checks) is not the command.
    const ci = read('.ci/run')
      .split('\n')
      .filter(line => /^npm /.test(line))
      .map(line => line.replace(/\s+2>&1 \|.*$/, ''))
    expect(ci.slice(0, 2)).toEqual(['npm ci --no-audit --no-fund', 'npm test'])
  })

  // The walkthrough lives in the docs now: every command a page shows must be one the CLI takes.
  const commands = pages.flatMap(({ file, text }) =>
    [...text.matchAll(/(?:^|`|npx )aistudios-render ([a-z]+)([^\n`]*)/gm)].map(
      ([line, name, rest]) => [`${file}: ${line}`, name, rest]
    )
  )
  it.each(commands)('shows a command the CLI takes: %s', (_, name, rest) => {
    expect(Object.keys(COMMANDS)).toContain(name)
    const options = COMMANDS[name as keyof typeof COMMANDS].options as Record<string, unknown>
    for (const [, flag] of rest.matchAll(/--([a-z-]+)/g))
      expect(Object.keys(options)).toContain(flag)
  })

  it("shows the start of the sample project's real outline, wherever a page shows one", () => {
    const blocks = pages.flatMap(({ text }) =>
      fenced('text', text).filter(block => block.startsWith('Project "'))
    )
    expect(blocks.length).toBeGreaterThan(0)
    const real = outlineLines(
      projectOutline(ProjectSchema.parse(seedProjects().get(SAMPLE_PROJECT_ID)))
    )
    for (const block of blocks) {
      const shown = block.replace(/\n…\n$/, '').split('\n')
      expect(real.slice(0, shown.length)).toEqual(shown)
    }
  })
})
