import { resumableRender, resumeHint } from '../run/resume.js'
import { ActionError, messageOf } from '../shared/errors.js'
import type { Runner } from './runner.js'
import { code, codeBlock, escapeHtml, heading, paragraph } from './summary.js'

/*
 * Apart from the report of a run: a bad input fails before the engine loads, and its answer should not wait
 * for the modules of a whole report.
 */

/**
 * The one-line error as an annotation (at the patch file's line when known), and, when a render was
 * started, how to pick it up again without paying for a second one.
 */
export async function reportFailure(
  runner: Runner,
  error: unknown,
  renderedProjectId: string | undefined,
  planHtml: string
): Promise<void> {
  const resumable = resumableRender({ renderId: renderedProjectId, error })
  const resume = resumable
    ? ` ${resumeHint(resumable, { setting: id => `\`resume-project-id: ${id}\`` })}`
    : ''
  const message = messageOf(error) + resume
  // An `if: failure()` step can resume or clean up the render from the output.
  if (renderedProjectId) runner.output('project-id', renderedProjectId)
  runner.error(message, error instanceof ActionError ? error.details.location : undefined)
  runner.fail()
  if (!(error instanceof ActionError) && error instanceof Error) runner.debug(error.stack ?? '')
  let summary = heading('AI Studios render failed', 2) + paragraph(escapeHtml(message))
  if (renderedProjectId) {
    summary +=
      paragraph(`Rendered project: ${code(renderedProjectId)}. To resume it, add to the step:`) +
      codeBlock(`with:\n  resume-project-id: ${renderedProjectId}`, 'yaml')
  }
  await runner.summary(summary + planHtml)
}
