/**
 * How the run tells the user what is happening. It never prints: the action turns these calls into
 * the runner's log, annotations and groups, and the CLI into lines on stderr.
 */
export interface Reporter {
  log(line: string): void
  warn(line: string): void
  group<T>(name: string, work: () => Promise<T>): Promise<T>
  /** What only a user reporting a problem needs (every AI Studios exchange): the runner's step debug log, --verbose. */
  debug?(line: string): void
  /**
   * What the user should see once though nothing failed (no ffmpeg for the poster), or tell the maintainers
   * (a field this action does not know): an annotation in a workflow; a log line where absent.
   */
  notice?(line: string): void
  /** How far a long step is (`total` undefined: unknown), for a progress bar; the log lines come anyway. */
  progress?(step: 'render' | 'download', done: number, total: number | undefined): void
}

/** A reporter that adds a prefix to every line, e.g. the video's name when several render at once. */
export function prefixed(reporter: Reporter, prefix: string): Reporter {
  return {
    log: line => reporter.log(`${prefix}${line}`),
    warn: line => reporter.warn(`${prefix}${line}`),
    group: (name, work) => reporter.group(`${prefix}${name}`, work),
    ...(reporter.debug ? { debug: (line: string) => reporter.debug?.(`${prefix}${line}`) } : {}),
    ...(reporter.notice ? { notice: (line: string) => reporter.notice?.(`${prefix}${line}`) } : {}),
    ...(reporter.progress ? { progress: reporter.progress.bind(reporter) } : {})
  }
}
