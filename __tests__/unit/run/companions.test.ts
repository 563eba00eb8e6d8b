import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { ROOT } from '../../../sim/runner.js'
import { COMPANION_OUTPUTS, companionOutputs } from '../../../src/run/companions.js'
import { posterTime } from '../../../src/run/poster.js'

const outputs = z
  .object({ outputs: z.record(z.string(), z.object({ description: z.string() })) })
  .parse(parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))).outputs

describe('companions of the video', () => {
  it('declare their outputs once: action.yml lists each (<name>-path, <name>-url)', () => {
    expect(COMPANION_OUTPUTS).toEqual(['poster-path', 'poster-url'])
    for (const name of COMPANION_OUTPUTS) expect(Object.keys(outputs)).toContain(name)
  })

  it('give every output, empty for one not made or not delivered', () => {
    expect(companionOutputs([], {})).toEqual({ 'poster-path': '', 'poster-url': '' })
    expect(
      companionOutputs([{ name: 'poster', path: 'videos/a.mp4.jpg' }], {
        'poster-url': 'https://example.com/a.mp4.jpg',
        'artifact-url': 'https://example.com/1'
      })
    ).toEqual({ 'poster-path': 'videos/a.mp4.jpg', 'poster-url': 'https://example.com/a.mp4.jpg' })
  })
})

describe('posterTime', () => {
  it.each([
    [1, 3, 1],
    [2.5, 3, 2.5],
    [30, 3, 2.5],
    [1, 0.4, 0]
  ])('poster-time %p of a %p s video is %p s', (at, duration, expected) => {
    expect(posterTime(at, duration)).toBe(expected)
  })
})
