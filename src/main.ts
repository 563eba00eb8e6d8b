import { reportFleet } from './action/fleet-report.js'
import { githubRunner } from './action/github-runner.js'
import { maskSecretInputs, readInputs } from './action/inputs.js'
import { reportDryRun, reportFailure, reportPlan, reportResult } from './action/report.js'
import type { Runner } from './action/runner.js'
import { startRunSignal, type RunSignal } from './action/run-signal.js'
import { StudioClient } from './aistudios/client.js'
import { VideoCache } from './cache/video-cache.js'
import { renderFleet } from './fleet.js'
import { renderVideo } from './story.js'

/** A run of the action: inputs, the run's deadline, the client, the story of the video, the report. */
export async function run(runner: Runner = githubRunner()): Promise<void> {
  const redactor = maskSecretInputs(runner)
  let renderedProjectId: string | undefined
  let planHtml = ''
  let runSignal: RunSignal | undefined
  try {
    const inputs = readInputs(runner.input, runner.env)
    runSignal = startRunSignal(inputs.timeoutMs)
    const { signal, cancelled, deadline } = runSignal
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
        ? new VideoCache({
            reporter: runner,
            tempDir: runner.env.RUNNER_TEMP ?? inputs.workspace,
            env: runner.env,
            signal
          })
        : undefined
    }
    if (inputs.fleet) {
      const { fleet } = inputs
      await reportFleet(
        runner,
        await renderFleet(inputs, { ...fleet, maxExports: inputs.maxExports }, shared)
      )
      return
    }
    const result = await renderVideo(inputs, {
      ...shared,
      onPlan: plan => (planHtml = reportPlan(runner, plan)),
      onRender: id => (renderedProjectId = id)
    })
    if (result.kind === 'dry-run') {
      runner.output('content-hash', result.contentHash ?? '')
      await reportDryRun(runner, result.sourceProjectId, result.request, planHtml)
    } else await reportResult(runner, result.report, planHtml)
  } catch (error) {
    await reportFailure(runner, error, renderedProjectId, planHtml)
  } finally {
    runSignal?.dispose()
  }
}
