import { describe, expect, it } from '@jest/globals'
import jsonpatch from 'fast-json-patch'
import { loadPatch } from '../../../src/patch/index.js'
import { failure, load, memoryFiles, where, WORKSPACE } from './helpers.js'

describe('reading the patch file', () => {
  it('keeps the positions of what it loads, relative to the workspace', async () => {
    const patch = await load(
      [
        'name: Renamed',
        'scenes:',
        '  - scene: 1',
        '    script: Hello',
        'ops: [{ op: remove, path: /x }]'
      ].join('\n'),
      { file: 'videos/tour.yaml' }
    )
    expect(patch.file).toBe('videos/tour.yaml')
    expect(patch.name).toMatchObject({ text: 'Renamed', where: 'name', at: { line: 1, column: 7 } })
    expect(patch.scenes[0].scene).toMatchObject({
      ref: 1,
      where: 'scenes[0].scene',
      at: { line: 3, column: 12 }
    })
    expect(patch.scenes[0].script).toMatchObject({ text: 'Hello', at: { line: 4, column: 13 } })
    expect(patch.ops).toEqual([
      {
        op: { op: 'remove', path: '/x' },
        where: 'ops[0]',
        at: { file: 'videos/tour.yaml', line: 5, column: 7 }
      }
    ])
  })

  it('names a patch file that does not exist', async () => {
    const error = await failure(() =>
      loadPatch('missing.yaml', { workspace: WORKSPACE, files: memoryFiles({}) })
    )
    expect(error.message).toBe(
      'missing.yaml: the patch file does not exist: check the path, and that the file is committed'
    )
    expect(error.details.location).toEqual({ file: 'missing.yaml' })
  })

  it('refuses a patch file that is not UTF-8', async () => {
    const files = memoryFiles({
      'p.yaml': new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff])
    })
    const error = await failure(() => loadPatch('p.yaml', { workspace: WORKSPACE, files }))
    expect(error.message).toMatch(/^p\.yaml: the patch file is not valid UTF-8 text/)
  })
})

describe('syntax errors, with line and column', () => {
  it.each([
    [
      'an unclosed list',
      '[\n  { "op": "replace", \n',
      2,
      21,
      /JSON syntax error: expected a property name in double quotes, found the end of the file/
    ],
    [
      'a trailing comma',
      '{\n  "name": "x",\n}',
      3,
      1,
      /JSON syntax error: trailing comma before '}': JSON allows none/
    ],
    [
      'single quotes',
      "{ 'name': 'x' }",
      1,
      3,
      /expected a property name in double quotes, found '''/
    ],
    ['a comment', '{\n  // rename\n  "name": "x"\n}', 2, 3, /found '\/' \(JSON has no comments/],
    ['a missing comma', '{ "name": "x"\n  "scenes": [] }', 2, 3, /expected ',' or '}', found '"'/],
    [
      'a raw line break in a string',
      '{ "name": "a\nb" }',
      1,
      13,
      /line break or control character inside a string/
    ],
    ['a bad escape', '{ "name": "\\x" }', 1, 12, /invalid escape/],
    [
      'text after the value',
      '{ "name": "x" } }',
      1,
      17,
      /unexpected '}' after the end of the JSON value/
    ]
  ])('JSON: %s', async (_name, text, line, column, message) => {
    const error = await failure(() => load(text, { file: 'edit.json' }))
    expect(error.message).toMatch(message)
    expect(error.message).toMatch(new RegExp(`^edit\\.json line ${line}, column ${column}: `))
    expect(where(error)).toBe(`edit.json:${line}:${column}`)
  })

  it.each([
    [
      'a duplicate key',
      'name: a\nname: b\n',
      2,
      1,
      /a key appears twice in the same map: keep one/
    ],
    [
      'bad indentation',
      'scenes:\n  - scene: 0\n     script: x\n',
      2,
      12,
      /YAML syntax error: Nested mappings are not allowed in compact mappings$/
    ],
    ['an unclosed quote', 'name: "x\n', 2, 1, /YAML syntax error: Missing closing "quote/],
    ['two documents', 'name: a\n---\nname: b\n', 2, 1, /several YAML documents/],
    ['a YAML 1.1 tag', 'name: !!binary aGVsbG8=\n', 1, 7, /tags are not supported/]
  ])('YAML: %s', async (_name, text, line, column, message) => {
    const error = await failure(() => load(text))
    expect(error.message).toMatch(message)
    expect(where(error)).toBe(`patch.yaml:${line}:${column}`)
  })

  it('refuses aliases that expand past a bound (a "billion laughs" file), naming the file', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (const name of 'bcdefghi') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1)
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`)
    }
    const error = await failure(() => load(`${levels.join('\n')}\nscenes: *i\n`))
    expect(error.message).toMatch(
      /^patch\.yaml line 1, column 1: its YAML aliases expand to too many values/
    )
    expect(where(error)).toBe('patch.yaml:1:1')
  })

  it('says an empty file is empty', async () => {
    const error = await failure(() => load('# nothing yet\n'))
    expect(error.message).toBe(
      'patch.yaml line 1, column 1: the patch is empty: write a scene-edit document (`scenes:` …) or a JSON Patch array of ops'
    )
  })
})

describe('JSON is told by content, not by the file name', () => {
  it('reads a .yaml file holding JSON as JSON, with JSON rules', async () => {
    const patch = await load('[{ "op": "replace", "path": "/name", "value": "x" }]', {
      file: 'p.yaml'
    })
    expect(patch.ops[0].op).toEqual({ op: 'replace', path: '/name', value: 'x' })
    // YAML would accept this flow map; JSON does not.
    const error = await failure(() => load('{ name: x }', { file: 'p.yaml' }))
    expect(error.message).toMatch(
      /JSON syntax error: expected a property name in double quotes, found 'n'/
    )
  })

  it('reads a .json file holding YAML as YAML', async () => {
    const patch = await load('# a comment\nname: From YAML\n', { file: 'p.json' })
    expect(patch.name?.text).toBe('From YAML')
    const error = await failure(() => load('name: "x\n', { file: 'p.json' }))
    expect(error.message).toMatch(/YAML syntax error/)
  })

  it('reads JSON indented with tabs, with positions', async () => {
    const patch = await load('{\n\t"scenes": [\n\t\t{ "scene": 2, "script": "Hi" }\n\t]\n}', {
      file: 'p.json'
    })
    expect(patch.scenes[0].scene.at).toEqual({ file: 'p.json', line: 3, column: 14 })
  })
})

describe('the shape of the document', () => {
  it.each([
    [
      'an unknown top-level key',
      'scene: 0\n',
      'patch.yaml:1:1',
      "the patch: unknown key 'scene'; allowed keys: $schema, name, scenes, ops"
    ],
    [
      'an unknown key in a scene entry',
      'scenes:\n  - scene: 0\n    scripts: x\n',
      'patch.yaml:3:5',
      "scenes[0]: unknown key 'scripts'; allowed keys: scene, avatar, script, clips"
    ],
    [
      'an unknown key in a selector',
      'scenes:\n  - scene: 0\n    clips:\n      - select: { tags: a }\n        set: { text: b }\n',
      'patch.yaml:4:17',
      "scenes[0].clips[0].select: must be one of { tag: … }, { id: … } or { type: …, nth: … }; it has key 'tags'"
    ],
    [
      'nth without type',
      'scenes:\n  - scene: 0\n    clips:\n      - select: { tag: a, nth: 0 }\n        set: { text: b }\n',
      'patch.yaml:4:27',
      "scenes[0].clips[0].select: unknown key 'nth'; allowed keys: tag"
    ],
    [
      'two selector keys',
      'scenes:\n  - scene: 0\n    clips:\n      - select: { tag: a, id: b }\n        set: { text: b }\n',
      'patch.yaml:4:17',
      "scenes[0].clips[0].select: must be one of { tag: … }, { id: … } or { type: …, nth: … }; it has keys 'tag', 'id'"
    ],
    [
      'a negative nth',
      'scenes:\n  - scene: 0\n    clips:\n      - select: { type: image, nth: -1 }\n        set: { text: b }\n',
      'patch.yaml:4:37',
      'scenes[0].clips[0].select.nth: must be 0 or more'
    ],
    [
      'a scene given by name',
      'scenes:\n  - scene: intro\n    script: x\n',
      'patch.yaml:2:12',
      'scenes[0].scene: must be a scene index (0, 1, …), { tag: … } or { id: … }, not text "intro"'
    ],
    [
      'a missing scene',
      'scenes:\n  - script: x\n',
      'patch.yaml:2:5',
      'scenes[0].scene: is required'
    ],
    [
      'a scene entry that changes nothing',
      'scenes:\n  - scene: 0\n',
      'patch.yaml:2:5',
      'scenes[0]: changes nothing: add `script` or `clips`'
    ],
    [
      'avatar without script',
      'scenes:\n  - scene: 0\n    avatar: { tag: a }\n    clips: [{ select: { tag: b }, set: { text: c } }]\n',
      'patch.yaml:3:13',
      'scenes[0].avatar: `avatar` only says whose `script` this is: add `script` or remove `avatar`'
    ],
    [
      'a script of the wrong type',
      'scenes:\n  - scene: 0\n    script: 42\n',
      'patch.yaml:3:13',
      'scenes[0].script: must be the text itself or { file: path/to/script.md }, not the number 42'
    ],
    [
      'a script map without file',
      'scenes:\n  - scene: 0\n    script: { path: a.md }\n',
      'patch.yaml:3:15',
      "scenes[0].script: unknown key 'path'; allowed keys: file"
    ],
    [
      'text that is not text',
      'scenes:\n  - scene: 0\n    clips:\n      - select: { tag: a }\n        set: { text: 19 }\n',
      'patch.yaml:5:22',
      'scenes[0].clips[0].set.text: must be text, not the number 19'
    ],
    [
      'an empty set',
      'scenes:\n  - scene: 0\n    clips:\n      - select: { tag: a }\n        set: {}\n',
      'patch.yaml:5:14',
      'scenes[0].clips[0].set: sets nothing: name at least one field'
    ],
    [
      'an empty document',
      '{}',
      'patch.yaml:1:1',
      'the patch: changes nothing: add `name`, `scenes` or `ops`'
    ],
    [
      'a scalar document',
      'just text\n',
      'patch.yaml:1:1',
      'the patch is text "just text": write a scene-edit document (a map with `scenes`, `name` or `ops`) or a JSON Patch array of ops'
    ],
    [
      'an unknown op',
      '[{ "op": "replace2", "path": "/a", "value": 1 }]',
      'patch.yaml:1:10',
      'op 0.op: must be one of add, remove, replace, move, copy, test'
    ],
    [
      'an op without value',
      '[{ "op": "add", "path": "/a" }]',
      'patch.yaml:1:2',
      'op 0.value: is required'
    ],
    [
      'an op with an extra key',
      '[{ "op": "remove", "path": "/a", "value": 1 }]',
      'patch.yaml:1:34',
      "op 0: unknown key 'value'; allowed keys: op, path"
    ],
    [
      'a path that is no pointer',
      'ops:\n  - { op: remove, path: scenes/0 }\n',
      'patch.yaml:2:25',
      'ops[0].path: must be a JSON Pointer such as /scenes/0/name (empty or starting with /; write ~ as ~0 and / inside a key as ~1)'
    ],
    [
      'a move without from',
      'ops:\n  - { op: move, path: /a }\n',
      'patch.yaml:2:5',
      'ops[0].from: is required'
    ],
    ['an empty op list', '[]', 'patch.yaml:1:1', 'the patch: must not be empty']
  ])('%s', async (_name, text, location, message) => {
    const error = await failure(() => load(text))
    expect(where(error)).toBe(location)
    const [, line, column] = location.split(':')
    expect(error.message).toBe(`patch.yaml line ${line}, column ${column}: ${message}`)
  })

  it('accepts a $schema key, for editors', async () => {
    const patch = await load('{ "$schema": "../schema/patch.schema.json", "name": "x" }')
    expect(patch.name?.text).toBe('x')
  })
})

describe('prototype keys are refused anywhere', () => {
  it.each([
    [
      'a set key',
      'scenes:\n  - scene: 0\n    clips:\n      - select: { tag: a }\n        set: { __proto__: { polluted: true } }\n',
      'patch.yaml:5:16',
      "scenes[0].clips[0].set.__proto__: the key '__proto__' is refused"
    ],
    [
      'a nested set value',
      'scenes:\n  - scene: 0\n    clips:\n      - select: { tag: a }\n        set:\n          animation: { constructor: { prototype: 1 } }\n',
      'patch.yaml:6:24',
      "scenes[0].clips[0].set.animation.constructor: the key 'constructor' is refused"
    ],
    [
      'an op value',
      '[{ "op": "add", "path": "/a", "value": { "x": { "prototype": 1 } } }]',
      'patch.yaml:1:49',
      "op 0.value.x.prototype: the key 'prototype' is refused"
    ],
    [
      'the top level',
      '{ "__proto__": { "name": "x" } }',
      'patch.yaml:1:3',
      "__proto__: the key '__proto__' is refused"
    ],
    [
      'an op path',
      'ops:\n  - { op: add, path: /brandKit/__proto__/x, value: 1 }\n',
      'patch.yaml:2:22',
      "ops[0].path: '__proto__' is refused in a patch"
    ],
    [
      'an escaped op path',
      '[{ "op": "add", "path": "/a/constructor/prototype", "value": 1 }]',
      'patch.yaml:1:25',
      "op 0.path: 'constructor' is refused in a patch"
    ],
    [
      'an op from',
      '[{ "op": "copy", "from": "/prototype", "path": "/a" }]',
      'patch.yaml:1:26',
      "op 0.from: 'prototype' is refused in a patch"
    ]
  ])('in %s', async (_name, text, location, message) => {
    const error = await failure(() => load(text))
    expect(where(error)).toBe(location)
    expect(error.message).toContain(message)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('fast-json-patch', () => {
  it('loads through the default import, as the engine imports it', () => {
    expect(typeof jsonpatch.applyOperation).toBe('function')
    expect(typeof jsonpatch.JsonPatchError).toBe('function')
    const doc = { a: 1 }
    expect(
      jsonpatch.applyPatch(doc, [{ op: 'replace', path: '/a', value: 2 }]).newDocument
    ).toEqual({ a: 2 })
  })
})
