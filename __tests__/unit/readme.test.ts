import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { ROOT } from '../../sim/runner.js'

// Table cells compared with their padding collapsed, as Markdown renders them.
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8').replace(/ {2,}\|/g, ' |')
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
})
