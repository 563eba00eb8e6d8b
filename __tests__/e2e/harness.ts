import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { RunResult } from '../../sim/runner.js'

export { newWorkspace, runAction, type RunResult } from '../../sim/runner.js'
export { runInProcess } from '../helpers/in-process.js'

/** The log as a user sees it: the runner consumes `::add-mask::` lines, which carry the secrets themselves. */
export function visibleLog(result: RunResult): string {
  return (result.stdout + result.stderr)
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
}

/** `::error` annotations (from `core.error` and `core.setFailed`). */
export function errorAnnotations(result: RunResult): string[] {
  return result.stdout.split('\n').filter(line => line.startsWith('::error'))
}

export async function sha256File(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex')
}
