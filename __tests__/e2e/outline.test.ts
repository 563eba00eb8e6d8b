import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { newObjectId } from '../../sim/aistudios/projects.js'
import { runInProcess, visibleLog, type RunResult } from './harness.js'

type Sim = Awaited<ReturnType<typeof startAiStudiosSim>>
let sim: Sim | undefined

afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const cmark = spawnSync('cmark-gfm', ['--version']).status === 0

async function dryRun(s: Sim, projectId: string): Promise<RunResult> {
  const result = await runInProcess({
    inputs: {
      'project-id': projectId,
      'api-key': 'sim-api-key',
      'api-url': s.apiUrl,
      'dry-run': 'true',
      upload: 'none'
    }
  })
  expect(result.code).toBe(0)
  expect(s.exports).toHaveLength(0)
  return result
}

/** The lines of the log group `name`. */
function group(log: string, name: string): string[] {
  const lines = log.split('\n')
  const start = lines.indexOf(`::group::${name}`)
  expect(start).toBeGreaterThanOrEqual(0)
  return lines.slice(start + 1, lines.indexOf('::endgroup::', start))
}

describe('a dry run without a patch shows the outline', () => {
  it('in a log group and as a summary table: every clip with its tag and id, no hint', async () => {
    const s = (sim = await startAiStudiosSim())
    const result = await dryRun(s, SAMPLE_PROJECT_ID)
    const outline = group(visibleLog(result), 'Project outline').join('\n')
    const html = result.summary.slice(result.summary.indexOf('<h3>Outline'))
    for (const scene of s.projects.get(SAMPLE_PROJECT_ID)!.scenes)
      for (const clip of scene.clips) {
        expect(outline).toContain(`id: ${clip.id}`)
        expect(html).toContain(`<td>${clip.id}</td>`)
        if (clip.tag) expect(html).toContain(`<td>${clip.tag}</td>`)
      }
    expect(outline).toContain('| Plans start at 9 dollars a month.')
    expect(result.summary).not.toContain('no tags')
    // The outline comes before what a real run would send.
    expect(result.summary.indexOf('<h3>Outline')).toBeLessThan(result.summary.indexOf('<pre'))
  })

  it('where nothing is tagged, says how to tag a clip and that id and type work meanwhile', async () => {
    const s = (sim = await startAiStudiosSim())
    const id = newObjectId()
    const untagged = structuredClone(s.projects.get(SAMPLE_PROJECT_ID)!)
    for (const scene of untagged.scenes) for (const clip of scene.clips) delete clip.tag
    s.projects.set(id, { ...untagged, _id: id })
    const result = await dryRun(s, id)
    const outline = group(visibleLog(result), 'Project outline')
    expect(outline.at(-1)).toMatch(/no tags yet.*AI Studios editor.*by id .* or by type/)
    expect(result.summary).toMatch(/<p>This project has no tags yet\..*AI Studios editor.*<\/p>/)
  })

  // GitHub renders the summary as Markdown: API text must not break the table or turn into Markdown.
  ;(cmark ? it : it.skip)('renders as one closed table in GitHub Markdown', async () => {
    const s = (sim = await startAiStudiosSim())
    const project = s.projects.get(SAMPLE_PROJECT_ID)!
    project.name = 'Tour *v2* | <b>bold</b>'
    project.scenes[0].scripts![0].org = 'Welcome to **Acme** | Studio.\n\n- not a list\n\n`ticks`'
    const title = project.scenes[0].clips.find(clip => clip.tag === 'title')!
    title.text = '_under_ [link](https://example.com) <script>'
    const result = await dryRun(s, SAMPLE_PROJECT_ID)
    const html = execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink'], {
      input: result.summary,
      encoding: 'utf8'
    })
    expect((html.match(/<table>/g) ?? []).length).toBe(1)
    expect((html.match(/<\/table>/g) ?? []).length).toBe(1)
    expect(html).not.toMatch(/<(em|strong|ul|li|b|script)>|<a href="https:\/\/example/)
    expect(html).not.toMatch(/<td><\/td>/)
    const rows = project.scenes.reduce((n, scene) => n + scene.clips.length + 1, 1)
    expect((html.match(/<tr>/g) ?? []).length).toBe(rows)
  })
})
