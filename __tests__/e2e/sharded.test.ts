import { afterEach, describe, expect, it } from '@jest/globals'
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { startAiStudiosSim } from '../../sim/aistudios/server.js'
import { startReleasesApi } from '../../sim/github/releases.js'
import { startResultsService } from '../../sim/github/results.js'
import { simulatedClock } from '../../sim/clock.js'
import { ROOT, type RunOptions } from '../../sim/runner.js'
import { newWorkspace, runAction, runInProcess, visibleLog, type RunResult } from './harness.js'

/*
 * examples/workflows/sharded.yml run as written, job by job: the plan job's dry run, a job per entry of its
 * `matrix` output, then the gather job, each with its step's `with:` block (expressions evaluated; `api-url`
 * aimed at the simulator), against the AI Studios simulator, one results service (the workflow run's
 * artifacts) and the GitHub REST fake (the pull request's comment).
 */

const VIDEOS = Array.from({ length: 12 }, (_, i) => `tour-${String(i + 1).padStart(2, '0')}`)
const PR = 7
const VALUES: Record<string, string> = {
  'secrets.AISTUDIOS_API_KEY': 'sim-api-key',
  'github.head_ref': 'feature-x'
}

type Step = { uses?: string; with?: Record<string, string | boolean> }
const workflow = parseYaml(
  await readFile(path.join(ROOT, 'examples/workflows/sharded.yml'), 'utf8')
) as { jobs: Record<string, { steps: Step[] }> }

/** The inputs of `job`'s step that uses this action, `${{ ... }}` evaluated. */
function inputsOf(job: 'plan' | 'render' | 'report', values: Record<string, string> = {}) {
  const step = workflow.jobs[job].steps.find(s => s.uses?.startsWith('aistudios-render/'))
  const inputs: Record<string, string> = {}
  for (const [name, value] of Object.entries(step?.with ?? {}))
    inputs[name] = String(value).replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, expr: string) => {
      const resolved = { ...VALUES, ...values }[expr]
      if (resolved === undefined) throw new Error(`sharded.yml: no value for ${expr}`)
      return resolved
    })
  return inputs
}

/** The checkout: the example patch and script, and a manifest of 12 videos, each of its own content. */
async function checkout(): Promise<string> {
  const workspace = await newWorkspace()
  await mkdir(path.join(workspace, '.github/videos'), { recursive: true })
  await cp(
    path.join(ROOT, 'examples/product-tour.yaml'),
    path.join(workspace, '.github/videos/product-tour.yaml')
  )
  await cp(path.join(ROOT, 'examples/scripts'), path.join(workspace, '.github/videos/scripts'), {
    recursive: true
  })
  const entries = VIDEOS.map(
    name => `  ${name}:\n    project-id: 65fa6b07dca2e367461a2925\n    vars: { version: ${name} }\n`
  )
  await writeFile(
    path.join(workspace, '.github/videos.yaml'),
    `defaults:\n  patch: .github/videos/product-tour.yaml\nvideos:\n${entries.join('')}`
  )
  return workspace
}

const clock = simulatedClock()
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map(close => close()))
})

async function servers(simOptions: Parameters<typeof startAiStudiosSim>[0]) {
  const sim = await startAiStudiosSim(simOptions)
  const results = await startResultsService({ blob: 'memory' })
  const github = await startReleasesApi({ token: 'ghs_test', repo: 'o/r' })
  closers.push(
    () => sim.close(),
    () => results.close(),
    () => github.close()
  )
  const runner = {
    results,
    releases: github,
    eventName: 'pull_request',
    ref: `refs/pull/${PR}/merge`,
    event: { number: PR, pull_request: { number: PR } }
  }
  const options = (workspace: string, inputs: Record<string, string>): RunOptions => ({
    workspace,
    githubToken: 'ghs_test',
    inputs: { ...inputs, 'api-url': sim.apiUrl },
    env: { GITHUB_WORKFLOW: 'Product videos (sharded)' },
    runner
  })
  return { sim, results, github, options }
}

const ok = (result: RunResult) => ({
  code: result.code,
  log: result.code === 0 ? '' : visibleLog(result)
})

/** The plan job: its `matrix` output's shards. */
async function plan(
  options: (workspace: string, inputs: Record<string, string>) => RunOptions,
  workspace: string,
  onClock: typeof clock | undefined
) {
  const planned = await runInProcess({ ...options(workspace, inputsOf('plan')), clock: onClock })
  expect(ok(planned)).toEqual({ code: 0, log: '' })
  return (JSON.parse(planned.outputs.matrix) as { include: { shard: string }[] }).include.map(
    entry => entry.shard
  )
}

describe('examples/workflows/sharded.yml', () => {
  it('plans, renders each shard, and gathers one comment: every video exported exactly once', async () => {
    const { sim, results, github, options } = await servers({ renderMs: 1000, clock })
    const workspace = await checkout()
    const shards = await plan(options, workspace, clock)
    expect(shards).toEqual(['1/3', '2/3', '3/3'])
    expect(sim.exports).toHaveLength(0)

    const taken: string[] = []
    for (const shard of shards) {
      const job = await runInProcess({
        ...options(workspace, inputsOf('render', { 'matrix.shard': shard })),
        clock
      })
      expect(ok(job)).toEqual({ code: 0, log: '' })
      expect(job.stdout).toMatch(new RegExp(`^Shard ${shard}: \\d+ of 12 videos: `, 'm'))
      expect(job.summary).toContain(`Shard ${shard}: `)
      expect(job.stdout).toContain("leaves the pull request's comment to the gather job")
      taken.push(...Object.keys(JSON.parse(job.outputs.videos) as object))
    }
    expect(taken.sort()).toEqual(VIDEOS)
    expect(github.state.comments).toHaveLength(0)
    expect(sim.exports).toHaveLength(12)
    expect(
      results.artifacts
        .map(a => a.name)
        .filter(name => name.startsWith('tour-'))
        .sort()
    ).toEqual(VIDEOS.map(name => `${name}.mp4`))

    const gather = await runInProcess({ ...options(workspace, inputsOf('report')), clock })
    expect(ok(gather)).toEqual({ code: 0, log: '' })
    expect(gather.stdout).toContain(
      '3 of 3 shards reported, 12 videos: 12 exports (' // seconds of video follow
    )
    expect(gather.stdout).toMatch(/0 from the cache, 0 resumed; 0 failed, 0 skipped\.$/m)
    expect(gather.outputs.exports).toBe('12')
    expect(Object.keys(JSON.parse(gather.outputs.videos) as object)).toEqual(VIDEOS)
    expect(github.state.comments).toHaveLength(1)
    const { body } = github.state.comments[0]
    for (const name of VIDEOS) expect(body).toContain(`<h3>Video ${name}</h3>`)
    expect(body).toContain('12 exports')
    expect(gather.outputs['comment-url']).toMatch(/\/pull\/7#issuecomment-\d+$/)
    expect(sim.exports).toHaveLength(12)
  })

  it('names a missing shard, still comments every video, and fails after reporting', async () => {
    const { sim, github, options } = await servers({ renderMs: 1000, clock })
    const workspace = await checkout()
    const shards = await plan(options, workspace, clock)
    for (const shard of shards.slice(1))
      expect(
        (
          await runInProcess({
            ...options(workspace, inputsOf('render', { 'matrix.shard': shard })),
            clock
          })
        ).code
      ).toBe(0)
    const gather = await runInProcess({ ...options(workspace, inputsOf('report')), clock })
    expect(gather.code).toBe(1)
    expect(gather.stdout).toMatch(/^::error.*Shard 1\/3 stored no results/m)
    expect(gather.stdout).toMatch(/2 of 3 shards reported \(missing: 1\/3\), 12 videos: /)
    const [comment] = github.state.comments
    expect(github.state.comments).toHaveLength(1)
    for (const name of VIDEOS) expect(comment.body).toContain(`<h3>Video ${name}</h3>`)
    expect(comment.body).toContain('its shard 1/3 stored no results')
    expect(sim.exports.length).toBeLessThan(12)
  })

  it('two shards finishing together: both stored, one gather comment with every row', async () => {
    // Spawned: two jobs are two processes (the GitHub clients read each process's own environment).
    const { sim, github, options } = await servers({ renderMs: 200 })
    const workspace = await checkout()
    const shards = await plan(options, workspace, undefined)
    const jobs = await Promise.all(
      shards.map(shard =>
        runAction(options(workspace, inputsOf('render', { 'matrix.shard': shard })))
      )
    )
    for (const job of jobs) expect(ok(job)).toEqual({ code: 0, log: '' })
    expect(sim.exports).toHaveLength(12)
    const gather = await runInProcess({ ...options(workspace, inputsOf('report')), clock })
    expect(ok(gather)).toEqual({ code: 0, log: '' })
    expect(github.state.comments).toHaveLength(1)
    for (const name of VIDEOS) expect(github.state.comments[0].body).toContain(`Video ${name}<`)
  })
})
