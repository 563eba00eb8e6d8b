import { describe, expect, it } from '@jest/globals'
import { UnknownFieldLog, unknownFields } from '../../../src/aistudios/known-fields.js'
import { PROGRESS_ANSWER, PROJECT_ANSWER } from '../../../src/aistudios/schema.js'

describe('unknownFields', () => {
  it('lists the fields not known, by path, looking only into objects it describes', () => {
    const raw = {
      project: { name: 'x', scenes: [{ anything: 1 }], brandKit: { id: 'b' } },
      extra: 2
    }
    expect(unknownFields(raw, PROJECT_ANSWER.known)).toEqual([
      { path: 'project.brandKit', value: { id: 'b' } },
      { path: 'extra', value: 2 }
    ])
  })

  it('finds none in what is not an object, and none for inherited names', () => {
    expect(unknownFields(null, PROGRESS_ANSWER.known)).toEqual([])
    expect(unknownFields([1, 2], PROGRESS_ANSWER.known)).toEqual([])
    expect(unknownFields({ progress: 3, state: 'x' }, PROGRESS_ANSWER.known)).toEqual([])
    expect(unknownFields({ toString: 1 }, PROGRESS_ANSWER.known)).toEqual([
      { path: 'toString', value: 1 }
    ])
  })
})

describe('UnknownFieldLog', () => {
  it('tells each field once a run, whatever else the answer carries', () => {
    const log = new UnknownFieldLog()
    const known = PROGRESS_ANSWER.known
    expect(log.line('progress answer', { progress: 1, eta: 5 }, known)).toBe(
      'AI Studios sent a progress answer with fields this action does not know (eta); please report them at https://github.com/aistudios-render/aistudios-render/issues: {"eta":5}'
    )
    expect(log.line('progress answer', { progress: 2, eta: 4 }, known)).toBeUndefined()
    expect(log.line('progress answer', { eta: 3, queue: 'a' }, known)).toContain('(queue)')
    // Another kind of answer is another field.
    expect(log.line('export answer', { eta: 3 }, { projectId: true })).toContain('(eta)')
  })

  it('names the fields of a secret answer without their values', () => {
    const line = new UnknownFieldLog().line(
      'token answer',
      { token: 't', refresh: 'r-1' },
      { token: true },
      true
    )
    expect(line).toContain('(refresh)')
    expect(line).not.toContain('r-1')
  })

  it('shows at most 500 characters', () => {
    const line = new UnknownFieldLog().line('export answer', { big: 'x'.repeat(2000) }, {})
    expect(line?.length).toBeLessThan(700)
  })
})
