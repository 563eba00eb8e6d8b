import { DELIVERY_OUTPUTS } from '../deliver/index.js'
import { planJson, planTable, type Plan } from '../patch/index.js'
import { seconds } from '../render/wait.js'
import { companionOutputs } from '../run/companions.js'
import type { RenderReport } from '../run/job.js'
import type { VideoResult } from '../run/result.js'
import { formatBytes } from '../shared/format.js'
import type { Runner } from './runner.js'
import {
  code,
  codeBlock,
  escapeHtml,
  heading,
  link,
  paragraph,
  signedLink,
  table
} from './summary.js'

/** Log lines, groups, annotations, outputs and the job summary: everything the user sees of a run. */

/** Sets the plan's outputs; returns its part of the job summary, shown under the run's heading. */
export function reportPlan(runner: Runner, plan: Plan): string {
  runner.output('changes', String(plan.changes.length))
  runner.output('plan', planJson(plan))
  return planHtml(plan)
}

/** The plan's part of the job summary: empty when it changes nothing. */
export function planHtml(plan: Plan): string {
  if (plan.changes.length === 0) return ''
  return heading('Planned edits', 3) + planTableHtml(plan)
}

/** The plan's changes as one HTML table, in scene order, every cell escaped. */
export function planTableHtml(plan: Plan): string {
  return table(planTable(inSceneOrder(plan)).map(row => row.map(escapeHtml)))
}

/** Project-wide changes first, then by scene; a stable sort keeps each scene's own order. */
function inSceneOrder(plan: Plan): Plan {
  const scene = (change: Plan['changes'][number]): number =>
    'scene' in change && typeof change.scene === 'number' ? change.scene : -1
  return { ...plan, changes: [...plan.changes].sort((a, b) => scene(a) - scene(b)) }
}

export async function reportDryRun(
  runner: Runner,
  sourceProjectId: string,
  request: string,
  planHtml: string
): Promise<void> {
  runner.log('Dry run: nothing was exported and no credits were spent. A real run would send:')
  runner.log(request)
  runner.output('source-project-id', sourceProjectId)
  await runner.summary(
    heading('AI Studios render: dry run', 2) +
      planHtml +
      paragraph('Nothing was exported and no credits were spent. A real run would send:') +
      codeBlock(request)
  )
}

export async function reportResult(
  runner: Runner,
  result: VideoResult & { report: RenderReport },
  planHtml: string,
  spending: string
): Promise<void> {
  const { report } = result
  const { video } = report
  setResultOutputs(runner, result)
  const rows: string[][] = [
    ['What', 'Value'],
    ['Source project', code(result.sourceProjectId)],
    [
      'Rendered project',
      code(report.renderedProjectId) + (report.projectDeleted ? ' (deleted after delivery)' : '')
    ],
    ['Resolution', escapeHtml(report.resolution)],
    ['Content hash', result.contentHash ? code(result.contentHash) : 'cache off'],
    ['From the cache', report.cacheHit ? 'yes: 0 exports' : 'no'],
    ['Render time', seconds(report.renderMs)],
    ['Video', `${code(report.videoPath)} (${formatBytes(video.size)})`],
    [
      'Frame',
      `${report.facts.width}x${report.facts.height}, ${report.facts.duration.toFixed(3)} s`
    ],
    ['SHA-256', code(video.sha256)],
    ['Vendor download', signedLink(report.downloadUrl)],
    ...report.delivery.links.map(each => [each.label, link(each.text, each.url)]),
    ['This run', escapeHtml(spending)]
  ]
  await runner.summary(heading('AI Studios render', 2) + table(rows) + planHtml)
}

/** The single video's outputs, also set by a manifest run that selected exactly one video. */
export function setResultOutputs(
  runner: Runner,
  { report, sourceProjectId, contentHash }: VideoResult & { report: RenderReport }
): void {
  const { video } = report
  const outputs: Record<string, string | undefined> = {
    'download-url': report.downloadUrl,
    'project-id': report.renderedProjectId,
    'source-project-id': sourceProjectId,
    'content-hash': contentHash,
    'cache-hit': String(report.cacheHit),
    'video-path': report.videoPath,
    'video-size': String(video.size),
    'video-sha256': video.sha256,
    'video-duration': report.facts.duration.toFixed(3),
    'video-width': String(report.facts.width),
    'video-height': String(report.facts.height),
    // Every target's outputs are set, empty for the targets that were off.
    ...Object.fromEntries(DELIVERY_OUTPUTS.map(name => [name, report.delivery.outputs[name]])),
    ...companionOutputs(report.companions, report.delivery.outputs)
  }
  for (const [name, value] of Object.entries(outputs)) runner.output(name, value ?? '')
}
