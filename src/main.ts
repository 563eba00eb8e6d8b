import { reportFleet } from './action/fleet-report.js'
import { githubRunner } from './action/github-runner.js'
import { maskSecretInputs, readInputs, type Inputs } from './action/inputs.js'
import { reportOutline } from './action/outline-report.js'
import { reportDryRun, reportFailure, reportPlan, reportResult } from './action/report.js'
import { failedReview, fleetReviews, reportReview, storyReview } from './action/review-comment.js'
import type { Runner } from './action/runner.js'
import { startRunSignal, type RunSignal } from './action/run-signal.js'
import { StudioClient } from './aistudios/client.js'
import { VideoCache } from './cache/video-cache.js'
import { renderFleet } from './fleet.js'
import type { Plan } from './patch/index.js'
import { systemClock, type Clock } from './shared/clock.js'
import { renderVideo } from './story.js'

/**
 * A run of the action: inputs, the run's deadline, the client, the story of the video, the report. Every
 * wait of the story (polls, backoffs) is on `clock`; tests pass simulated time.
 */
export async function run(
  runner: Runner = githubRunner(),
  clock: Clock = systemClock
): Promise<void> {
  const redactor = maskSecretInputs(runner)
  let renderedProjectId: string | undefined
  let planHtml = ''
  let plan: Plan | undefined
  let inputs: Inputs | undefined
  let runSignal: RunSignal | undefined
  try {
    inputs = readInputs(runner.input, runner.env)
    runSignal = startRunSignal(inputs.timeoutMs, clock.now())
    const { signal, cancelled, deadline } = runSignal
    const studio = new StudioClient({
      apiUrl: inputs.apiUrl,
      credentials: inputs.credentials,
      signal,
      requestTimeoutMs: inputs.requestTimeoutMs,
      clock,
      reporter: runner,
      redactor,
      onSecret: secret => runner.secret(secret)
    })
    const shared = {
      studio,
      signal,
      cancelled,
      deadline,
      clock,
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
      const result = await renderFleet(inputs, { ...fleet, maxExports: inputs.maxExports }, shared)
      await reportFleet(runner, result)
      if (inputs.prComment)
        await reportReview(
          runner,
          inputs.prComment.token,
          { manifest: fleet.manifest },
          fleetReviews(result)
        )
      return
    }
    const result = await renderVideo(inputs, {
      ...shared,
      onPlan: made => {
        plan = made
        planHtml = reportPlan(runner, made)
      },
      onRender: id => (renderedProjectId = id)
    })
    if (result.kind === 'dry-run') {
      runner.output('content-hash', result.contentHash ?? '')
      const outlineHtml = result.source ? await reportOutline(runner, result.source) : ''
      await reportDryRun(runner, result.sourceProjectId, result.request, planHtml + outlineHtml)
    } else await reportResult(runner, result.report, planHtml)
    if (inputs.prComment)
      await reportReview(runner, inputs.prComment.token, { project: inputs.projectId }, [
        storyReview(inputs.projectId, plan, result)
      ])
  } catch (error) {
    await reportFailure(runner, error, renderedProjectId, planHtml)
    // A plan that was made is worth showing the reviewers even when the run failed after it.
    if (inputs?.prComment && plan && !inputs.fleet)
      await reportReview(runner, inputs.prComment.token, { project: inputs.projectId }, [
        failedReview(inputs.projectId, plan, error)
      ])
  } finally {
    runSignal?.dispose()
  }
}
