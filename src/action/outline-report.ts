import type { Project } from '../aistudios/schema.js'
import {
  NO_TAGS_HINT,
  outlineLines,
  outlineTable,
  projectOutline,
  type Outline
} from '../outline/outline.js'
import type { Runner } from './runner.js'
import { escapeHtml, heading, paragraph, table } from './summary.js'

/**
 * A dry run without a patch shows the project as a patch author needs it: in a log group, and as a table in
 * the job summary. Returns the summary's part.
 */
export async function reportOutline(runner: Runner, project: Project): Promise<string> {
  const outline = projectOutline(project)
  await runner.group('Project outline', async () => {
    for (const line of outlineLines(outline)) runner.log(line)
  })
  return outlineHtml(outline)
}

/** Every cell is API or user text, so every cell is escaped. */
export function outlineHtml(outline: Outline): string {
  return (
    heading(`Outline of "${outline.name}"`, 3) +
    table(outlineTable(outline).map(row => row.map(escapeHtml))) +
    (outline.tagged ? '' : paragraph(escapeHtml(NO_TAGS_HINT)))
  )
}
