import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { startAiStudiosSim, type Sim } from '../../sim/aistudios/server.js'
import { simulatedClock } from '../../sim/clock.js'
import { ROOT } from '../../sim/runner.js'
import { newWorkspace, runInProcess, visibleLog } from './harness.js'

/*
 * examples/multi-language/: one project in three languages from one manifest, run with the inputs of
 * examples/multi-language/workflow.yml (api-url pointed at the simulator, `upload: none`: delivery is
 * tested elsewhere), on simulated time.
 */

let sim: Sim
const clock = simulatedClock()
beforeAll(async () => {
  sim = await startAiStudiosSim({ renderMs: 30_000, clock })
})
afterAll(() => sim.close())

async function workflowInputs(): Promise<Record<string, string>> {
  const text = await readFile(path.join(ROOT, 'examples/multi-language/workflow.yml'), 'utf8')
  const workflow = parseYaml(text) as {
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>
  }
  const step = workflow.jobs.render.steps.find(s => s.uses?.startsWith('aistudios-render/'))
  return Object.fromEntries(
    Object.entries(step?.with ?? {}).map(([name, value]) => [
      name,
      String(value).replace('${{ secrets.AISTUDIOS_API_KEY }}', 'sim-api-key')
    ])
  )
}

const read = (file: string): Promise<string> =>
  readFile(path.join(ROOT, 'examples/multi-language', file), 'utf8')

describe('examples/multi-language', () => {
  it("renders one video per language, each with its language's scripts and vars", async () => {
    const workspace = await newWorkspace()
    await cp(
      path.join(ROOT, 'examples/multi-language'),
      path.join(workspace, 'examples/multi-language'),
      { recursive: true }
    )
    const result = await runInProcess({
      workspace,
      clock,
      inputs: { ...(await workflowInputs()), 'api-url': sim.apiUrl, upload: 'none' }
    })
    expect(visibleLog(result)).not.toContain('::error')
    expect(result.code).toBe(0)
    expect(sim.exports).toHaveLength(3)
    const titles = { en: "What's new", de: 'Was ist neu', ja: '新機能' }
    for (const [language, title] of Object.entries(titles)) {
      const sent = sim.exports.find(each => each.body.name === `Product tour (${language})`)
      const scenes = sent?.body.scenes as {
        scripts?: { org: string }[]
        clips: { tag?: string; text?: string }[]
      }[]
      const intro = (await read(`${language}/intro.md`)).trim()
      const pricing = (await read(`${language}/pricing.md`)).trim().replace('{{ price }}', '19')
      expect(scenes[0].scripts?.[0].org).toBe(intro)
      expect(scenes[0].clips.find(clip => clip.tag === 'title')?.text).toBe(title)
      expect(JSON.stringify(scenes)).toContain(JSON.stringify(pricing).slice(1, -1))
    }
    const videos = JSON.parse(result.outputs.videos) as Record<string, { status: string }>
    expect(Object.keys(videos).sort()).toEqual(['tour-de', 'tour-en', 'tour-ja'])
  })
})
