import { githubRunner } from './action/github-runner.js'
import { maskSecretInputs, readInputs } from './action/inputs.js'
import { reportFailure } from './action/report.js'
import { commentOnRun, reportRun } from './action/run-report.js'
import type { Runner } from './action/runner.js'
import { systemClock, type Clock } from './shared/clock.js'
import { underRunSignal } from './shared/process-signals.js'

/**
 * A run of the action: the inputs, then under the run's deadline the videos (one, or a manifest's) made by
 * the engine, then the report and the pull request's comment. The engine loads only after the inputs are
 * read, so a bad input answers at once. Every wait is on `clock`; tests pass simulated time.
 */
export async function run(
  runner: Runner = githubRunner(),
  clock: Clock = systemClock
): Promise<void> {
  const redactor = maskSecretInputs(runner)
  try {
    const inputs = readInputs(runner.input, runner.env, runner.warn)
    const deadline = {
      timeoutMs: inputs.timeoutMs,
      clock,
      deadlineMessage: 'The deadline (`timeout-minutes`) passed.',
      exitCode: () => 1
    }
    await underRunSignal(deadline, async signal => {
      const { renderRun } = await import('./run/index.js')
      const result = await renderRun(inputs, {
        reporter: runner,
        clock,
        env: runner.env,
        run: signal,
        redactor,
        onSecret: secret => runner.secret(secret),
        tempDir: runner.env.RUNNER_TEMP ?? inputs.workspace
      })
      await reportRun(runner, result)
      if (inputs.prComment)
        await commentOnRun(
          runner,
          inputs.prComment.token,
          subjectOf(inputs),
          result,
          signal.cancelled
        )
    })
  } catch (error) {
    await reportFailure(runner, error, undefined, '')
  }
}

const subjectOf = (inputs: { projectId: string; manifest?: { file: string } }) =>
  inputs.manifest ? { manifest: inputs.manifest.file } : { project: inputs.projectId }
