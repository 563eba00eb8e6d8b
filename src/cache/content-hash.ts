import { createHash } from 'node:crypto'
import type { ExportRequest } from '../aistudios/export-request.js'
import type { Project } from '../aistudios/schema.js'
import { isRecord } from '../shared/json.js'

/** Bumped when what goes into the hash changes, so old cache entries can never match new ones. */
export const CONTENT_HASH_VERSION = 'v1'

/**
 * What determines the rendered video, and nothing else: for create+export the body that is sent, for a plain
 * export the fetched project's content (an edit made in the editor changes it). `webhookUrl` only says who
 * hears about the render, not what it looks like.
 */
export function contentOf(request: ExportRequest, fetched: Project): Record<string, unknown> {
  if (request.route === 'create') {
    const body: Record<string, unknown> = { route: 'create', ...request.body }
    delete body.webhookUrl
    return body
  }
  const { resolution, workspaceId } = request.body
  const { name, orientation, scenes } = fetched
  return {
    route: 'export',
    name,
    orientation,
    scenes,
    resolution,
    ...(workspaceId ? { workspaceId } : {})
  }
}

/** `v1-<sha256 hex>` of the canonical serialization of `contentOf`. */
export function contentHash(request: ExportRequest, fetched: Project): string {
  const digest = createHash('sha256')
    .update(canonicalJson(contentOf(request, fetched)))
    .digest('hex')
  return `${CONTENT_HASH_VERSION}-${digest}`
}

/**
 * JSON with object keys sorted at every depth and no whitespace, so equal values give equal bytes whatever
 * order the patch or the API wrote them in. `undefined` members are dropped, as JSON.stringify drops them.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(item => canonicalJson(item ?? null)).join(',')}]`
  if (isRecord(value)) {
    const members = Object.keys(value)
      .sort()
      .filter(key => value[key] !== undefined)
      .map(key => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
    return `{${members.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
