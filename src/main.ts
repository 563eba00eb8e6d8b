import { githubRunner } from './action/github-runner.js'
import { maskSecretInputs, readInputs, type Inputs } from './action/inputs.js'
import type { Runner } from './action/runner.js'
import type { Plan } from './patch/index.js'
import { systemClock, type Clock } from './shared/clock.js'
import { startRunSignal, type RunSignal } from './shared/deadline.js'
import { cancelOnProcessSignals } from './shared/process-signals.js'

/**
 * A run of the action: inputs, the run's deadline, the client, the story of the video, the report. The inputs
 * are read before the rest loads (the client, the story, the cache's and the manifest's modules, by dynamic
 * import: the bundle keeps them in chunks of their own), so a bad input answers at once and a run loads only
 * what its inputs use. Every wait of the story (polls, backoffs) is on `clock`; tests pass simulated time.
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
  let stopListening = (): void => {}
  try {
    inputs = readInputs(runner.input, runner.env)
    runSignal = startRunSignal(
      inputs.timeoutMs,
      clock.now(),
      'The deadline (`timeout-minutes`) passed.'
    )
    stopListening = cancelOnProcessSignals(
      runSignal.cancel,
      name => `The job was cancelled (${name}).`
    )
    const { signal, cancelled, deadline } = runSignal
    // One at a time: Jest's module linker (runInProcess) fails on concurrent first imports of shared modules.
    const { StudioClient } = await import('./aistudios/client.js')
    const report = await import('./action/report.js')
    const review = await import('./action/review-comment.js')
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
        ? await (
            await import('./cache/video-cache.js')
          ).VideoCache.open({
            reporter: runner,
            tempDir: runner.env.RUNNER_TEMP ?? inputs.workspace,
            env: runner.env,
            signal
          })
        : undefined
    }
    if (inputs.fleet) {
      const { fleet } = inputs
      const { reportFleet } = await import('./action/fleet-report.js')
      const { renderFleet } = await import('./fleet.js')
      const result = await renderFleet(inputs, { ...fleet, maxExports: inputs.maxExports }, shared)
      await reportFleet(runner, result)
      if (inputs.prComment)
        await review.reportReview(
          runner,
          inputs.prComment.token,
          { manifest: fleet.manifest },
          review.fleetReviews(result)
        )
      return
    }
    const { renderVideo } = await import('./story.js')
    const result = await renderVideo(inputs, {
      ...shared,
      onPlan: made => {
        plan = made
        planHtml = report.reportPlan(runner, made)
      },
      onRender: id => (renderedProjectId = id)
    })
    if (result.kind === 'dry-run') {
      runner.output('content-hash', result.contentHash ?? '')
      const outlineHtml = result.source
        ? await (await import('./action/outline-report.js')).reportOutline(runner, result.source)
        : ''
      await report.reportDryRun(
        runner,
        result.sourceProjectId,
        result.request,
        planHtml + outlineHtml
      )
    } else await report.reportResult(runner, result.report, planHtml)
    if (inputs.prComment)
      await review.reportReview(runner, inputs.prComment.token, { project: inputs.projectId }, [
        review.storyReview(inputs.projectId, plan, result)
      ])
  } catch (error) {
    const { reportFailure } = await import('./action/report.js')
    await reportFailure(runner, error, renderedProjectId, planHtml)
    // A plan that was made is worth showing the reviewers even when the run failed after it.
    if (inputs?.prComment && plan && !inputs.fleet) {
      const review = await import('./action/review-comment.js')
      await review.reportReview(runner, inputs.prComment.token, { project: inputs.projectId }, [
        review.failedReview(inputs.projectId, plan, error)
      ])
    }
  } finally {
    stopListening()
    runSignal?.dispose()
  }
}
