import { describe, expect, it } from '@jest/globals'
import { inertCommands, inertMentions } from '../../src/action/neutralise.js'

/** What the runner reads as a command in a line of a step's output: `::` first (after blanks), or `##[`. */
const isCommand = (line: string): boolean => /^\s*::/.test(line) || line.includes('##[')

describe('inert log lines', () => {
  it('breaks a workflow command at the start of any line, and only there', () => {
    const text = 'Scene 1: "Hi"\n::set-output name=x::1\n  ::add-mask::abc\nratio 16::9\r::error::z'
    const lines = inertCommands(text).split(/\r|\n/)
    expect(lines.filter(isCommand)).toEqual([])
    expect(lines[0]).toBe('Scene 1: "Hi"')
    expect(lines[3]).toBe('ratio 16::9')
    expect(inertCommands(text).replace(/\u200b/g, '')).toBe(text)
  })

  it('breaks the older `##[command]` syntax anywhere in a line', () => {
    const text = 'say ##[warning]x then ##[set-output name=a;]b\n##[error]y'
    expect(inertCommands(text).split('\n').filter(isCommand)).toEqual([])
    expect(inertCommands(text).replace(/\u200b/g, '')).toBe(text)
  })
})

describe('inert mentions', () => {
  it('puts a zero-width joiner after each @ that starts a name, and nowhere else', () => {
    expect(inertMentions('hi @octocat and @org/team, mail a@b.c; @ alone, @@x')).toBe(
      'hi @&#8205;octocat and @&#8205;org/team, mail a@&#8205;b.c; @ alone, @@&#8205;x'
    )
  })
})
