import * as core from '@actions/core'
import { inertCommands } from './neutralise.js'
import type { Runner } from './runner.js'

/**
 * The runner as `@actions/core` speaks to it: workflow commands on stdout and the runner's files. Every line
 * this writes to stdout carries text from the patch or from AI Studios somewhere, so each passes through
 * `inertCommands` here, the one place they all pass: log lines, annotations, debug lines and group names.
 */
export function githubRunner(): Runner {
  return {
    input: name => core.getInput(name),
    env: process.env,
    secret: value => core.setSecret(value),
    output: (name, value) => core.setOutput(name, value),
    log: line => core.info(inertCommands(line)),
    warn: line => core.warning(inertCommands(line)),
    error: (message, location) =>
      core.error(inertCommands(message), {
        title: 'aistudios-render',
        ...(location
          ? { file: location.file, startLine: location.line, startColumn: location.column }
          : {})
      }),
    debug: line => core.debug(inertCommands(line)),
    notice: line => core.notice(inertCommands(line), { title: 'aistudios-render' }),
    group: (name, work) => core.group(inertCommands(name), work),
    summary: async text => {
      // A run outside Actions has no summary file: that skips the summary, never the run's result.
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(text, true).write()
    },
    fail: () => {
      process.exitCode = 1
    }
  }
}
