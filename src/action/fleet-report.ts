import type { FleetResult } from '../fleet.js'
import { matrixOutput, videosOutput } from '../manifest/outputs.js'
import { RenderFailedError } from '../render/wait.js'
import { ActionError, messageOf } from '../shared/errors.js'
import { fleetSummary } from './fleet-summary.js'
import { planHtml, setResultOutputs } from './report.js'
import type { Runner } from './runner.js'
import { code, escapeHtml, heading, table } from './summary.js'

/**
 * The outputs and summary of a manifest run; fails the step when any video failed, naming each failure and
 * the render it may be resumed from.
 */
export async function reportFleet(runner: Runner, result: FleetResult): Promise<void> {
  const { records, plans, renders } = result
  runner.output('videos', videosOutput(records))
  runner.output('matrix', matrixOutput(records.map(record => record.name)))
  const [only, ...others] = [...result.reports.values()]
  if (only && others.length === 0 && records.length === 1) setResultOutputs(runner, only)
  const plansHtml = new Map([...plans].map(([name, plan]) => [name, planHtml(plan)]))
  let summary = fleetSummary(records, plansHtml)
  const failed = records.filter(record => record.status === 'failed')
  if (failed.length > 0) {
    const rows = [['Video', 'Error', 'Resume with']]
    for (const record of failed) {
      const render = renders.get(record.name)
      const resumable = render !== undefined && !(record.error instanceof RenderFailedError)
      const hint = resumable
        ? ` To download it without a new export, set \`resume-project-id: ${render}\` on video ${record.name} in the manifest.`
        : ''
      runner.error(
        `${record.name}: ${messageOf(record.error)}${hint}`,
        record.error instanceof ActionError ? record.error.details.location : undefined
      )
      rows.push([
        code(record.name),
        escapeHtml(messageOf(record.error)),
        resumable ? code(`resume-project-id: ${render}`) : ''
      ])
    }
    const names = failed.map(record => record.name).join(', ')
    runner.log(`${failed.length} of ${records.length} videos failed: ${names}.`)
    summary += heading('Failed videos', 3) + table(rows)
    runner.fail()
  }
  await runner.summary(summary)
}
