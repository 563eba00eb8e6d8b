import { seconds } from '../render/wait.js'
import { isDelivered, type VideoResult } from '../run/result.js'
import { messageOf } from '../shared/errors.js'
import { planHtml } from './report.js'
import { code, escapeHtml, heading, link, paragraph, table } from './summary.js'
import { watchHtml, watchOf } from './video-facts.js'

/**
 * GitHub refuses a job summary over 1 MiB (`$GITHUB_STEP_SUMMARY upload aborted`); the run's spending line
 * follows the manifest's part, so this leaves it room.
 */
export const SUMMARY_BUDGET_BYTES = 1024 * 1024 - 16 * 1024

/**
 * How much the summary shows, most first: every column and each plan; every column; a line per video
 * (name, status, watch); the count. The first that fits the budget is written.
 */
const DETAILS = ['plans', 'table', 'lines', 'count'] as const
type Detail = (typeof DETAILS)[number]

/**
 * The manifest run's job summary: a row per video, each video's plan collapsed, and `failures` (the failed
 * videos' table); less of it when it would be refused.
 */
export function manifestSummary(results: readonly VideoResult[], failures = '', lead = ''): string {
  let summary = ''
  for (const detail of DETAILS) {
    summary = heading('AI Studios renders', 2) + lead + videosAt(detail, results, failures)
    if (Buffer.byteLength(summary) <= SUMMARY_BUDGET_BYTES) break
  }
  return summary
}

function videosAt(detail: Detail, results: readonly VideoResult[], failures: string): string {
  switch (detail) {
    case 'plans':
      return fullTable(results) + plans(results) + failures
    case 'table':
      return fullTable(results) + tooMany('The plans') + failures
    case 'lines':
      return (
        tooMany('The plans and the failures') +
        table([
          ['Video', 'Status', 'Watch'],
          ...results.map(result => [
            code(result.name),
            escapeHtml(result.status),
            result.report ? watchHtml(watchOf(result.report)) : ''
          ])
        ])
      )
    case 'count':
      return paragraph(
        `${countLine(results)}. Too many videos for a job summary: the step's \`videos\` output has each one.`
      )
  }
}

const tooMany = (what: string): string =>
  paragraph(`${what} of so many videos are left out: GitHub refuses a job summary over 1 MiB.`)

function countLine(results: readonly VideoResult[]): string {
  const counts = new Map<string, number>()
  for (const { status } of results) counts.set(status, (counts.get(status) ?? 0) + 1)
  return `${results.length} videos: ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}`
}

function fullTable(results: readonly VideoResult[]): string {
  return table([
    ['Video', 'Status', 'Cache hit', 'Changes', 'Render time', 'Watch', 'SHA-256', 'Links'],
    ...results.map(result => {
      const { report } = result
      const cacheHit = report?.cacheHit ?? result.dryRun?.cacheHit
      return [
        code(result.name),
        statusOf(result),
        cacheHit === undefined ? '' : cacheHit ? 'yes' : 'no',
        result.plan ? String(result.plan.changes.length) : '',
        report ? seconds(report.renderMs) : '',
        report ? watchHtml(watchOf(report)) : '',
        report ? code(report.video.sha256.slice(0, 12)) : '',
        report ? links(report) : ''
      ]
    })
  ])
}

function plans(results: readonly VideoResult[]): string {
  return results
    .flatMap(result => {
      const html = result.plan ? planHtml(result.plan) : ''
      return html
        ? [`<details><summary>Plan of ${escapeHtml(result.name)}</summary>\n\n${html}</details>\n`]
        : []
    })
    .join('')
}

function statusOf(result: VideoResult): string {
  if (result.status === 'failed') return `failed: ${escapeHtml(messageOf(result.error))}`
  if (result.status === 'planned')
    return result.dryRun?.needsExport ? 'dry-run: needs a render' : 'dry-run: no render needed'
  return isDelivered(result) ? 'delivered' : escapeHtml(result.status)
}

function links(report: NonNullable<VideoResult['report']>): string {
  return [
    ...report.delivery.links
      .filter(each => each.label !== 'Poster')
      .map(each => link(each.label.toLowerCase(), each.url)),
    report.downloadUrl && link('AI Studios', report.downloadUrl)
  ]
    .filter(Boolean)
    .join(' · ')
}
