import type { RenderReport } from '../run/job.js'
import { resumableRender, resumeHint } from '../run/resume.js'
import { isDelivered, type RunResult, type VideoResult } from '../run/result.js'
import { matrixOutput } from '../manifest/outputs.js'
import { shardLine } from '../manifest/shard.js'
import { seconds } from '../render/wait.js'
import { ActionError, messageOf } from '../shared/errors.js'
import { formatBytes } from '../shared/format.js'
import { planHtml, setResultOutputs } from './report.js'
import type { Runner } from './runner.js'
import { code, escapeHtml, heading, link, paragraph, table } from './summary.js'

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
  runner.output('videos', videosOutput(results))
  runner.output('matrix', matrixOutput(names, shard?.count ?? shardCount))
  const [only] = results
  if (results.length === 1 && only.report)
    setResultOutputs(runner, { ...only, report: only.report })
  const taken = shard ? paragraph(escapeHtml(shardLine(shard, names, shard.selected))) : ''
  let summary = manifestSummary(results, taken)
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
    summary += heading('Failed videos', 3) + table(rows)
    runner.fail()
  }
  await runner.summary(summary)
}

/** The `videos` output: video name -> its outputs under the single-video outputs' names. */
export function videosOutput(results: readonly VideoResult[]): string {
  const entries = results.map(result => {
    const report: Partial<RenderReport> = result.report ?? {}
    const outputs = report.delivery?.outputs ?? {}
    return [
      result.name,
      {
        'project-id': result.renderId ?? '',
        'source-project-id': result.sourceProjectId,
        'content-hash': result.contentHash ?? '',
        'cache-hit': report.cacheHit ?? result.dryRun?.cacheHit ?? false,
        changes: result.plan?.changes.length ?? 0,
        'video-path': report.videoPath ?? '',
        'video-size': report.video?.size ?? 0,
        'video-sha256': report.video?.sha256 ?? '',
        'download-url': report.downloadUrl ?? '',
        'artifact-url': outputs['artifact-url'] ?? '',
        'asset-url': outputs['asset-url'] ?? '',
        exports: result.exported ? 1 : 0,
        'rendered-seconds': result.exported ? (report.facts?.duration ?? 0) : 0,
        error: result.error === undefined ? '' : messageOf(result.error)
      }
    ]
  })
  return JSON.stringify(Object.fromEntries(entries))
}

/** The manifest run's job summary: `lead` (HTML), a row per video, then each video's plan, collapsed. */
export function manifestSummary(results: readonly VideoResult[], lead = ''): string {
  const rows = [
    ['Video', 'Status', 'Cache hit', 'Changes', 'Render time', 'Size', 'SHA-256', 'Links'],
    ...results.map(result => {
      const { report } = result
      const cacheHit = report?.cacheHit ?? result.dryRun?.cacheHit
      return [
        code(result.name),
        statusOf(result),
        cacheHit === undefined ? '' : cacheHit ? 'yes' : 'no',
        result.plan ? String(result.plan.changes.length) : '',
        report ? seconds(report.renderMs) : '',
        report ? formatBytes(report.video.size) : '',
        report ? code(report.video.sha256.slice(0, 12)) : '',
        report ? links(report) : ''
      ]
    })
  ]
  const sections = results.flatMap(result => {
    const html = result.plan ? planHtml(result.plan) : ''
    return html
      ? [`<details><summary>Plan of ${escapeHtml(result.name)}</summary>\n\n${html}</details>\n`]
      : []
  })
  return heading('AI Studios renders', 2) + lead + table(rows) + sections.join('')
}

function statusOf(result: VideoResult): string {
  if (result.status === 'failed') return `failed: ${escapeHtml(messageOf(result.error))}`
  if (result.status === 'planned')
    return result.dryRun?.needsExport ? 'dry-run: needs a render' : 'dry-run: no render needed'
  return isDelivered(result) ? 'delivered' : escapeHtml(result.status)
}

function links(report: RenderReport): string {
  return [
    ...report.delivery.links.map(each => link(each.label.toLowerCase(), each.url)),
    report.downloadUrl && link('AI Studios', report.downloadUrl)
  ]
    .filter(Boolean)
    .join(' · ')
}
