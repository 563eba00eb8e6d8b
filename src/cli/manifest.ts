import path from 'node:path'
import { resumableRender, resumeHint } from '../run/resume.js'
import { isDelivered, type VideoResult } from '../run/result.js'
import { formatBytes } from '../shared/format.js'
import { oneLine } from './failure.js'

/**
 * `render --manifest FILE`: a line per video on stdout (unless `--json` printed them) and, for each failed
 * one, one line on stderr; 1 when any failed.
 */
export function printManifestResults(
  results: readonly VideoResult[],
  workspace: string,
  lines = true
): number {
  const failed = results.filter(result => result.status === 'failed')
  if (lines)
    process.stdout.write(
      results.map(result => `${result.name}: ${outcome(result, workspace)}\n`).join('')
    )
  for (const result of failed)
    process.stderr.write(`aistudios-render: ${result.name}: ${failure(result)}\n`)
  return failed.length ? 1 : 0
}

function outcome(result: VideoResult, workspace: string): string {
  const { report } = result
  if (!report || !isDelivered(result)) return result.status
  const { size, sha256 } = report.video
  return [
    `path: ${path.resolve(workspace, report.videoPath)}`,
    `size: ${formatBytes(size)} (${size} bytes)`,
    `sha256: ${sha256}`,
    `rendered project: ${report.renderedProjectId}`
  ].join(' ')
}

/** Once an export may have been charged, the line names the render and how to fetch it without paying again. */
function failure(result: VideoResult): string {
  const message = oneLine(result.error)
  const render = resumableRender(result)
  return render ? `${message} ${resumeHint(render, { video: result.name })}` : message
}
