import { describe, expect, it } from '@jest/globals'
import { planJson, planLines, planTable, type Plan } from '../../../src/patch/index.js'
import { productTour } from '../../fixtures/projects.js'
import { plan } from './helpers.js'

const PATCH = [
  'name: Tour {{ version }}',
  'scenes:',
  '  - scene: 2',
  '    clips:',
  '      - select: { tag: demo-video }',
  '        set: { volume: 80 }',
  '  - scene: 0',
  '    script: |',
  '      Welcome to {{ version }}.',
  '      Two lines.',
  '    clips:',
  '      - select: { tag: title }',
  '        set: { fontStyle: italic }',
  'ops:',
  '  - { op: replace, path: /orientation, value: portrait }',
  '  - { op: test, path: /orientation, value: portrait }',
  '  - { op: move, from: /state, path: /scenes/1/state }'
].join('\n')

describe('the plan in words', () => {
  let result: Plan
  const planned = async () => (result ??= await plan(PATCH, productTour()))

  it('planLines: the rename, then scene by scene with -/+ scripts and counts, then raw ops', async () => {
    expect(planLines(await planned())).toEqual([
      'Project name: "Product tour" → "Tour 1.4.0"',
      'Scene 0:',
      '  script of aiModel "presenter" (aiModel-1h4ij5h8e87): 28 → 28 characters',
      '    - <p>Welcome to the product tour.</p>',
      '    + Welcome to 1.4.0.',
      '    + Two lines.',
      '  textImage "title" (textImage-1hgus4k2m0a) fontStyle: (absent) → "italic"',
      'Scene 2:',
      '  videoImage "demo-video" (videoImage-1hguqu268jj) volume: 100 → 80',
      'Raw ops:',
      '  ops[0] replace /orientation: "landscape" → "portrait"',
      '  ops[2] move /state → /scenes/1/state: (absent) → "draft"',
      '6 changes.'
    ])
  })

  it('planLines: says when nothing changes', () => {
    const empty: Plan = { project: productTour(), ops: [], changes: [] }
    expect(planLines(empty)).toEqual(['No changes: the project already matches the patch.'])
  })

  it('planTable: a header and one row per change, in patch order', async () => {
    expect(planTable(await planned())).toEqual([
      ['Scene', 'What', 'Before', 'After', 'Characters'],
      ['', 'project name', 'Product tour', 'Tour 1.4.0', ''],
      ['2', 'videoImage "demo-video" (videoImage-1hguqu268jj) volume', '100', '80', ''],
      [
        '0',
        'script of aiModel "presenter" (aiModel-1h4ij5h8e87)',
        '<p>Welcome to the product tour.</p>',
        'Welcome to 1.4.0.\nTwo lines.',
        '28 → 28'
      ],
      ['0', 'textImage "title" (textImage-1hgus4k2m0a) fontStyle', '(absent)', 'italic', ''],
      ['', 'ops[0] replace /orientation', 'landscape', 'portrait', ''],
      ['1', 'ops[2] move /state → /scenes/1/state', '(absent)', 'draft', '']
    ])
  })

  it('planJson: the changes only, as compact JSON', async () => {
    const text = planJson(await planned())
    expect(text).not.toContain('\n')
    expect(text).not.toContain('brandKit')
    const changes: unknown = JSON.parse(text)
    expect(changes).toEqual(result.changes)
    expect(changes).toHaveLength(6)
    expect(result.changes[2]).toEqual({
      kind: 'script',
      scene: 0,
      avatar: { index: 0, id: 'aiModel-1h4ij5h8e87', type: 'aiModel', tag: 'presenter' },
      paths: ['/scenes/0/scripts/0/org'],
      before: '<p>Welcome to the product tour.</p>',
      after: 'Welcome to 1.4.0.\nTwo lines.',
      charsBefore: 28,
      charsAfter: 28
    })
  })
})
