import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { ROOT } from '../../../sim/runner.js'
import { RESOLUTIONS } from '../../../src/aistudios/export-request.js'
import { COMMANDS, USAGE } from '../../../src/cli/usage.js'
import {
  DECLARATIONS,
  type Declaration,
  type Terminal
} from '../../../src/settings/declarations.js'

const ActionYaml = z.object({
  inputs: z.record(
    z.string(),
    z.object({ description: z.string(), required: z.boolean(), default: z.string() })
  )
})
const action = ActionYaml.parse(parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')))
const help = [USAGE, ...Object.values(COMMANDS).map(command => command.help)].join('\n')

describe('the settings declarations agree with', () => {
  it("action.yml's inputs: the same names, in the same order", () => {
    expect(Object.keys(action.inputs)).toEqual(DECLARATIONS.map(d => d.name))
  })

  it.each(DECLARATIONS.map((d): [string, Declaration] => [d.name, d]))(
    "action.yml's input %s: its default, and required: false (empty takes the default)",
    (name, d) => {
      expect(action.inputs[name]).toMatchObject({
        default: d.runnerDefault ?? d.default,
        required: false
      })
    }
  )

  // README.md's inputs follow action.yml (script/readme-tables.js writes them; __tests__/unit/readme.test.ts checks).

  it.each(DECLARATIONS.filter(d => d.cli).map((d): [string, Terminal] => [d.name, d.cli!]))(
    "the CLI's help: %s as %j",
    (_, cli) => {
      if ('flag' in cli) {
        expect(help).toContain(`--${cli.flag} ${cli.arg} `)
        const command = Object.values(COMMANDS).find(each => cli.flag in each.options)
        expect(command).toBeDefined()
      } else if ('env' in cli) expect(help).toMatch(new RegExp(`^ +${cli.env} `, 'm'))
      else expect(help).toContain(cli.argument)
    }
  )

  it('the resolutions the export request knows', () => {
    const resolution = DECLARATIONS.find(d => d.name === 'resolution')!
    expect(resolution.kind).toEqual({ type: 'choice', values: RESOLUTIONS })
  })
})
