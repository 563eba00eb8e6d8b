import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { ROOT } from '../../sim/runner.js'
import { SAMPLE_PROJECT_ID, seedProjects } from '../../sim/aistudios/projects.js'
import { ProjectSchema } from '../../src/aistudios/schema.js'
import { COMMANDS } from '../../src/cli/usage.js'
import { outlineLines, projectOutline } from '../../src/outline/outline.js'

const raw = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
// Table cells compared with their padding collapsed, as Markdown renders them.
const readme = raw.replace(/ {2,}\|/g, ' |')
const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}

describe('README', () => {
  it.each(Object.entries(action.inputs))(
    'documents the input `%s` with its default',
    (name, spec) => {
      const row = readme.split('\n').find(line => line.startsWith(`| \`${name}\``))
      expect(row).toBeDefined()
      if (spec.default) expect(row).toContain(`\`${spec.default}\``)
    }
  )

  it.each(Object.keys(action.outputs))('documents the output `%s`', name => {
    expect(readme).toContain(`| \`${name}\` |`)
  })

  // The end-to-end tests run these files; the README must show exactly them.
  it.each(readdirSync(path.join(ROOT, 'examples/workflows')))(
    'shows examples/workflows/%s verbatim',
    file => {
      const text = readFileSync(path.join(ROOT, 'examples/workflows', file), 'utf8').trimEnd()
      expect(readme).toContain('```yaml\n' + text + '\n```')
    }
  )

  // The quick start walks a user through the CLI: every command it shows must be one the CLI takes.
  const commands = [...readme.matchAll(/npx aistudios-render ([a-z]+)([^\n`]*)/g)]
  it.each(commands.map(([line, name, rest]) => [line, name, rest]))(
    'shows a command the CLI takes: %s',
    (_, name, rest) => {
      expect(Object.keys(COMMANDS)).toContain(name)
      const options = COMMANDS[name as keyof typeof COMMANDS].options as Record<string, unknown>
      for (const [, flag] of rest.matchAll(/--([a-z-]+)/g))
        expect(Object.keys(options)).toContain(flag)
    }
  )

  it("shows the start of the sample project's real outline", () => {
    const block = /```text\n *(Project "[^\n]*\n[\s\S]*?)\n *…\n *```/.exec(raw)?.[1]
    expect(block).toBeDefined()
    const shown = block!.split('\n').map(line => line.replace(/^ {3}/, ''))
    const real = outlineLines(
      projectOutline(ProjectSchema.parse(seedProjects().get(SAMPLE_PROJECT_ID)))
    )
    expect(real.slice(0, shown.length)).toEqual(shown)
  })
})
