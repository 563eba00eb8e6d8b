import { describe, expect, it } from '@jest/globals'
import { productTour } from '../../fixtures/projects.js'
import { failure, plan, where } from './helpers.js'

/** A patch that sets the text of the clip `select` picks in the scene `scene` picks. */
const setText = (scene: string, select: string, text = 'New') =>
  `scenes:\n  - scene: ${scene}\n    clips:\n      - select: ${select}\n        set: { text: "${text}" }\n`

const editedClip = async (scene: string, select: string) => {
  const { changes } = await plan(setText(scene, select), productTour())
  expect(changes).toHaveLength(1)
  const [change] = changes
  if (change.kind !== 'clip') throw new Error(`expected a clip change, got ${change.kind}`)
  return `${change.scene}/${change.clip.id}`
}

describe('scene selectors', () => {
  it.each([
    ['an index', '1', '{ tag: pricing }', '1/textImage-1hgut0p7c4d'],
    [
      'the tag of a clip in it',
      '{ tag: pricing }',
      '{ type: textImage, nth: 1 }',
      '1/textImage-1hgut1x9e5f'
    ],
    [
      'the id of a clip in it',
      '{ id: image-1hgur0eiu11 }',
      '{ tag: title }',
      '0/textImage-1hgus4k2m0a'
    ]
  ])('by %s', async (_name, scene, select, clip) => {
    expect(await editedClip(scene, select)).toBe(clip)
  })

  it('fails on an index past the end, saying how many scenes there are', async () => {
    const error = await failure(() => plan(setText('3', '{ tag: pricing }'), productTour()))
    expect(error.message).toBe(
      'patch.yaml line 2, column 12: scenes[0].scene: scene 3 does not exist: the project has 3 scenes (0 to 2)'
    )
    expect(where(error)).toBe('patch.yaml:2:12')
  })

  it('fails on a tag no clip has, listing the tags scene by scene', async () => {
    const error = await failure(() =>
      plan(setText('{ tag: pricng }', '{ tag: pricing }'), productTour())
    )
    expect(error.message).toBe(
      'patch.yaml line 2, column 12: scenes[0].scene: { tag: "pricng" } matches no clip in the project; tags by scene: 0: presenter, hero-image, title; 1: pricing, price-chart; 2: demo-video'
    )
  })

  it('fails on an id no clip has, listing the ids scene by scene', async () => {
    const error = await failure(() =>
      plan(setText('{ id: nope }', '{ tag: pricing }'), productTour())
    )
    expect(error.message).toContain(
      '{ id: "nope" } matches no clip in the project; ids by scene: 0: aiModel-1h4ij5h8e87, image-1hgur0eiu11, textImage-1hgus4k2m0a; 1: '
    )
  })

  it('fails on a tag found in several scenes', async () => {
    const project = productTour()
    project.scenes[2].clips[1].tag = 'pricing'
    const error = await failure(() =>
      plan(setText('{ tag: pricing }', '{ tag: pricing }'), project)
    )
    expect(error.message).toMatch(
      /scenes\[0\]\.scene: \{ tag: "pricing" \} is on clips in scenes 1, 2: select the scene by its index$/
    )
  })
})

describe('clip selectors', () => {
  it.each([
    ['tag', '{ tag: price-chart }', '1/image-1hgut3c0g6h'],
    ['id', '{ id: textImage-1hgut1x9e5f }', '1/textImage-1hgut1x9e5f'],
    ['type, when the scene has one of it', '{ type: image }', '1/image-1hgut3c0g6h'],
    ['type and nth 0', '{ type: textImage, nth: 0 }', '1/textImage-1hgut0p7c4d'],
    ['type and nth 1', '{ type: textImage, nth: 1 }', '1/textImage-1hgut1x9e5f']
  ])('by %s', async (_name, select, clip) => {
    const project = productTour()
    // Set a field every clip here has, so only the selection decides.
    const { changes } = await plan(
      `scenes:\n  - scene: 1\n    clips:\n      - select: ${select}\n        set: { layer: 9 }\n`,
      project
    )
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({ kind: 'clip', field: 'layer', after: 9 })
    const change = changes[0]
    expect(change.kind === 'clip' && `${change.scene}/${change.clip.id}`).toBe(clip)
  })

  it.each([
    [
      'a tag the scene lacks',
      '{ tag: hero-image }',
      'scenes[0].clips[0].select: { tag: "hero-image" } matches no clip in scene 1, which has tags: pricing, price-chart; ids: aiModel-1h4ij6q2b31, textImage-1hgut0p7c4d, textImage-1hgut1x9e5f, image-1hgut3c0g6h; types: aiModel ×1, textImage ×2, image ×1'
    ],
    [
      'an id the scene lacks',
      '{ id: image-1hgur0eiu11 }',
      'scenes[0].clips[0].select: { id: "image-1hgur0eiu11" } matches no clip in scene 1, which has tags: pricing, price-chart;'
    ],
    [
      'a type the scene lacks',
      '{ type: videoImage }',
      'scenes[0].clips[0].select: { type: "videoImage" } matches no clip in scene 1, which has tags:'
    ],
    [
      'a type with several clips and no nth',
      '{ type: textImage }',
      'scenes[0].clips[0].select: { type: "textImage" } matches 2 clips in scene 1 (textImage-1hgut0p7c4d, textImage-1hgut1x9e5f): add nth: 0 to 1, or select by tag or id'
    ],
    [
      'an nth past the end',
      '{ type: textImage, nth: 2 }',
      'scenes[0].clips[0].select: scene 1 has 2 textImage clips, so nth must be 0 to 1'
    ]
  ])('fails on %s, listing what the scene has', async (_name, select, message) => {
    const error = await failure(() => plan(setText('1', select), productTour()))
    expect(error.message).toContain(`patch.yaml line 4, column 17: ${message}`)
    expect(where(error)).toBe('patch.yaml:4:17')
  })

  it('fails on a tag two clips share, naming both', async () => {
    const project = productTour()
    project.scenes[1].clips[2].tag = 'pricing'
    const error = await failure(() => plan(setText('1', '{ tag: pricing }'), project))
    expect(error.message).toMatch(
      /\{ tag: "pricing" \} matches 2 clips in scene 1 \(textImage-1hgut0p7c4d, textImage-1hgut1x9e5f\): select one by id$/
    )
  })
})
