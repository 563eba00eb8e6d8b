import { describe, expect, it } from '@jest/globals'
import { productTour } from '../../fixtures/projects.js'
import { failure, plan, where } from './helpers.js'

/** Sets `fields` (a YAML flow map) on the clip `select` picks in scene 0. */
const set = (select: string, fields: string) =>
  `scenes:\n  - scene: 0\n    clips:\n      - select: ${select}\n        set: ${fields}\n`

describe('set', () => {
  it('replaces a field the clip has, guarded by a test op', async () => {
    const result = await plan(
      set('{ tag: title }', '{ fontSize: 60, customData: { source: manual } }'),
      productTour()
    )
    expect(result.ops).toEqual([
      { op: 'test', path: '/scenes/0/clips/2/fontSize', value: 48 },
      { op: 'replace', path: '/scenes/0/clips/2/fontSize', value: 60 },
      {
        op: 'test',
        path: '/scenes/0/clips/2/customData',
        value: { source: 'brand-kit', locked: ['fontFamily'] }
      },
      { op: 'replace', path: '/scenes/0/clips/2/customData', value: { source: 'manual' } }
    ])
    expect(result.changes[0]).toEqual({
      kind: 'clip',
      scene: 0,
      clip: { index: 2, id: 'textImage-1hgus4k2m0a', type: 'textImage', tag: 'title' },
      field: 'fontSize',
      path: '/scenes/0/clips/2/fontSize',
      before: 48,
      after: 60
    })
  })

  it('adds a documented field the clip lacks, with no before value', async () => {
    const result = await plan(set('{ tag: title }', '{ fontStyle: italic }'), productTour())
    expect(result.ops).toEqual([
      { op: 'add', path: '/scenes/0/clips/2/fontStyle', value: 'italic' }
    ])
    expect(result.changes[0]).not.toHaveProperty('before')
    expect(result.project.scenes[0].clips[2].fontStyle).toBe('italic')
  })

  it('accepts any value for a field that is null now', async () => {
    const result = await plan(set('{ tag: presenter }', '{ headOnly: true }'), productTour())
    expect(result.project.scenes[0].clips[0].headOnly).toBe(true)
  })

  it('sets an https URL', async () => {
    const result = await plan(
      set('{ tag: hero-image }', '{ source_url: "https://cdn.example.com/a.png" }'),
      productTour()
    )
    expect(result.project.scenes[0].clips[1].source_url).toBe('https://cdn.example.com/a.png')
  })

  it.each([
    [
      'an http URL',
      '{ tag: hero-image }',
      '{ source_url: "http://cdn.example.com/a.png" }',
      '5:28',
      'scenes[0].clips[0].set.source_url: must be a public https:// URL (AI Studios downloads it when it renders), not text "http://cdn.example.com/a.png"'
    ],
    [
      'a relative URL',
      '{ tag: hero-image }',
      '{ source_url: /images/a.png }',
      '5:28',
      'must be a public https:// URL'
    ],
    [
      'a video URL that is no URL',
      '{ tag: hero-image }',
      '{ video_url: 42 }',
      '5:27',
      'scenes[0].clips[0].set.video_url: must be text, not the number 42'
    ],
    [
      'a value of another kind',
      '{ tag: title }',
      '{ fontSize: "60" }',
      '5:26',
      'scenes[0].clips[0].set.fontSize: must be a number, like the clip\'s current value 48, not text "60"'
    ],
    [
      'a misspelt field',
      '{ tag: hero-image }',
      '{ sourceUrl: "https://a.b/c.png" }',
      '5:16',
      "scenes[0].clips[0].set.sourceUrl: clip image-1hgur0eiu11 has no field 'sourceUrl': set one it has, or one AI Studios documents for image clips: source_url, animation, layer, left, top, width, height, scaleX, scaleY, angle, opacity, tag, name, fill"
    ],
    [
      'a field of another clip type',
      '{ tag: hero-image }',
      '{ text: Hello }',
      '5:16',
      "clip image-1hgur0eiu11 has no field 'text'"
    ],
    [
      'the speech, which belongs to the scene entry',
      '{ tag: presenter }',
      '{ script: { org: Hi } }',
      '5:16',
      "scenes[0].clips[0].set.script: set the avatar's speech with `script:` on the scene entry"
    ]
  ])('refuses %s', async (_name, select, fields, location, message) => {
    const error = await failure(() => plan(set(select, fields), productTour()))
    expect(where(error)).toBe(`patch.yaml:${location}`)
    expect(error.message).toContain(message)
  })

  it('makes no change for a value the clip already has', async () => {
    const result = await plan(
      set('{ tag: title }', '{ text: Meet Acme Studio, fontSize: 50 }'),
      productTour()
    )
    expect(result.changes.map(change => change.kind === 'clip' && change.field)).toEqual([
      'fontSize'
    ])
  })

  it('refuses to set one field twice', async () => {
    const error = await failure(() =>
      plan(
        'scenes:\n  - scene: 0\n    clips:\n      - select: { tag: title }\n        set: { text: a }\n      - select: { type: textImage }\n        set: { text: b }\n',
        productTour()
      )
    )
    expect(error.message).toBe(
      'patch.yaml line 7, column 22: scenes[0].clips[1].set.text: changes /scenes/0/clips/2/text again, after scenes[0].clips[0].set.text (line 5): keep one of the two edits'
    )
  })
})
