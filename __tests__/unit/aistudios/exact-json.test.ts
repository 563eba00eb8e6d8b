import { describe, expect, it } from '@jest/globals'
import jsonpatch from 'fast-json-patch'
import {
  isExactNumber,
  plainNumber,
  readJson,
  writeJson
} from '../../../src/aistudios/exact-json.js'

describe('readJson and writeJson', () => {
  it.each([
    ['a 64-bit integer', '12345678901234567890'],
    ['a negative one', '-9223372036854775809'],
    ['more digits than a double holds', '0.1000000000000000055511151231257827'],
    ['out of range', '1e400'],
    ['below the smallest double', '-2.5e-400'],
    ['a decimal point kept', '1.0'],
    ['an exponent kept', '1E5'],
    ['minus zero', '-0']
  ])('give %s back digit for digit, where JSON.parse does not', (_name, number) => {
    const text = `{"seed":${number},"list":[${number}]}`
    expect(JSON.stringify(JSON.parse(text))).not.toBe(text)
    const value = readJson(text) as { seed: unknown; list: unknown[] }
    expect(isExactNumber(value.seed)).toBe(true)
    expect(writeJson(value)).toBe(text)
  })

  it('reads numbers a double holds as numbers, and everything else as JSON.parse does', () => {
    const text =
      ' {"progress": 50, "ratio": 0.1, "big": 9007199254740991, "tiny": 5e-324, "neg": -12.5,' +
      ' "text": "caf\\u00e9 \\"quoted\\" \\\\ \\n \\ud83d\\ude00", "list": [true, false, null, [], {}],' +
      ' "__proto__": {"polluted": true}, "dup": 1, "dup": 2 } '
    const value = readJson(text) as Record<string, unknown>
    expect(value).toEqual(JSON.parse(text))
    expect(Object.keys(value)).toEqual(Object.keys(JSON.parse(text) as object))
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(writeJson(value)).toBe(JSON.stringify(JSON.parse(text)))
  })

  it.each([
    '',
    ' ',
    '{',
    '[1,]',
    '{"a":1,}',
    '{a:1}',
    "{'a':1}",
    '01',
    '1.',
    '.5',
    '+1',
    '1e',
    '-',
    'NaN',
    'Infinity',
    'tru',
    'nul',
    '"a',
    '"\t"',
    '"\\x41"',
    '"\\u12"',
    '[1 2]',
    '{"a" 1}',
    '{1:2}',
    '1 2',
    '\ufeff{}'
  ])('refuses %j as JSON.parse does', text => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError)
    expect(() => readJson(text)).toThrow(SyntaxError)
  })

  it('refuses the key it keeps for exact numbers, rather than give back something else', () => {
    expect(() => readJson('{"$exactNumber":"5"}')).toThrow(/reserved/)
  })

  it('keeps an exact number through structuredClone, a JSON copy and a JSON Patch copy', () => {
    const project = readJson('{"clips":[{"seed":12345678901234567890}]}')
    const cloned = structuredClone(project)
    const copied: unknown = JSON.parse(JSON.stringify(project))
    const patched = jsonpatch.applyOperation(
      structuredClone(project),
      { op: 'copy', from: '/clips/0', path: '/clips/-' },
      true,
      true
    ).newDocument
    for (const each of [cloned, copied])
      expect(writeJson(each)).toBe('{"clips":[{"seed":12345678901234567890}]}')
    expect(writeJson(patched)).toBe(
      '{"clips":[{"seed":12345678901234567890},{"seed":12345678901234567890}]}'
    )
  })

  it('sorts keys at every depth on request, and drops undefined members as JSON.stringify does', () => {
    const value = { b: [undefined, { d: 1, c: readJson('1.50') }], a: undefined, e: 'x' }
    expect(writeJson(value, true)).toBe('{"b":[null,{"c":1.50,"d":1}],"e":"x"}')
    expect(writeJson(value)).toBe('{"b":[null,{"d":1,"c":1.50}],"e":"x"}')
  })

  it('gives a schema that reads numbers the nearest double', () => {
    expect(plainNumber(readJson('50.0'))).toBe(50)
    expect(plainNumber(readJson('1e400'))).toBe(Infinity)
    expect(plainNumber('50')).toBe('50')
    expect(plainNumber({ other: '1' })).toEqual({ other: '1' })
  })
})
