import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim, type Sim } from '../../sim/aistudios/server.js'
import { startReleasesApi } from '../../sim/github/releases.js'
import { simulatedClock } from '../../sim/clock.js'
import { ROOT, type RunOptions } from '../../sim/runner.js'
import { newWorkspace, runInProcess } from './harness.js'

/*
 * README.md's Troubleshooting quotes the message a user meets, as the action prints it for the README's own
 * example (the sample project, `.github/videos/product-tour.yaml`). Each scenario below makes one happen, in
 * process against the simulator and the GitHub fakes. In a quote, `…` stands for text the scenario does not
 * fix (AI Studios' or GitHub's words, the rest of a long line). Every scenario's message is quoted, and every
 * quote is a scenario's message.
 */

const PATCH = '.github/videos/product-tour.yaml'
const clock = simulatedClock()
let sim: Sim
const closers: (() => Promise<void>)[] = []
afterAll(async () => {
  await Promise.all(closers.map(close => close()))
  await sim.close()
})

/** A workspace with the example's patch and its script file, or with `text` as the patch. */
async function workspace(text?: string): Promise<string> {
  const dir = await newWorkspace()
  await mkdir(path.join(dir, '.github/videos'), { recursive: true })
  await cp(path.join(ROOT, 'examples/scripts'), path.join(dir, '.github/videos/scripts'), {
    recursive: true
  })
  const example = await readFile(path.join(ROOT, 'examples/product-tour.yaml'), 'utf8')
  await writeFile(path.join(dir, PATCH), text ?? example)
  return dir
}

const inputs = (more: Record<string, string> = {}): Record<string, string> => ({
  'project-id': SAMPLE_PROJECT_ID,
  'api-key': 'sim-api-key',
  'api-url': sim.apiUrl,
  upload: 'none',
  ...more
})
const withPatch = async (text?: string): Promise<Partial<RunOptions>> => ({
  workspace: await workspace(text),
  inputs: inputs({ patch: PATCH, vars: 'version: 2.0.0' })
})
const pullRequest = { eventName: 'pull_request', ref: 'refs/pull/7/merge', event: { number: 7 } }

interface Scenario {
  /** The run's options but the clock; may arm a fault first. */
  run: () => Promise<Partial<RunOptions>>
  /** The run stops before the export: AI Studios saw none. */
  beforeExport: boolean
  /** The message is a warning, not the run's error. */
  warning?: boolean
  /** The error is an annotation on the patch file, at this line. */
  line?: number
}

const SCENARIOS: Record<string, Scenario> = {
  'a misspelt input': {
    run: async () => ({ inputs: inputs({ pacth: PATCH }) }),
    beforeExport: true
  },
  'an input out of range': {
    run: async () => ({ inputs: inputs({ resolution: '2160' }) }),
    beforeExport: true
  },
  'a project this account does not have': {
    run: async () => ({ inputs: inputs({ 'project-id': '65fa6b07dca2e367461a0000' }) }),
    beforeExport: true
  },
  'a patch file that is not there': {
    run: async () => ({ workspace: await newWorkspace(), inputs: inputs({ patch: PATCH }) }),
    beforeExport: true
  },
  'a YAML syntax error': {
    run: () => withPatch('scenes:\n  - scene: 0\n     script: x\n'),
    beforeExport: true,
    line: 2
  },
  'a duplicate key': { run: () => withPatch('name: a\nname: b\n'), beforeExport: true, line: 2 },
  'a selector that matches nothing': {
    run: async () => {
      const example = await readFile(path.join(ROOT, 'examples/product-tour.yaml'), 'utf8')
      return withPatch(example.replace('tag: hero-image', 'tag: hero-img'))
    },
    beforeExport: true,
    line: 16
  },
  'an api-key AI Studios refuses (401)': {
    run: async () => ({ inputs: inputs({ 'api-key': 'not-the-key' }) }),
    beforeExport: true
  },
  'an app-id and user-key AI Studios refuses (401)': {
    run: async () => ({
      inputs: inputs({ 'api-key': '', 'app-id': 'sim-app', 'user-key': 'not-the-key' })
    }),
    beforeExport: true
  },
  'a token that may not write the release': {
    run: async () => {
      const releases = await startReleasesApi({ token: 'ghs_t', repo: 'o/r', permissions: 'read' })
      closers.push(() => releases.close())
      releases.addRelease({ tag: 'v1.2.0' })
      return {
        githubToken: 'ghs_t',
        inputs: inputs({ upload: 'release' }),
        runner: { releases, ref: 'refs/tags/v1.2.0', eventName: 'release' }
      }
    },
    beforeExport: true
  },
  'a token that may not comment on the pull request': {
    run: async () => {
      const releases = await startReleasesApi({ token: 'ghs_t', repo: 'o/r', comments: 'read' })
      closers.push(() => releases.close())
      return {
        githubToken: 'ghs_t',
        inputs: inputs({ 'dry-run': 'true', 'pr-comment': 'true' }),
        runner: { releases, ...pullRequest }
      }
    },
    beforeExport: true,
    warning: true
  },
  'the deadline': {
    run: async () => {
      sim.inject({ route: 'progress', kind: 'stall', ms: 60_000, times: 1 })
      return { inputs: inputs({ 'timeout-minutes': '0.08' }) }
    },
    beforeExport: false
  },
  'an export that may have reached AI Studios': {
    run: async () => {
      sim.inject({ route: 'export', kind: 'reset', processed: true, times: 1 })
      return { inputs: inputs() }
    },
    beforeExport: false
  },
  'a render that failed at AI Studios': {
    run: async () => {
      sim.failRender(undefined, { code: 'E_RENDER', msg: 'avatar model unavailable' })
      return { inputs: inputs() }
    },
    beforeExport: false
  }
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8')

/** The quotes that open the items of README.md's Troubleshooting list, `…` made a wildcard. */
function quotes(): { quote: string; pattern: RegExp }[] {
  const section = read('README.md')
    .split(/^## /m)
    .find(part => part.startsWith('Troubleshooting\n'))!
  return [...section.matchAll(/^- (`+) ?(.+?) ?\1/gm)].map(([, , quote]) => ({
    quote,
    pattern: new RegExp(
      `^${quote
        .split('…')
        .map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`
    )
  }))
}

interface Outcome {
  code: number | null
  /** The run's errors (or, for a warning's scenario, its warnings), as the runner shows them. */
  messages: string[]
  /** The workflow commands that carry them. */
  commands: string[]
  exports: number
}
const outcomes = new Map<string, Outcome>()

// One simulator on simulated time, the scenarios one after the other: a fault armed for one is used by it.
beforeAll(async () => {
  sim = await startAiStudiosSim({ renderMs: 1000, clock })
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    const before = sim.exports.length
    const result = await runInProcess({ clock, inputs: {}, ...(await scenario.run()) })
    sim.clearFaults()
    const prefix = scenario.warning ? '::warning::' : '::error'
    const commands = result.stdout
      .split('\n')
      .filter(line => line.startsWith(prefix) && !line.startsWith(`${prefix}Cache: `))
    const messages = commands.map(line => line.slice(line.indexOf('::', 2) + 2))
    outcomes.set(name, {
      code: result.code,
      messages,
      commands,
      exports: sim.exports.length - before
    })
  }
}, 120_000)

describe("README's Troubleshooting", () => {
  it.each(Object.entries(SCENARIOS))('quotes the message of %s', (name, scenario) => {
    const { code, messages, commands, exports } = outcomes.get(name)!
    expect(code).toBe(scenario.warning ? 0 : 1)
    if (scenario.beforeExport) expect(exports).toBe(0)
    if (scenario.line)
      expect(commands[0]).toMatch(
        new RegExp(`^::error title=aistudios-render,file=${PATCH},line=${scenario.line},col=\\d+::`)
      )
    expect(messages).toHaveLength(1)
    expect({
      message: messages[0],
      quoted: quotes().some(q => q.pattern.test(messages[0]))
    }).toEqual({ message: messages[0], quoted: true })
  })

  it('quotes only messages the scenarios produce', () => {
    const produced = [...outcomes.values()].flatMap(outcome => outcome.messages)
    for (const { quote, pattern } of quotes())
      expect({ quote, produced: produced.some(m => pattern.test(m)) }).toEqual({
        quote,
        produced: true
      })
    expect(quotes()).toHaveLength(Object.keys(SCENARIOS).length)
  })

  it("shows a selector's error in docs/patch.md as the action prints it", () => {
    const [message] = outcomes.get('a selector that matches nothing')!.messages
    expect(read('docs/patch.md')).toContain('```\n' + message + '\n```')
  })
})
