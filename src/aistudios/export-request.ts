import { writeJson } from './exact-json.js'
import type { Project } from './schema.js'

export type Resolution = '4k' | '1080' | '720' | '480'
export const RESOLUTIONS: readonly Resolution[] = ['4k', '1080', '720', '480']

/** How the video is rendered, whatever the edits. */
export interface ExportSettings {
  resolution: Resolution
  workspaceId?: string
  webhookUrl?: string
}

/**
 * The one request that spends credits, built before anything is spent so a dry run can show it as is.
 * With edits, route A of the API: a new project made of the edited scenes (the original stays untouched);
 * without, route C: export the project as it is.
 */
export type ExportRequest =
  | { route: 'create'; path: 'editor/project'; body: CreateBody }
  | { route: 'export'; path: 'editor/project/export'; body: { projectId: string } & SettingsBody }

type SettingsBody = { resolution: string; workspaceId?: string; webhookUrl?: string }
type CreateBody = Pick<Project, 'name' | 'orientation' | 'scenes'> &
  SettingsBody & { isExport: true } & Partial<Record<CarriedField, unknown>>

/**
 * Fields of the fetched project that the create call documents beside the scenes: carried over as they came,
 * so a project's pronunciations (`dictionary`) survive the edit.
 */
const CARRIED_FIELDS = ['dictionary'] as const
type CarriedField = (typeof CARRIED_FIELDS)[number]

/** `edited` is the project after the patch, undefined when there is no patch. */
export function exportRequest(
  projectId: string,
  settings: ExportSettings,
  edited: Project | undefined
): ExportRequest {
  const common: SettingsBody = {
    resolution: settings.resolution,
    ...(settings.workspaceId ? { workspaceId: settings.workspaceId } : {}),
    ...(settings.webhookUrl ? { webhookUrl: settings.webhookUrl } : {})
  }
  if (!edited)
    return { route: 'export', path: 'editor/project/export', body: { projectId, ...common } }
  // Only what the tutorial sends: ids, owner and state of the source project are the server's to set.
  const { name, orientation, scenes } = edited
  const carried = Object.fromEntries(
    CARRIED_FIELDS.filter(field => edited[field] !== undefined).map(field => [field, edited[field]])
  )
  return {
    route: 'create',
    path: 'editor/project',
    body: { name, orientation, scenes, ...carried, ...common, isExport: true }
  }
}

/** A one-line account of the request, for the log and the dry-run summary. */
export function describeRequest(request: ExportRequest): string {
  if (request.route === 'export')
    return `POST /api/odin/v3/${request.path} ${writeJson(request.body)}`
  const { scenes, ...rest } = request.body
  return `POST /api/odin/v3/${request.path} ${writeJson({ ...rest, scenes: `[${scenes.length} scenes]` })}`
}
