import type { Runner } from '../../src/action/runner.js'
import { run } from '../../src/main.js'
import type { Clock } from '../../src/shared/clock.js'
import { prepareRun, type RunOptions, type RunResult } from '../../sim/runner.js'
import { useEnv } from './env.js'

/**
 * Runs the action's story in this process, from the sources, through a Runner that records what the real
 * runner would show: the log as workflow commands (`::warning::`, `::error file=…::`, `::add-mask::`), the
 * outputs, the job summary and the exit code. Same options and result as the spawned `runAction`, so a test
 * can use either; the spawned one is kept for what only a real process shows (signals, exit codes, files).
 * With `clock` (sim/clock.js, given to the simulator too) the story's waits cost no wall time.
 */
export async function runInProcess(options: RunOptions & { clock?: Clock }): Promise<RunResult> {
  const { env, workspace } = await prepareRun(options)
  const lines: string[] = []
  const outputs: Record<string, string> = {}
  let summary = ''
  let failed = false
  const say = (line: string): void => {
    lines.push(line)
    options.onOutput?.(`${line}\n`)
  }
  const runner: Runner = {
    // As `core.getInput`: spaces in the name become underscores, and the value is trimmed.
    input: name => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    env,
    secret: value => say(`::add-mask::${value}`),
    output: (name, value) => (outputs[name] = value),
    log: say,
    warn: line => say(`::warning::${line}`),
    notice: line => say(`::notice title=aistudios-render::${line}`),
    error: (message, location) =>
      say(
        location
          ? `::error title=aistudios-render,file=${location.file},line=${location.line ?? ''},col=${location.column ?? ''}::${message}`
          : `::error title=aistudios-render::${message}`
      ),
    debug: () => {},
    group: async (name, work) => {
      say(`::group::${name}`)
      try {
        return await work()
      } finally {
        say('::endgroup::')
      }
    },
    summary: async text => {
      if (env.GITHUB_STEP_SUMMARY) summary += text
    },
    fail: () => (failed = true)
  }
  const started = Date.now()
  const restore = useEnv(env)
  const release = captureStdout(text => options.onOutput?.(text))
  try {
    await run(runner, options.clock)
  } finally {
    release()
    restore()
  }
  return {
    code: failed ? 1 : 0,
    stdout: lines.join('\n'),
    stderr: '',
    outputs,
    summary,
    workspace,
    durationMs: Date.now() - started
  }
}

/**
 * What the libraries write to stdout during the run (@actions/core's `::debug::` lines from the cache and
 * artifact clients, the commands @actions/exec runs) goes to `onOutput` only, not into the test's output.
 * Not into the run's log either: a straggler of an earlier test file in the same worker (an abandoned
 * upload that fails later) may write at any time.
 */
function captureStdout(onText: (text: string) => void): () => void {
  const write = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    onText(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    const callback = rest.find(arg => typeof arg === 'function') as (() => void) | undefined
    callback?.()
    return true
  }) as typeof process.stdout.write
  return () => {
    process.stdout.write = write
  }
}
