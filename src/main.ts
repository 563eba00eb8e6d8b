import { githubRunner } from './action/github-runner.js'
import { maskSecretInputs, readInputs } from './action/inputs.js'
import type { Runner } from './action/runner.js'
import { startRunSignal, type RunSignal } from './action/run-signal.js'

/**
 * A run of the action: inputs, the run's deadline, the client, the story of the video, the report. The inputs
 * are read before the rest loads (the client, the story, the cache's and the manifest's modules, by dynamic
 * import: the bundle keeps them in chunks of their own), so a bad input answers at once and a run loads only
 * what its inputs use.
 */
export async function run(runner: Runner = githubRunner()): Promise<void> {
  const redactor = maskSecretInputs(runner)
  let renderedProjectId: string | undefined
  let planHtml = ''
  let runSignal: RunSignal | undefined
  try {
    const inputs = readInputs(runner.input, runner.env)
    runSignal = startRunSignal(inputs.timeoutMs)
    const { signal, cancelled, deadline } = runSignal
    // One at a time: Jest's module linker (runInProcess) fails on concurrent first imports of shared modules.
    const { StudioClient } = await import('./aistudios/client.js')
    const report = await import('./action/report.js')
    const studio = new StudioClient({
      apiUrl: inputs.apiUrl,
      credentials: inputs.credentials,
      signal,
      requestTimeoutMs: inputs.requestTimeoutMs,
      reporter: runner,
      redactor,
      onSecret: secret => runner.secret(secret)
    })
    const shared = {
      studio,
      signal,
      cancelled,
      deadline,
      env: runner.env,
      reporter: runner,
      allowHttp: new URL(inputs.apiUrl).protocol === 'http:',
      cache: inputs.cache
        ? new (await import('./cache/video-cache.js')).VideoCache({
            reporter: runner,
            tempDir: runner.env.RUNNER_TEMP ?? inputs.workspace,
            env: runner.env
          })
        : undefined
    }
    if (inputs.fleet) {
      const { fleet } = inputs
      const { reportFleet } = await import('./action/fleet-report.js')
      const { renderFleet } = await import('./fleet.js')
      await reportFleet(
        runner,
        await renderFleet(inputs, { ...fleet, maxExports: inputs.maxExports }, shared)
      )
      return
    }
    const { renderVideo } = await import('./story.js')
    const result = await renderVideo(inputs, {
      ...shared,
      onPlan: plan => (planHtml = report.reportPlan(runner, plan)),
      onRender: id => (renderedProjectId = id)
    })
    if (result.kind === 'dry-run') {
      runner.output('content-hash', result.contentHash ?? '')
      await report.reportDryRun(runner, result.sourceProjectId, result.request, planHtml)
    } else await report.reportResult(runner, result.report, planHtml)
  } catch (error) {
    const { reportFailure } = await import('./action/report.js')
    await reportFailure(runner, error, renderedProjectId, planHtml)
  } finally {
    runSignal?.dispose()
  }
}
