import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { simulatedClock } from '../../sim/clock.js'
import { newWorkspace, runInProcess } from './harness.js'

type Sim = Awaited<ReturnType<typeof startAiStudiosSim>>
let sim: Sim | undefined

afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const cmark = spawnSync('cmark-gfm', ['--version']).status === 0
if (!cmark)
  console.warn(
    'cmark-gfm is not installed (apt-get install -y cmark-gfm): the rendering test is skipped.'
  )

const PATCH = `name: 'Tour *v2* | <b>bold</b>'
scenes:
  - scene: 0
    script: |
      Welcome to **Acme** | Studio.

      Second paragraph with \`ticks\` and _under_ and [brackets].


      - not a list
`

describe('the job summary of a real run', () => {
  ;(cmark ? it : it.skip)(
    'a two-paragraph script renders as one table in GitHub Markdown',
    async () => {
      const clock = simulatedClock()
      sim = await startAiStudiosSim({ renderMs: 300, clock })
      const workspace = await newWorkspace()
      await writeFile(path.join(workspace, 'edit.yaml'), PATCH)
      const result = await runInProcess({
        clock,
        workspace,
        inputs: {
          'project-id': SAMPLE_PROJECT_ID,
          'api-key': 'sim-api-key',
          'api-url': sim.apiUrl,
          upload: 'none',
          patch: 'edit.yaml'
        }
      })
      expect(result.code).toBe(0)
      expect(result.outputs).toMatchObject({
        'video-duration': '3.000',
        'video-width': '320',
        'video-height': '180'
      })
      // The simulator's sample is 320x180: the requested 1080 does not match.
      expect(result.stdout).toContain(
        '::warning::The video is 320x180 but resolution 1080 asks for 1920x1080'
      )
      // The signed vendor URL stays in the output, not in the summary.
      expect(result.summary).not.toContain(result.outputs['download-url'])
      if (process.env.SUMMARY_DUMP) await writeFile(process.env.SUMMARY_DUMP, result.summary)

      const html = execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink'], {
        input: result.summary,
        encoding: 'utf8'
      })
      const rows = (html.match(/<tr>/g) ?? []).length
      const tables = (html.match(/<table>/g) ?? []).length
      // Two tables: the run's facts and the plan; each one closed, no Markdown let through.
      expect(tables).toBe(2)
      expect((html.match(/<\/table>/g) ?? []).length).toBe(2)
      expect(rows).toBeGreaterThanOrEqual(12)
      expect(html).not.toMatch(/<(em|strong|ul|li|p)>/)
      expect(html).not.toMatch(/<td><\/td>/)
      expect(html.indexOf('<h2>')).toBeLessThan(html.indexOf('<h3>Planned edits</h3>'))
    }
  )
})
