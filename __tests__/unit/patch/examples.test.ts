import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { ProjectSchema } from '../../../src/aistudios/schema.js'
import { loadPatch, planEdits, type Plan } from '../../../src/patch/index.js'
import {
  LEGACY_PROJECT_ID,
  SAMPLE_PROJECT_ID,
  seedProjects
} from '../../../sim/aistudios/projects.js'
import { productTour, releaseNotes } from '../../fixtures/projects.js'

/*
 * The shipped examples, read from disk as a run reads them, planned against the test fixtures and against
 * the simulator's seed projects (the demo and the e2e tests render those).
 */
const CONTEXT = { version: '2.5.0', 'github.short_sha': '0123abc', 'github.ref_name': 'v2.5.0' }
const workspace = path.resolve('.')
const seeds = seedProjects()
const seed = (id: string) => ProjectSchema.parse(seeds.get(id))

async function planExample(file: string, project: ReturnType<typeof productTour>): Promise<Plan> {
  return planEdits(project, await loadPatch(file, { workspace }), CONTEXT)
}

describe.each([
  ['fixture', productTour(), releaseNotes()],
  ['simulator seed', seed(SAMPLE_PROJECT_ID), seed(LEGACY_PROJECT_ID)]
])('examples against the %s projects', (_name, tour, legacy) => {
  it('product-tour.yaml changes a script from a file, an image and texts', async () => {
    const result = await planExample('examples/product-tour.yaml', tour)
    expect(result.project.name).toBe('Product tour 2.5.0')
    const [intro, pricing] = result.project.scenes
    expect(intro.scripts?.[0].org).toBe(
      'Welcome to Acme Studio 2.5.0.\nHere is what is new in this release.'
    )
    expect(intro.clips[1].source_url).toBe('https://cdn.example.com/tour/hero-2026.png')
    expect(intro.clips[2].text).toBe("What's new in 2.5.0")
    expect(pricing.scripts?.[0].org).toBe(
      'Plans now start at nineteen dollars a month,\nand version 2.5.0 adds unlimited exports to every plan.'
    )
    expect(pricing.clips.map(clip => clip.text)).toEqual([
      undefined,
      'From $19 / month',
      'Cancel anytime',
      undefined
    ])
    expect(result.changes.map(change => change.kind)).toEqual([
      'name',
      'script',
      'clip',
      'clip',
      'script',
      'clip',
      'clip'
    ])
  })

  it('legacy.yaml edits the speech on the avatar clips', async () => {
    const result = await planExample('examples/legacy.yaml', legacy)
    const [first, second] = result.project.scenes
    expect(first.clips[0].script).toMatchObject({
      org: 'Version 2.5.0 is out. Here is what changed.'
    })
    expect(first.clips[1].text).toBe('v2.5.0')
    expect(second.clips[0].script).toMatchObject({
      org: 'Exports are now three times as fast.\nThis video was made from commit 0123abc.'
    })
    expect(first.scripts).toBeUndefined()
    expect(result.changes).toHaveLength(4)
  })

  it('ops.json applies raw RFC 6902 ops', async () => {
    const result = await planExample('examples/ops.json', tour)
    expect(result.project).toMatchObject({
      name: 'Product tour (portrait, 0123abc)',
      orientation: 'portrait'
    })
    expect(result.project.scenes[2].scripts?.[0].org).toBe('Here is the dashboard, in portrait.')
    expect(result.changes).toHaveLength(3)
  })
})
