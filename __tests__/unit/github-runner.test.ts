import { describe, expect, it } from '@jest/globals'
import { inert } from '../../src/action/github-runner.js'

describe('inert log lines', () => {
  it('breaks a workflow command at the start of any line, and only there', () => {
    const text = 'Scene 1: "Hi"\n::set-output name=x::1\n  ::add-mask::abc\nratio 16::9'
    const lines = inert(text).split('\n')
    expect(lines.filter(line => /^\s*::/.test(line))).toEqual([])
    expect(lines[0]).toBe('Scene 1: "Hi"')
    expect(lines[3]).toBe('ratio 16::9')
    expect(inert(text).replace(/\u200b/g, '')).toBe(text)
  })
})
