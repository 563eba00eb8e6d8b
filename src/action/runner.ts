import type { SourceLocation } from '../shared/errors.js'
import type { Reporter } from '../shared/reporter.js'

/**
 * Everything the action needs of the GitHub runner, as one interface: `run()` takes it as an argument, so
 * tests drive the whole story in process (inputs in; outputs, summary and annotations out) and only
 * `github-runner.ts` talks to `@actions/core`.
 */
export interface Runner extends Reporter {
  /** An input as the runner passes it (`INPUT_<NAME>`), '' when unset. */
  input(name: string): string
  /** The process environment: GitHub's variables, the proxy settings. */
  readonly env: NodeJS.ProcessEnv
  /** Masks a value in every later log line. */
  secret(value: string): void
  output(name: string, value: string): void
  /** An error annotation, at a file location when known. */
  error(message: string, location?: SourceLocation): void
  debug(line: string): void
  /** Appends HTML/Markdown to the job summary; does nothing when the run has no summary file. */
  summary(text: string): Promise<void>
  /** Marks the step as failed (exit code 1) without ending the process. */
  fail(): void
}
