import { spendingLine, spendingOf, type RunResult } from '../run/result.js'
import { reportManifest } from './manifest-report.js'
import { reportOutline } from './outline-report.js'
import { reportFailure } from './failure-report.js'
import { reportDryRun, reportPlan, reportResult } from './report.js'
import { reportReview, reviewsOf } from './review-comment.js'
import type { Runner } from './runner.js'
import { escapeHtml, paragraph } from './summary.js'

/**
 * Outputs, log, annotations and job summary of a run, from its videos' results; then what it spent.
 * `shardCount`: the `matrix` output's (`shard-count`).
 */
export async function reportRun(
  runner: Runner,
  run: RunResult,
  shardCount?: number
): Promise<void> {
  const spent = spendingOf(run.results)
  runner.output('exports', String(spent.exports))
  runner.output('rendered-seconds', spent.renderedSeconds.toFixed(3))
  const line = spendingLine(run.results)
  runner.log(line)
  // A delivered single video's summary is one table: the line is its last row.
  const [video] = run.results
  if (run.kind === 'single' && video.report)
    return reportResult(runner, { ...video, report: video.report }, planOf(runner, run), line)
  await reportVideos(runner, run, shardCount)
  await runner.summary(paragraph(escapeHtml(line)))
}

const planOf = (runner: Runner, run: RunResult): string =>
  run.results[0].plan ? reportPlan(runner, run.results[0].plan) : ''

async function reportVideos(runner: Runner, run: RunResult, shardCount?: number): Promise<void> {
  if (run.kind === 'manifest') return reportManifest(runner, run, shardCount)
  const [video] = run.results
  const planHtml = planOf(runner, run)
  if (video.dryRun) {
    runner.output('content-hash', video.contentHash ?? '')
    const outlineHtml = video.unpatched ? await reportOutline(runner, video.unpatched) : ''
    return reportDryRun(runner, video.sourceProjectId, video.dryRun.request, planHtml + outlineHtml)
  }
  return reportFailure(runner, video.error, video.renderId, planHtml)
}

/**
 * The pull request's comment of the run (`pr-comment`). A single video that failed before its plan was made
 * has nothing to show the reviewers.
 */
export async function commentOnRun(
  runner: Runner,
  token: string,
  subject: { project: string } | { manifest: string },
  run: RunResult,
  cancelled: AbortSignal
): Promise<void> {
  if (run.kind === 'single' && !run.results[0].plan && run.results[0].status === 'failed') return
  // Bounded by its own minute and a cancel, not by the run's deadline: a run that ran out of time still
  // shows the reviewers its plan.
  await reportReview(runner, token, subject, reviewsOf(run), spendingLine(run.results), cancelled)
}
