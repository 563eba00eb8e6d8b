import { createHash } from 'node:crypto'
import {
  exportRequest,
  type ExportRequest,
  type ExportSettings
} from '../aistudios/export-request.js'
import { writeJson } from '../aistudios/exact-json.js'
import type { Project } from '../aistudios/schema.js'

/**
 * Bumped when what goes into the hash changes, so old cache entries can never match new ones.
 * v2: a plain export's hash covers the carried fields (`dictionary`) as a create's does.
 */
export const CONTENT_HASH_VERSION = 'v2'

/**
 * What determines the rendered video, and nothing else: for create+export the body that is sent, for a plain
 * export the fetched project's content as a create would carry it (so an edit made in the editor, pronunciations
 * included, changes it; the one list of carried fields is the export request's). `webhookUrl` only says who
 * hears about the render, not what it looks like.
 */
export function contentOf(request: ExportRequest, fetched: Project): Record<string, unknown> {
  const body: Record<string, unknown> =
    request.route === 'create'
      ? { ...request.body, route: 'create' }
      : plainExportContent(request, fetched)
  delete body.webhookUrl
  return body
}

function plainExportContent(
  request: Extract<ExportRequest, { route: 'export' }>,
  fetched: Project
): Record<string, unknown> {
  const { projectId, ...settings } = request.body
  // The body's settings are the ExportSettings the request was built from.
  const asCreate = exportRequest(projectId, settings as ExportSettings, fetched)
  return { ...asCreate.body, route: 'export' }
}

/** `v2-<sha256 hex>` of the canonical serialization of `contentOf`. */
export function contentHash(request: ExportRequest, fetched: Project): string {
  const digest = createHash('sha256')
    .update(canonicalJson(contentOf(request, fetched)))
    .digest('hex')
  return `${CONTENT_HASH_VERSION}-${digest}`
}

/**
 * JSON with object keys sorted at every depth and no whitespace, so equal values give equal bytes whatever
 * order the patch or the API wrote them in; numbers as AI Studios wrote them (the bytes that are sent), so
 * two projects that differ in the 20th digit of a number differ here too. `undefined` members are dropped,
 * as JSON.stringify drops them.
 */
export function canonicalJson(value: unknown): string {
  return writeJson(value, true)
}
