import { describe, expect, it } from '@jest/globals'
import { fillText, PlaceholderError } from '../../../src/patch/placeholders.js'
import { productTour } from '../../fixtures/projects.js'
import { failure, plan, where } from './helpers.js'

const context = {
  version: '1.4.0',
  'github.sha': 'abc123',
  'github.ref_name': 'main',
  'my-var': 'x'
}

describe('fillText', () => {
  it.each([
    ['a name', 'v{{version}}', 'v1.4.0'],
    ['spaces inside the braces', 'v{{   version }}!', 'v1.4.0!'],
    [
      'a dotted name',
      'Built from {{ github.sha }} on {{ github.ref_name }}',
      'Built from abc123 on main'
    ],
    ['a dashed name', '{{ my-var }}', 'x'],
    ['the same name twice', '{{version}}/{{version}}', '1.4.0/1.4.0'],
    [
      'the escape for a literal {{',
      "Write {{ '{{' }} name }} to insert a value",
      'Write {{ name }} to insert a value'
    ],
    ['any quoted literal', "{{ '}}' }}", '}}'],
    ['a lone }}', 'a }} b', 'a }} b'],
    ['no placeholder', 'plain text', 'plain text']
  ])('fills %s', (_name, text, filled) => {
    expect(fillText(text, context)).toBe(filled)
  })

  it('does not fill values again (no injection)', () => {
    expect(fillText('{{ a }}', { a: '{{ b }}', b: 'no' })).toBe('{{ b }}')
  })

  it.each([
    [
      'an unknown name',
      'v{{ versoin }}',
      1,
      "unknown placeholder {{ versoin }}: known names: github.ref_name, github.sha, my-var, version; give 'versoin' a value in `vars`"
    ],
    [
      'a prototype name',
      '{{ constructor }}',
      0,
      'unknown placeholder {{ constructor }}: known names:'
    ],
    [
      'an unclosed placeholder',
      'a {{ version',
      2,
      "'{{' starts no placeholder: write {{ name }}, or {{ '{{' }} for a literal '{{'"
    ],
    ['a name with spaces', '{{ two words }}', 0, "'{{' starts no placeholder"],
    ['triple braces', '{{{ version }}}', 0, "'{{' starts no placeholder"]
  ])('refuses %s, with its offset', (_name, text, offset, message) => {
    let thrown: unknown
    try {
      fillText(text, context)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(PlaceholderError)
    expect((thrown as PlaceholderError).offset).toBe(offset)
    expect((thrown as PlaceholderError).message).toContain(message)
  })

  it('says when no values are defined at all', () => {
    expect(() => fillText('{{ version }}', {})).toThrow(
      "unknown placeholder {{ version }}: no values are defined: give 'version' a value in `vars`"
    )
  })
})

describe('placeholders in a patch', () => {
  it('fills the name, scripts, set values and raw op values', async () => {
    const result = await plan(
      [
        'name: "Tour {{ version }}"',
        'scenes:',
        '  - scene: 0',
        '    script: "Version {{ version }}."',
        '    clips:',
        '      - select: { tag: hero-image }',
        '        set: { source_url: "https://cdn.example.com/{{ github.sha }}/hero.png" }',
        '      - select: { tag: title }',
        '        set: { text: "{{ \'{{\' }}literal}}" }',
        'ops:',
        '  - { op: add, path: /brandKit/release, value: { tag: "{{ github.ref_name }}", list: ["{{ version }}"] } }'
      ].join('\n'),
      productTour()
    )
    expect(result.project.name).toBe('Tour 1.4.0')
    expect(result.project.scenes[0].scripts?.[0].org).toBe('Version 1.4.0.')
    expect(result.project.scenes[0].clips[1].source_url).toBe(
      'https://cdn.example.com/0123456789abcdef/hero.png'
    )
    expect(result.project.scenes[0].clips[2].text).toBe('{{literal}}')
    expect(result.project.brandKit).toEqual({
      id: 'bk-7f3a',
      colors: ['#1a1a2e', '#e94560'],
      release: { tag: 'v1.4.0', list: ['1.4.0'] }
    })
    expect(JSON.stringify(result.ops)).not.toContain('{{ ')
  })

  it('leaves selectors as written: they match, they are never shown', async () => {
    const error = await failure(() =>
      plan('scenes:\n  - scene: { tag: "{{ version }}" }\n    script: x\n', productTour())
    )
    expect(error.message).toContain('{ tag: "{{ version }}" } matches no clip')
  })

  it.each([
    [
      'the name',
      'name: "Tour {{ nope }}"\n',
      'patch.yaml:1:7',
      'name: unknown placeholder {{ nope }}'
    ],
    [
      'a script',
      'scenes:\n  - scene: 0\n    script: |\n      Hi {{ nope }}\n',
      'patch.yaml:3:13',
      'scenes[0].script: unknown placeholder {{ nope }}'
    ],
    [
      'a set value',
      'scenes:\n  - scene: 0\n    clips:\n      - select: { tag: title }\n        set:\n          text: "{{ nope }}"\n',
      'patch.yaml:6:17',
      'scenes[0].clips[0].set.text: unknown placeholder {{ nope }}'
    ],
    [
      'a raw op value',
      '[{ "op": "replace", "path": "/name", "value": ["{{ nope }}"] }]',
      'patch.yaml:1:47',
      'op 0.value: unknown placeholder {{ nope }}'
    ],
    ['a malformed one', 'name: "{{ oops"\n', 'patch.yaml:1:7', "name: '{{' starts no placeholder"]
  ])(
    'fails on an unknown placeholder in %s, located, listing the known names',
    async (_name, text, location, message) => {
      const error = await failure(() => plan(text, productTour()))
      expect(where(error)).toBe(location)
      expect(error.message).toContain(message)
    }
  )

  it('lists the known names in the error', async () => {
    const error = await failure(() =>
      plan('name: "{{ nope }}"\n', productTour(), { context: { b: '1', a: '2' } })
    )
    expect(error.message).toBe(
      "patch.yaml line 1, column 7: name: unknown placeholder {{ nope }}: known names: a, b; give 'nope' a value in `vars`"
    )
  })

  it('refuses a name that is empty once filled', async () => {
    const error = await failure(() =>
      plan('name: "{{ blank }}"\n', productTour(), { context: { blank: ' ' } })
    )
    expect(error.message).toBe(
      'patch.yaml line 1, column 7: name: is empty once its placeholders are filled'
    )
  })
})
