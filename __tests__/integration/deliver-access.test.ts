// A token that may read but not write: the whole run, in process on simulated time, fails before the export.
import { afterEach, expect, it } from '@jest/globals'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { simulatedClock } from '../../sim/clock.js'
import { startReleasesApi } from '../../sim/github/releases.js'
import { runtimeToken, startResultsService } from '../../sim/github/results.js'
import { errorAnnotations, runInProcess, visibleLog } from '../e2e/harness.js'

const closers: Array<() => Promise<void>> = []

afterEach(async () => {
  await Promise.all(closers.splice(0).map(close => close()))
})

async function aiStudios() {
  const clock = simulatedClock()
  const sim = await startAiStudiosSim({ renderMs: 1500, clock })
  closers.push(() => sim.close())
  const inputs = {
    'project-id': SAMPLE_PROJECT_ID,
    'api-key': 'sim-api-key',
    'api-url': sim.apiUrl,
    cache: 'false'
  }
  return { sim, clock, inputs }
}

it('upload: release with a read-only token (contents: read) exports nothing and says what to add', async () => {
  const { sim, clock, inputs } = await aiStudios()
  const releases = await startReleasesApi({ token: 'ghs_test', permissions: 'read' })
  closers.push(() => releases.close())
  const release = releases.addRelease({ tag: 'v1.0.0' })
  const before = structuredClone(release)

  const result = await runInProcess({
    clock,
    githubToken: 'ghs_test',
    inputs: { ...inputs, upload: 'release', 'release-tag': 'v1.0.0' },
    runner: { releases }
  })

  expect(result.code).toBe(1)
  expect(sim.exports).toHaveLength(0)
  const errors = errorAnnotations(result)
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(
    /^::error[^:]*::The github-token may not upload to release v1\.0\.0 in o\/r \(403 .*`permissions: \{ contents: write \}`/
  )
  expect(releases.requests.filter(r => r.route === 'upload')).toHaveLength(0)
  expect(release).toEqual(before)
  expect(visibleLog(result)).not.toContain('ghs_test')
})

it('upload: release with a writable token proves it and goes on to export and upload', async () => {
  const { sim, clock, inputs } = await aiStudios()
  const releases = await startReleasesApi({ token: 'ghs_test' })
  closers.push(() => releases.close())
  const release = releases.addRelease({ tag: 'v1.0.0' })

  const result = await runInProcess({
    clock,
    githubToken: 'ghs_test',
    inputs: { ...inputs, upload: 'release', 'release-tag': 'v1.0.0' },
    runner: { releases }
  })

  expect(errorAnnotations(result)).toEqual([])
  expect(sim.exports).toHaveLength(1)
  const routes = releases.requests.map(r => r.route)
  expect(routes.indexOf('update')).toBeLessThan(routes.indexOf('upload'))
  expect(release.assets.map(a => a.name)).toEqual(['product-tour.mp4'])
  expect(result.summary).toContain('download from the release')
  expect(result.outputs['artifact-url']).toBe('')
})

it('upload: artifact with a runtime token the results service refuses exports nothing', async () => {
  const { sim, clock, inputs } = await aiStudios()
  const results = await startResultsService({ blob: 'memory' })
  closers.push(() => results.close())

  const result = await runInProcess({
    clock,
    inputs: { ...inputs, upload: 'artifact' },
    runner: { results },
    // A token minted for another workflow run, as a step that swapped the runner's environment would pass.
    env: { ACTIONS_RUNTIME_TOKEN: runtimeToken('another-run', results.jobBackendId) }
  })

  expect(result.code).toBe(1)
  expect(sim.exports).toHaveLength(0)
  const errors = errorAnnotations(result)
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(
    /::The Actions results service refused the job's runtime token \(ACTIONS_RUNTIME_TOKEN\) .*\(401\) Unauthorized/
  )
  expect(results.requests.map(r => r.target)).toEqual(['ListArtifacts'])
})
