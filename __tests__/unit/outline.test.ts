import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ProjectSchema, type Project } from '../../src/aistudios/schema.js'
import { loadPatch, planEdits } from '../../src/patch/index.js'
import { outlineHtml } from '../../src/action/outline-report.js'
import { outlineLines, projectOutline } from '../../src/outline/outline.js'
import { starterPatch } from '../../src/outline/starter.js'
import {
  CONVERSATION_PROJECT_ID,
  LEGACY_PROJECT_ID,
  SAMPLE_PROJECT_ID,
  seedProjects
} from '../../sim/aistudios/projects.js'

const seeds = seedProjects()
const project = (id: string): Project => ProjectSchema.parse(seeds.get(id))

async function planOf(source: Project, yaml: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'outline-'))
  await writeFile(path.join(dir, 'patch.yaml'), yaml)
  const patch = await loadPatch(path.join(dir, 'patch.yaml'), { workspace: dir })
  return planEdits(source, patch, {})
}

describe('the outline', () => {
  it('lists every clip with tag and id, and the speech per avatar', () => {
    const outline = projectOutline(project(CONVERSATION_PROJECT_ID))
    const scripts = outline.scenes.flatMap(scene => scene.scripts)
    expect(scripts.map(script => script.avatar?.tag)).toEqual(
      expect.arrayContaining(['agent', 'customer'])
    )
    const lines = outlineLines(outline).join('\n')
    expect(lines).toContain('aiModel-2a9c4e6g8i0')
  })

  it('reads legacy speech from the avatar clip', () => {
    const outline = projectOutline(project(LEGACY_PROJECT_ID))
    expect(outline.scenes[0].scripts[0].text).toBe('Version 2.4 is out. Here is what changed.')
  })

  it('escapes every summary cell and, when nothing is tagged, says how to tag and what works meanwhile', () => {
    const source = project(SAMPLE_PROJECT_ID)
    for (const scene of source.scenes) for (const clip of scene.clips) clip.tag = undefined
    source.scenes[0].scripts = [{ org: 'a | b <p>\n\n*c*' }]
    const outline = projectOutline(source)
    const html = outlineHtml(outline)
    expect(html).toContain('a &#124; b &lt;p&gt;<br><br>&#42;c&#42;')
    // A blank line would end the HTML block and let Markdown through.
    expect(html).not.toContain('\n\n')
    expect(html).toContain('AI Studios editor')
    expect(html).toContain('by id ({ id: … }) or by type')
    expect(outlineLines(outline).at(-1)).toContain('has no tags yet')
    expect(outlineHtml(projectOutline(project(SAMPLE_PROJECT_ID)))).not.toContain('no tags')
  })
})

describe('the starter patch', () => {
  it.each([SAMPLE_PROJECT_ID, LEGACY_PROJECT_ID, CONVERSATION_PROJECT_ID])(
    'changes nothing on %s, and one edited script is one change',
    async id => {
      const source = project(id)
      const yaml = starterPatch(source, id)
      expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/)
      expect((await planOf(source, yaml)).changes).toEqual([])
    }
  )

  it('keeps a literal {{ in a script', async () => {
    const source = project(SAMPLE_PROJECT_ID)
    source.scenes[0].scripts![0].org = 'Say {{ hello }} and {{'
    const yaml = starterPatch(source, SAMPLE_PROJECT_ID)
    expect((await planOf(source, yaml)).changes).toEqual([])
    const edited = yaml.replace('Say ', 'Now say ')
    const plan = await planOf(source, edited)
    expect(plan.changes).toHaveLength(1)
    expect(plan.changes[0]).toMatchObject({ kind: 'script', after: 'Now say {{ hello }} and {{' })
  })
})
