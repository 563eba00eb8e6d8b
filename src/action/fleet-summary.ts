import type { VideoRecord } from '../manifest/outputs.js'
import { seconds } from '../render/wait.js'
import { messageOf } from '../shared/errors.js'
import { formatBytes } from '../shared/format.js'
import { code, escapeHtml, heading, link, table } from './summary.js'

/** The manifest run's job summary: a row per video, then each video's plan, collapsed. */
export function fleetSummary(
  records: readonly VideoRecord[],
  plans: ReadonlyMap<string, string>
): string {
  const rows = [
    ['Video', 'Status', 'Cache hit', 'Changes', 'Render time', 'Size', 'SHA-256', 'Links'],
    ...records.map(record => [
      code(record.name),
      statusOf(record),
      record.cacheHit === undefined ? '' : record.cacheHit ? 'yes' : 'no',
      record.changes === undefined ? '' : String(record.changes),
      record.renderMs === undefined ? '' : seconds(record.renderMs),
      record.videoSize === undefined ? '' : formatBytes(record.videoSize),
      record.videoSha256 ? code(record.videoSha256.slice(0, 12)) : '',
      links(record)
    ])
  ]
  const sections = records
    .filter(record => plans.get(record.name))
    .map(
      record =>
        `<details><summary>Plan of ${escapeHtml(record.name)}</summary>\n\n${plans.get(record.name) ?? ''}</details>\n`
    )
  return heading('AI Studios renders', 2) + table(rows) + sections.join('')
}

function statusOf(record: VideoRecord): string {
  if (record.status === 'failed') return `failed: ${escapeHtml(messageOf(record.error))}`
  if (record.status === 'dry-run')
    return record.needsExport ? 'dry-run: needs a render' : 'dry-run: no render needed'
  return escapeHtml(record.status)
}

function links(record: VideoRecord): string {
  return [
    record.artifactUrl && link('artifact', record.artifactUrl),
    record.assetUrl && link('release asset', record.assetUrl),
    record.downloadUrl && link('AI Studios', record.downloadUrl)
  ]
    .filter(Boolean)
    .join(' · ')
}
