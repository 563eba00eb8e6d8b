import { describe, expect, it } from '@jest/globals'
import { productTour } from '../../fixtures/projects.js'
import { failure, plan, where } from './helpers.js'

const json = (ops: object[]) => JSON.stringify(ops)

describe('a JSON Patch document', () => {
  it('applies its ops to a copy and reports each as a change (test ops are guards, not changes)', async () => {
    const project = productTour()
    const original = structuredClone(project)
    const result = await plan(
      json([
        { op: 'test', path: '/name', value: 'Product tour' },
        { op: 'replace', path: '/name', value: 'Product tour v2' },
        { op: 'replace', path: '/scenes/0/scripts/0/org', value: 'Hello from CI.' },
        { op: 'remove', path: '/brandKit/colors/1' },
        { op: 'add', path: '/scenes/1/clips/1/fontWeight', value: 'bold' },
        { op: 'copy', from: '/scenes/0/transition', path: '/scenes/2/transition' },
        { op: 'move', from: '/state', path: '/previousState' }
      ]),
      project,
      { file: 'edit.json' }
    )
    expect(project).toEqual(original)
    const expected = structuredClone(original)
    expected.name = 'Product tour v2'
    const [scene0, scene1, scene2] = expected.scenes
    if (scene0.scripts) scene0.scripts[0].org = 'Hello from CI.'
    expected.brandKit = { id: 'bk-7f3a', colors: ['#1a1a2e'] }
    scene1.clips[1].fontWeight = 'bold'
    scene2.transition = { type: 'fade', duration: 0.5 }
    delete expected.state
    expected.previousState = 'draft'
    expect(result.project).toEqual(expected)
    expect(result.changes).toEqual([
      {
        kind: 'op',
        name: 'op 1',
        op: 'replace',
        path: '/name',
        before: 'Product tour',
        after: 'Product tour v2'
      },
      {
        kind: 'op',
        name: 'op 2',
        op: 'replace',
        path: '/scenes/0/scripts/0/org',
        scene: 0,
        before: '<p>Welcome to the product tour.</p>',
        after: 'Hello from CI.'
      },
      { kind: 'op', name: 'op 3', op: 'remove', path: '/brandKit/colors/1', before: '#e94560' },
      {
        kind: 'op',
        name: 'op 4',
        op: 'add',
        path: '/scenes/1/clips/1/fontWeight',
        scene: 1,
        after: 'bold'
      },
      {
        kind: 'op',
        name: 'op 5',
        op: 'copy',
        from: '/scenes/0/transition',
        path: '/scenes/2/transition',
        scene: 2,
        after: { type: 'fade', duration: 0.5 }
      },
      {
        kind: 'op',
        name: 'op 6',
        op: 'move',
        from: '/state',
        path: '/previousState',
        after: 'draft'
      }
    ])
    expect(result.ops).toHaveLength(7)
  })

  it('keeps the op values apart from the patched project', async () => {
    const result = await plan(
      json([{ op: 'add', path: '/extra', value: { list: [1] } }]),
      productTour()
    )
    const [op] = result.ops
    if (op.op !== 'add') throw new Error('expected the add op')
    expect(result.project.extra).toEqual(op.value)
    expect(result.project.extra).not.toBe(op.value)
  })

  it('does not call an insertion into a list a replacement', async () => {
    const result = await plan(
      json([
        { op: 'add', path: '/brandKit/colors/0', value: '#000000' },
        { op: 'add', path: '/brandKit/colors/-', value: '#ffffff' }
      ]),
      productTour()
    )
    expect(result.changes).toEqual([
      { kind: 'op', name: 'op 0', op: 'add', path: '/brandKit/colors/0', after: '#000000' },
      { kind: 'op', name: 'op 1', op: 'add', path: '/brandKit/colors/-', after: '#ffffff' }
    ])
    expect(result.project.brandKit).toEqual({
      id: 'bk-7f3a',
      colors: ['#000000', '#1a1a2e', '#e94560', '#ffffff']
    })
  })
})

describe('a raw op that fails', () => {
  it.each([
    [
      'a scene that does not exist',
      { op: 'replace', path: '/scenes/9/scripts/0/org', value: 'x' },
      'replace /scenes/9/scripts/0/org) failed: /scenes/9 does not exist: /scenes has 3 items (0 to 2)'
    ],
    [
      'a key that does not exist',
      { op: 'remove', path: '/brandKit/logo' },
      'remove /brandKit/logo) failed: /brandKit/logo does not exist: /brandKit has keys id, colors'
    ],
    [
      'a path through text',
      { op: 'add', path: '/name/first', value: 'x' },
      'add /name/first) failed: /name/first does not exist: /name is "ok", not a map or a list'
    ],
    [
      'a parent that does not exist',
      { op: 'add', path: '/settings/resolution', value: '720' },
      'add /settings/resolution) failed: /settings does not exist: the project has keys _id, name, orientation, scenes, userId, templateId, state, thumbnailUrl, baseInfoId, dictionary, backendTaskId, exportType, progress, creditSubstracted, createdAt, updatedAt, download_url, brandKit'
    ],
    [
      'an index past the end of a list',
      { op: 'add', path: '/scenes/5', value: {} },
      'add /scenes/5) failed: /scenes/5 does not exist: /scenes has 3 items (0 to 2)'
    ],
    [
      'a from that does not exist',
      { op: 'copy', from: '/scenes/0/nothing', path: '/x' },
      'copy /x) failed: /scenes/0/nothing does not exist: /scenes/0 has keys scripts, clips, sceneIdx, watermark, thumbnailUrl, background, transition'
    ],
    [
      'a failed test',
      { op: 'test', path: '/orientation', value: 'portrait' },
      'test /orientation) failed: /orientation is "landscape", not "portrait": the project changed since the patch was written'
    ]
  ])(
    'names the op, its index and path, and what is there instead: %s',
    async (_name, bad, message) => {
      const error = await failure(() =>
        plan(
          `[\n  { "op": "replace", "path": "/name", "value": "ok" },\n  ${JSON.stringify(bad)}\n]`,
          productTour(),
          {
            file: 'edit.json'
          }
        )
      )
      expect(error.message).toBe(`edit.json line 3, column 3: op 1 (${message}`)
      expect(where(error)).toBe('edit.json:3:3')
    }
  )

  it('is located at the op under `ops` in a scene-edit document, after the scene edits', async () => {
    const error = await failure(() =>
      plan(
        'scenes:\n  - scene: 0\n    script: New.\nops:\n  - { op: add, path: /a, value: 1 }\n  - { op: test, path: /scenes/0/scripts/0/org, value: Old. }\n',
        productTour()
      )
    )
    expect(error.message).toBe(
      'patch.yaml line 6, column 5: ops[1] (test /scenes/0/scripts/0/org) failed: /scenes/0/scripts/0/org is "New.", not "Old.": the project changed since the patch was written'
    )
  })

  it('refuses ops that leave the project malformed', async () => {
    const error = await failure(() =>
      plan(json([{ op: 'remove', path: '/scenes/0/clips' }]), productTour(), { file: 'edit.json' })
    )
    expect(error.message).toMatch(
      /^edit\.json: the patched project is no longer a valid AI Studios project: \/scenes\/0\/clips invalid input: expected array, received undefined; fix the ops$/
    )
  })
})

describe('scene edits and raw ops together', () => {
  it('applies the compiled ops first, so raw ops have the last word', async () => {
    const result = await plan(
      'scenes:\n  - scene: 0\n    clips:\n      - select: { tag: title }\n        set: { text: From the scene edit }\nops:\n  - { op: replace, path: /scenes/0/clips/2/text, value: From the raw op }\n',
      productTour()
    )
    expect(result.project.scenes[0].clips[2].text).toBe('From the raw op')
    expect(result.ops.map(op => op.op)).toEqual(['test', 'replace', 'replace'])
    expect(result.changes.map(change => change.kind)).toEqual(['clip', 'op'])
  })

  it('leaves every field it does not edit untouched, unknown ones included', async () => {
    const project = productTour()
    const result = await plan(
      'name: Renamed\nscenes:\n  - scene: 0\n    script: Hi.\n    clips:\n      - select: { tag: title }\n        set: { text: New title }\n',
      project
    )
    const expected = structuredClone(project)
    expected.name = 'Renamed'
    const [scene] = expected.scenes
    if (scene.scripts) scene.scripts[0].org = 'Hi.'
    scene.clips[2].text = 'New title'
    expect(result.project).toEqual(expected)
    expect(result.project.brandKit).toEqual({ id: 'bk-7f3a', colors: ['#1a1a2e', '#e94560'] })
    expect(result.project.scenes[0].transition).toEqual({ type: 'fade', duration: 0.5 })
    expect(result.project.scenes[0].clips[2].customData).toEqual({
      source: 'brand-kit',
      locked: ['fontFamily']
    })
    expect(project.name).toBe('Product tour')
  })
})
