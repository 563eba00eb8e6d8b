import { afterEach, describe, expect, it } from '@jest/globals'
import { cp, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { FIXTURE_MP4, startAiStudiosSim, type Sim } from '../../sim/aistudios/server.js'
import { startReleasesApi } from '../../sim/github/releases.js'
import { startResultsService } from '../../sim/github/results.js'
import { simulatedClock } from '../../sim/clock.js'
import { ROOT } from '../../sim/runner.js'
import { newWorkspace, runInProcess, sha256File, visibleLog } from './harness.js'

/*
 * The README's example workflows, run as written: the step's `with:` block of each file in
 * examples/workflows/ (the README shows these files verbatim) with its expressions evaluated, against the
 * AI Studios simulator and servers speaking GitHub's protocols. The one change: `api-url` points at the
 * simulator. In process, on simulated time (the GitHub clients read process.env, which the run sets).
 */

const SECRETS: Record<string, string> = {
  AISTUDIOS_API_KEY: 'sim-api-key',
  AISTUDIOS_APP_ID: 'sim-app',
  AISTUDIOS_USER_KEY: 'sim-user-key'
}

interface Workflow {
  jobs: Record<
    string,
    { steps: { uses?: string; with?: Record<string, string | number | boolean> }[] }
  >
}

/** The inputs of the step that uses this action, with `${{ ... }}` evaluated from `context`. */
async function exampleInputs(
  file: string,
  context: Record<string, string>,
  job?: string
): Promise<Record<string, string>> {
  const workflow = parseYaml(
    await readFile(path.join(ROOT, 'examples/workflows', file), 'utf8')
  ) as Workflow
  const step = Object.entries(workflow.jobs)
    .filter(([name]) => job === undefined || name === job)
    .flatMap(([, { steps }]) => steps)
    .find(s => s.uses?.startsWith('aistudios-render/aistudios-render@'))
  const inputs: Record<string, string> = {}
  for (const [name, value] of Object.entries(step?.with ?? {})) {
    inputs[name] = String(value).replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, expr: string) => {
      const resolved = expr.startsWith('secrets.')
        ? SECRETS[expr.slice('secrets.'.length)]
        : context[expr]
      if (resolved === undefined)
        throw new Error(`${file}: no value for \${{ ${expr} }} in this test`)
      return resolved
    })
  }
  return inputs
}

/** What `actions/checkout` gives the job: the repository's patch file and its script. */
async function checkout(): Promise<string> {
  const workspace = await newWorkspace()
  await cp(
    path.join(ROOT, 'examples/product-tour.yaml'),
    path.join(workspace, '.github/videos/product-tour.yaml')
  )
  await cp(path.join(ROOT, 'examples/scripts'), path.join(workspace, '.github/videos/scripts'), {
    recursive: true
  })
  await cp(
    path.join(ROOT, 'examples/legacy.yaml'),
    path.join(workspace, '.github/videos/legacy.yaml')
  )
  await cp(path.join(ROOT, 'examples/videos.yaml'), path.join(workspace, '.github/videos.yaml'))
  return workspace
}

const clock = simulatedClock()
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map(close => close()))
})

async function aiStudios(): Promise<Sim> {
  const sim = await startAiStudiosSim({ renderMs: 1000, clock })
  closers.push(() => sim.close())
  return sim
}

describe('the README examples', () => {
  it('render-on-push.yml uploads the MP4 as a raw artifact; a re-run replaces it', async () => {
    const sim = await aiStudios()
    const results = await startResultsService({ blob: 'azurite' })
    closers.push(() => results.close())
    const inputs = await exampleInputs('render-on-push.yml', { 'github.ref_name': 'main' })
    const workspace = await checkout()
    const run = () =>
      runInProcess({
        clock,
        workspace,
        inputs: { ...inputs, 'api-url': sim.apiUrl },
        runner: { results, ref: 'refs/heads/main', eventName: 'push' }
      })

    const first = await run()
    expect({ code: first.code, log: first.code === 0 ? '' : visibleLog(first) }).toEqual({
      code: 0,
      log: ''
    })
    const fixture = await sha256File(FIXTURE_MP4)
    expect(first.outputs['video-sha256']).toBe(fixture)
    expect(first.outputs['artifact-digest']).toBe(fixture)
    expect(first.outputs['artifact-url']).toBe(
      `https://github.com/o/r/actions/runs/4242/artifacts/${first.outputs['artifact-id']}`
    )
    expect(results.artifacts).toHaveLength(1)
    expect(results.artifacts[0]).toMatchObject({
      name: 'product-tour.mp4',
      mimeType: 'video/mp4',
      hash: `sha256:${fixture}`
    })
    expect(
      (await results.readArtifactBytes('product-tour.mp4')).equals(await readFile(FIXTURE_MP4))
    ).toBe(true)
    // The patch was applied: the simulator rendered the edited scenes.
    expect(sim.exports).toHaveLength(1)
    expect(sim.exports[0].route).toBe('create')
    expect(first.summary).toContain(first.outputs['artifact-url'])

    const rerun = await run()
    expect(rerun.code).toBe(0)
    expect(results.artifacts.filter(a => a.name === 'product-tour.mp4')).toHaveLength(1)
  })

  /** The release example as a `release: published` run for `tag`, against a releases API. */
  async function releaseExample(
    tag: string,
    { existing, permissions }: { existing?: string; permissions?: 'write' | 'read' | 'none' } = {}
  ) {
    const sim = await aiStudios()
    const releases = await startReleasesApi({ token: 'ghs_test', repo: 'o/r', permissions })
    closers.push(() => releases.close())
    if (existing) releases.addRelease({ tag: existing })
    const inputs = await exampleInputs('attach-to-release.yml', {
      'github.event.release.tag_name': tag
    })
    const workspace = await checkout()
    const run = () =>
      runInProcess({
        clock,
        workspace,
        githubToken: 'ghs_test',
        inputs: { ...inputs, 'api-url': sim.apiUrl },
        runner: { releases, ref: `refs/tags/${tag}`, eventName: 'release' }
      })
    return { sim, releases, run }
  }

  it('attach-to-release.yml attaches the MP4 to the published release; overwrite leaves one asset', async () => {
    const { releases, run } = await releaseExample('v1.2.0', { existing: 'v1.2.0' })
    const first = await run()
    expect({ code: first.code, log: first.code === 0 ? '' : visibleLog(first) }).toEqual({
      code: 0,
      log: ''
    })
    const [release] = releases.state.releases
    expect(release.assets).toHaveLength(1)
    expect(release.assets[0].name).toBe('product-tour.mp4')
    expect(release.assets[0].bytes?.equals(await readFile(FIXTURE_MP4))).toBe(true)
    expect(first.outputs['release-id']).toBe(String(release.id))
    expect(first.outputs['asset-url']).toMatch(
      /\/o\/r\/releases\/download\/v1\.2\.0\/product-tour\.mp4$/
    )

    const second = await run()
    expect(second.code).toBe(0)
    expect(releases.state.releases[0].assets).toHaveLength(1)
    expect(visibleLog(second)).not.toContain('ghs_test')
  })

  it('attach-to-release.yml fails before any export when the release is missing', async () => {
    const { sim, run } = await releaseExample('v9.9.9')
    const result = await run()
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/::error.*No release with tag v9\.9\.9/)
    expect(sim.exports).toHaveLength(0)
  })

  it('attach-to-release.yml fails before any export when the token cannot see the repository', async () => {
    const { sim, run } = await releaseExample('v1.2.0', { existing: 'v1.2.0', permissions: 'none' })
    const result = await run()
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/::error.*github-token/)
    expect(sim.exports).toHaveLength(0)
  })

  it('preview-on-pull-request.yml shows the plan, comments it on the pull request and exports nothing', async () => {
    const sim = await aiStudios()
    const releases = await startReleasesApi({ token: 'ghs_test', repo: 'o/r' })
    closers.push(() => releases.close())
    const inputs = await exampleInputs('preview-on-pull-request.yml', {})
    const run = async () =>
      runInProcess({
        clock,
        workspace: await checkout(),
        githubToken: 'ghs_test',
        inputs: { ...inputs, 'api-url': sim.apiUrl },
        env: { GITHUB_WORKFLOW: 'Video preview' },
        runner: {
          releases,
          eventName: 'pull_request',
          ref: 'refs/pull/7/merge',
          event: { number: 7, pull_request: { number: 7 } }
        }
      })
    const result = await run()
    expect({ code: result.code, log: result.code === 0 ? '' : visibleLog(result) }).toEqual({
      code: 0,
      log: ''
    })
    expect(sim.exports).toHaveLength(0)
    expect(Number(result.outputs.changes)).toBeGreaterThan(0)
    expect(result.summary).toContain('Planned edits')
    expect(result.summary).toContain('no credits were spent')
    const again = await run()
    expect(releases.state.comments).toHaveLength(1)
    expect(releases.state.comments[0].body).toContain('Planned edits')
    expect(again.outputs['comment-url']).toBe(result.outputs['comment-url'])
    expect(result.outputs['comment-url']).toMatch(
      /^https:\/\/github\.com\/o\/r\/pull\/7#issuecomment-\d+$/
    )
  })

  it('render-manifest.yml renders every video of the manifest in one step, an artifact each', async () => {
    const sim = await aiStudios()
    const results = await startResultsService()
    closers.push(() => results.close())
    const inputs = await exampleInputs('render-manifest.yml', { 'github.ref_name': 'main' })
    const result = await runInProcess({
      clock,
      workspace: await checkout(),
      inputs: { ...inputs, 'api-url': sim.apiUrl },
      runner: { results, ref: 'refs/heads/main', eventName: 'push' }
    })
    expect({ code: result.code, log: result.code === 0 ? '' : visibleLog(result) }).toEqual({
      code: 0,
      log: ''
    })
    expect(sim.exports).toHaveLength(3)
    expect(results.artifacts.map(a => a.name).sort()).toEqual([
      'onboarding.mp4',
      'tour-1080.mp4',
      'tour-720.mp4'
    ])
    const videos = JSON.parse(result.outputs.videos) as Record<string, { 'artifact-url': string }>
    expect(Object.keys(videos)).toEqual(['tour-1080', 'tour-720', 'onboarding'])
    for (const video of Object.values(videos))
      expect(result.summary).toContain(video['artifact-url'])
  })
})
