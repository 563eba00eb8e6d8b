import { companionOutputs } from '../run/companions.js'
import type { RenderReport } from '../run/job.js'
import { resumableRender, resumeHint } from '../run/resume.js'
import type { RunResult, VideoResult } from '../run/result.js'
import { matrixOutput } from '../manifest/outputs.js'
import { shardLine } from '../manifest/shard.js'
import { ActionError, messageOf } from '../shared/errors.js'
import { manifestSummary } from './manifest-summary.js'
import { setResultOutputs } from './report.js'
import type { Runner } from './runner.js'
import { code, escapeHtml, heading, paragraph, table } from './summary.js'

/**
 * The outputs and summary of a manifest run; fails the step when any video failed, naming each failure and
 * the render it may be resumed from.
 */
export async function reportManifest(
  runner: Runner,
  run: RunResult,
  shardCount?: number
): Promise<void> {
  const { results, shard } = run
  const names = results.map(result => result.name)
  runner.output('videos', videosOutput(results, runner.warn))
  runner.output('matrix', matrixOutput(names, shard?.count ?? shardCount))
  const [only] = results
  if (results.length === 1 && only.report)
    setResultOutputs(runner, { ...only, report: only.report })
  const taken = shard ? paragraph(escapeHtml(shardLine(shard, names, shard.selected))) : ''
  let failures = ''
  const failed = results.filter(result => result.status === 'failed')
  if (failed.length > 0) {
    const rows = [['Video', 'Error', 'Resume with']]
    for (const result of failed) {
      const render = resumableRender(result)
      const hint = render ? ` ${resumeHint(render, { video: result.name })}` : ''
      runner.error(
        `${result.name}: ${messageOf(result.error)}${hint}`,
        result.error instanceof ActionError ? result.error.details.location : undefined
      )
      rows.push([
        code(result.name),
        escapeHtml(messageOf(result.error)),
        render ? code(`resume-project-id: ${render}`) : ''
      ])
    }
    const names = failed.map(result => result.name).join(', ')
    runner.log(`${failed.length} of ${results.length} videos failed: ${names}.`)
    failures = heading('Failed videos', 3) + table(rows)
    runner.fail()
  }
  await runner.summary(manifestSummary(results, failures, taken))
}

/** GitHub takes at most 1 MB per output (50 MB per run): the `videos` output stays under it. */
export const MAX_OUTPUT_BYTES = 1_000_000

/** An error kept to this many characters when the output must be small. */
const SHORT_ERROR = 200

/**
 * The `videos` output: video name -> its status and its outputs under the single-video outputs' names.
 * When that is over GitHub's limit, each video keeps its status, its path and where it was delivered
 * (the bulky fields go, its error is cut short), with one warning; the job summary has the rest.
 */
export function videosOutput(
  results: readonly VideoResult[],
  warn: (line: string) => void = () => {}
): string {
  const full = JSON.stringify(Object.fromEntries(results.map(r => [r.name, fullEntry(r)])))
  if (Buffer.byteLength(full) <= MAX_OUTPUT_BYTES) return full
  warn(
    `The \`videos\` output of ${results.length} videos would be over GitHub's 1 MB for an output: each video has only its status, where its files are (video-path, artifact-url, asset-url, poster-path, poster-url) and a short error. The job summary has the rest.`
  )
  return JSON.stringify(Object.fromEntries(results.map(r => [r.name, slimEntry(r)])))
}

function fullEntry(result: VideoResult) {
  const report: Partial<RenderReport> = result.report ?? {}
  return {
    status: result.status,
    'project-id': result.renderId ?? '',
    'source-project-id': result.sourceProjectId,
    'content-hash': result.contentHash ?? '',
    'cache-hit': report.cacheHit ?? result.dryRun?.cacheHit ?? false,
    changes: result.plan?.changes.length ?? 0,
    'video-path': report.videoPath ?? '',
    'video-size': report.video?.size ?? 0,
    'video-sha256': report.video?.sha256 ?? '',
    'download-url': report.downloadUrl ?? '',
    ...urls(report),
    exports: result.exported ? 1 : 0,
    'rendered-seconds': result.exported ? (report.facts?.duration ?? 0) : 0,
    error: result.error === undefined ? '' : messageOf(result.error)
  }
}

function slimEntry(result: VideoResult) {
  const report: Partial<RenderReport> = result.report ?? {}
  const error = result.error === undefined ? '' : messageOf(result.error)
  return {
    status: result.status,
    'video-path': report.videoPath ?? '',
    ...urls(report),
    error: error.length > SHORT_ERROR ? `${error.slice(0, SHORT_ERROR - 1)}…` : error
  }
}

/** Where the video and its companions (the poster) are. */
const urls = (report: Partial<RenderReport>) => ({
  'artifact-url': report.delivery?.outputs['artifact-url'] ?? '',
  'asset-url': report.delivery?.outputs['asset-url'] ?? '',
  ...companionOutputs(report.companions ?? [], report.delivery?.outputs ?? {})
})
