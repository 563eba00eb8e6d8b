import { githubRunner } from './action/github-runner.js'
import { maskSecretInputs, readInputs } from './action/inputs.js'
import type { Runner } from './action/runner.js'
import { systemClock, type Clock } from './shared/clock.js'
import { underRunSignal } from './shared/process-signals.js'

/**
 * A run of the action: the inputs, then under the run's deadline the videos (one, a manifest's, or a shard of
 * a manifest's) made by the engine, then the report and the pull request's comment, or a shard's results
 * stored for the gather job; or the gather job itself. Only the inputs load up front: the engine and the
 * report load when a run gets that far, so a bad input answers at once. Every wait is on `clock`.
 */
export async function run(
  runner: Runner = githubRunner(),
  clock: Clock = systemClock
): Promise<void> {
  const redactor = maskSecretInputs(runner)
  try {
    const inputs = readInputs(runner.input, runner.env, runner.warn)
    const tempDir = runner.env.RUNNER_TEMP ?? inputs.workspace
    const deadlineMessage = 'The deadline (`timeout-minutes`) passed.'
    const limits = { timeoutMs: inputs.timeoutMs, clock, deadlineMessage, exitCode: () => 1 }
    await underRunSignal(limits, async signal => {
      const host = { tempDir, clock, cancelled: signal.cancelled }
      if (inputs.manifest?.gather)
        return (await import('./action/gather.js')).gatherShards(runner, inputs, host)
      const { renderRun } = await import('./run/index.js')
      const result = await renderRun(inputs, {
        reporter: runner,
        clock,
        env: runner.env,
        run: signal,
        redactor,
        onSecret: secret => runner.secret(secret),
        tempDir
      })
      const { commentOnRun, reportRun } = await import('./action/run-report.js')
      await reportRun(runner, result, inputs.manifest?.shardCount)
      if (result.shard) {
        const { storeShardResults } = await import('./action/shard-artifacts.js')
        await storeShardResults(runner, inputs, result.results, result.shard, host)
      } else if (inputs.prComment)
        await commentOnRun(
          runner,
          inputs.prComment.token,
          subjectOf(inputs),
          result,
          host.cancelled
        )
    })
  } catch (error) {
    const { reportFailure } = await import('./action/failure-report.js')
    await reportFailure(runner, error, undefined, '')
  }
}

const subjectOf = (inputs: { projectId: string; manifest?: { file: string } }) =>
  inputs.manifest ? { manifest: inputs.manifest.file } : { project: inputs.projectId }
