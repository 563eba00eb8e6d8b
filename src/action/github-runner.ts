import * as core from '@actions/core'
import type { Runner } from './runner.js'

/** The runner as `@actions/core` speaks to it: workflow commands on stdout and the runner's files. */
export function githubRunner(): Runner {
  return {
    input: name => core.getInput(name),
    env: process.env,
    secret: value => core.setSecret(value),
    output: (name, value) => core.setOutput(name, value),
    log: line => core.info(inert(line)),
    warn: line => core.warning(line),
    error: (message, location) =>
      core.error(message, {
        title: 'aistudios-render',
        ...(location
          ? { file: location.file, startLine: location.line, startColumn: location.column }
          : {})
      }),
    debug: line => core.debug(line),
    notice: line => core.notice(line, { title: 'aistudios-render' }),
    group: (name, work) => core.group(name, work),
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

/**
 * A log line that cannot run a workflow command: the runner reads `::name::` at the start of any line, and
 * log lines carry text from the patch and from AI Studios. (Annotations need no such care: `core` escapes
 * their new lines.)
 */
export function inert(text: string): string {
  return text.replace(/^(\s*):/gm, '$1:\u200b')
}
