import * as core from '@actions/core'
import { formatBytes } from '../shared/format.js'
import type { DeliveryResult } from '../deliver/index.js'
import type { Video } from '../shared/video.js'
import { ActionError, messageOf } from '../shared/errors.js'
import { planJson, planLines, planTable, type Plan } from '../patch/index.js'
import { RenderFailedError, seconds } from '../render/wait.js'

/** Log lines, groups, annotations, outputs and the job summary: everything the user sees of a run. */

export const log = (line: string): void => core.info(line)
export const warn = (line: string): void => core.warning(line)

export async function group<T>(name: string, work: () => Promise<T>): Promise<T> {
  return core.group(name, work)
}

export function reportPlan(plan: Plan): void {
  core.startGroup(`Plan: ${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'}`)
  for (const line of planLines(plan)) core.info(line)
  core.endGroup()
  core.setOutput('changes', String(plan.changes.length))
  core.setOutput('plan', planJson(plan))
  if (plan.changes.length > 0) {
    const [header, ...rows] = planTable(plan)
    // Scripts may hold <p> tags: the summary is HTML, so every cell is escaped.
    core.summary
      .addHeading('Planned edits', 3)
      .addTable([
        header.map(data => ({ data: escapeHtml(data), header: true })),
        ...rows.map(row => row.map(escapeHtml))
      ])
  }
}

export async function reportDryRun(sourceProjectId: string, request: string): Promise<void> {
  core.info(`Dry run: nothing was exported and no credits were spent. A real run would send:`)
  core.info(request)
  core.setOutput('source-project-id', sourceProjectId)
  await core.summary
    .addHeading('AI Studios render: dry run', 2)
    .addRaw('Nothing was exported and no credits were spent. A real run would send:', true)
    .addCodeBlock(request)
    .write()
}

export interface RenderReport {
  sourceProjectId: string
  renderedProjectId: string
  resolution: string
  renderMs: number
  downloadUrl: string
  video: Video
  videoPath: string
  delivery: DeliveryResult
}

export async function reportResult(report: RenderReport): Promise<void> {
  const { video, delivery } = report
  const outputs: Record<string, string | undefined> = {
    'download-url': report.downloadUrl,
    'project-id': report.renderedProjectId,
    'source-project-id': report.sourceProjectId,
    'video-path': report.videoPath,
    'video-size': String(video.size),
    'video-sha256': video.sha256,
    'artifact-id': delivery.artifactId,
    'artifact-url': delivery.artifactUrl,
    'artifact-digest': delivery.artifactDigest,
    'release-id': delivery.releaseId,
    'release-url': delivery.releaseUrl,
    'asset-url': delivery.assetUrl
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value ?? '')

  const rows: [string, string][] = [
    ['Source project', code(report.sourceProjectId)],
    ['Rendered project', code(report.renderedProjectId)],
    ['Resolution', report.resolution],
    ['Render time', seconds(report.renderMs)],
    ['Video', `${code(report.videoPath)} (${formatBytes(video.size)})`],
    ['SHA-256', code(video.sha256)],
    ['Vendor download', link('video on AI Studios', report.downloadUrl)]
  ]
  if (delivery.artifactUrl)
    rows.push(['Artifact', link(`artifact ${delivery.artifactId}`, delivery.artifactUrl)])
  if (delivery.assetUrl)
    rows.push(['Release asset', link('download from the release', delivery.assetUrl)])
  if (delivery.releaseUrl) rows.push(['Release', link('release page', delivery.releaseUrl)])
  await core.summary
    .addHeading('AI Studios render', 2)
    .addTable([
      [
        { data: 'What', header: true },
        { data: 'Value', header: true }
      ],
      ...rows
    ])
    .write()
}

/**
 * The one-line error as an annotation (at the patch file's line when known), and, when a render was
 * started, how to pick it up again without paying for a second one.
 */
export async function reportFailure(error: unknown, renderedProjectId?: string): Promise<void> {
  const resumable = renderedProjectId && !(error instanceof RenderFailedError)
  const resume = resumable
    ? ` To download it without a new export, re-run with \`resume-project-id: ${renderedProjectId}\`.`
    : ''
  const message = messageOf(error) + resume
  const location = error instanceof ActionError ? error.details.location : undefined
  if (location) {
    core.error(message, {
      title: 'aistudios-render',
      file: location.file,
      startLine: location.line,
      startColumn: location.column
    })
    process.exitCode = 1
  } else {
    core.setFailed(message)
  }
  if (!(error instanceof ActionError) && error instanceof Error) core.debug(error.stack ?? '')
  const summary = core.summary
    .addHeading('AI Studios render failed', 2)
    .addRaw(escapeHtml(message), true)
  if (renderedProjectId) {
    summary.addRaw(
      `Rendered project: <code>${renderedProjectId}</code>. To resume it, add to the step:`,
      true
    )
    summary.addCodeBlock(`with:\n  resume-project-id: ${renderedProjectId}`, 'yaml')
  }
  // A summary that cannot be written (no GITHUB_STEP_SUMMARY when run by hand) must not hide the error.
  await summary.write().catch(() => undefined)
}

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`
const link = (text: string, href: string): string =>
  `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c
  )
}
