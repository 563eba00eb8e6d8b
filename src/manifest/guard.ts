import { ActionError } from '../shared/errors.js'

/**
 * The spending guard: checked after cache hits and before any export, so a manifest that would render more
 * than the limit spends nothing. `limit` 0 means no limit.
 */
export function checkExportBudget(needExport: readonly string[], limit: number): void {
  if (limit === 0 || needExport.length <= limit) return
  throw new ActionError(
    `${needExport.length} videos need an export (${needExport.join(', ')}), more than \`max-exports\` ${limit}: nothing was exported; set \`max-exports: ${needExport.length}\` (or 0 for no limit) to render them, or select fewer with \`only\`.`,
    { input: 'max-exports' }
  )
}
