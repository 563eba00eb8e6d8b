import { messageOf } from '../shared/errors.js'

/** What the run learnt about one video, whether it was delivered, skipped or failed. */
export interface VideoRecord {
  name: string
  status: 'delivered' | 'dry-run' | 'failed' | 'skipped'
  sourceProjectId: string
  projectId?: string
  contentHash?: string
  cacheHit?: boolean
  /** Dry runs: a real run would export this video (no cached video, no render to resume). */
  needsExport?: boolean
  changes?: number
  renderMs?: number
  videoPath?: string
  videoSize?: number
  videoSha256?: string
  downloadUrl?: string
  artifactUrl?: string
  assetUrl?: string
  error?: unknown
}

/** The `videos` output: video name -> its outputs under the single-video outputs' names. */
export function videosOutput(records: readonly VideoRecord[]): string {
  const entries = records.map(record => [
    record.name,
    {
      'project-id': record.projectId ?? '',
      'source-project-id': record.sourceProjectId,
      'content-hash': record.contentHash ?? '',
      'cache-hit': record.cacheHit ?? false,
      changes: record.changes ?? 0,
      'video-path': record.videoPath ?? '',
      'video-size': record.videoSize ?? 0,
      'video-sha256': record.videoSha256 ?? '',
      'download-url': record.downloadUrl ?? '',
      'artifact-url': record.artifactUrl ?? '',
      'asset-url': record.assetUrl ?? '',
      error: record.error === undefined ? '' : messageOf(record.error)
    }
  ])
  return JSON.stringify(Object.fromEntries(entries))
}

/** The `matrix` output, for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. */
export function matrixOutput(names: readonly string[]): string {
  return JSON.stringify({ include: names.map(video => ({ video })) })
}
