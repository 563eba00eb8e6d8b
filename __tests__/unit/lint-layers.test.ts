import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// The layer rules of eslint.config.mjs, run by ESLint itself on probe files that exist only as text: an
// import that the resolver cannot follow would pass a path rule silently, so each rule is seen failing here.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

interface Probe {
  file: string
  text: string
}

const LINT_PROBES = `
import { ESLint } from 'eslint'
const probes = JSON.parse(process.argv[1])
const eslint = new ESLint({ cwd: process.cwd() })
const found = []
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.text, { filePath: probe.file })
  found.push(result.messages.map(m => ({ rule: m.ruleId, message: m.message })))
}
process.stdout.write(JSON.stringify(found))
`

/** The problems ESLint finds in each probe, in one process (its start-up is most of the cost). */
function lint(probes: Probe[]): { rule: string | null; message: string }[][] {
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', LINT_PROBES, JSON.stringify(probes)],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }
  )
  return JSON.parse(out)
}

/** A real import inside src/shared/ (importer, imported), so that the reverse import closes a cycle. */
function sharedEdge(): { importer: string; imported: string } {
  for (const importer of ['retry', 'deadline', 'workspace-files']) {
    const text = readFileSync(path.join(ROOT, 'src/shared', `${importer}.ts`), 'utf8')
    const imported = /^import \{[^}]*\} from '\.\/([\w-]+)\.js'/m.exec(text)?.[1]
    if (imported) return { importer, imported }
  }
  throw new Error('no value import between two files of src/shared/ was found for the cycle probe')
}

const CASES = {
  sharedUp: { file: 'src/shared/probe.ts', text: "export { run } from '../main.js'\n" },
  roomSideways: { file: 'src/render/probe.ts', text: "export * from '../deliver/index.js'\n" },
  roomAllowed: { file: 'src/render/probe.ts', text: "export * from '../aistudios/client.js'\n" },
  roomUp: { file: 'src/patch/probe.ts', text: "export * from '../action/inputs.js'\n" },
  edgeToEdge: { file: 'src/cli/probe.ts', text: "export * from '../action/runner.js'\n" },
  coreOutside: { file: 'src/download/probe.ts', text: "export { info } from '@actions/core'\n" },
  coreInside: { file: 'src/action/probe.ts', text: "export { info } from '@actions/core'\n" },
  unresolved: { file: 'src/shared/probe.ts', text: "export * from './no-such-module.js'\n" }
} satisfies Record<string, Probe>

describe('the layer rules (eslint.config.mjs)', () => {
  const results = new Map<string, { rule: string | null; message: string }[]>()
  let edge: { importer: string; imported: string }

  beforeAll(() => {
    edge = sharedEdge()
    const cycle: Probe = {
      file: `src/shared/${edge.imported}.ts`,
      text: `export * from './${edge.importer}.js'\n`
    }
    const probes = { ...CASES, cycle }
    const found = lint(Object.values(probes))
    Object.keys(probes).forEach((name, i) => results.set(name, found[i]))
  }, 120_000)

  const rules = (name: string) => results.get(name)?.map(problem => problem.rule)

  it('refuses an import of a higher layer from src/shared/, naming the rule of the layer', () => {
    expect(rules('sharedUp')).toContain('import-x/no-restricted-paths')
    expect(results.get('sharedUp')?.[0].message).toMatch(
      /src\/shared\/ may import only src\/shared\//
    )
  })

  it('refuses a sideways import between rooms that is not one of the allowed edges', () => {
    expect(rules('roomSideways')).toEqual(['import-x/no-restricted-paths'])
    expect(rules('roomAllowed')).toEqual([])
  })

  it('refuses an import of an edge from a room, and of one edge from the other', () => {
    expect(rules('roomUp')).toEqual(['import-x/no-restricted-paths'])
    expect(rules('edgeToEdge')).toEqual(['import-x/no-restricted-paths'])
  })

  it('allows @actions/core under src/action/ only', () => {
    expect(rules('coreOutside')).toEqual(['no-restricted-imports'])
    expect(rules('coreInside')).toEqual([])
  })

  it('refuses a cycle', () => {
    expect(rules('cycle')).toContain('import-x/no-cycle')
  })

  it('refuses an import it cannot resolve, so that no path rule is skipped unseen', () => {
    expect(rules('unresolved')).toEqual(['import-x/no-unresolved'])
  })
})
