import path from 'node:path'
import { renderFleet } from '../fleet.js'
import type { VideoRecord } from '../manifest/outputs.js'
import { RenderFailedError } from '../render/wait.js'
import { formatBytes } from '../shared/format.js'
import type { ManifestSettings, Settings } from '../settings/types.js'
import type { StoryContext } from '../story.js'
import { oneLine } from './failure.js'

/**
 * `render --manifest FILE`: every selected video of the manifest through the same rooms as the action, each
 * video's lines prefixed with its name. Prints a line per video on stdout and, for each failed one, one
 * line on stderr; 1 when any failed.
 */
export async function renderManifest(
  manifest: ManifestSettings,
  base: Omit<Settings, 'manifest'>,
  context: Omit<StoryContext, 'onPlan' | 'onRender'>
): Promise<number> {
  const { file, ...rest } = manifest
  const result = await renderFleet(
    base,
    { manifest: file, ...rest, maxExports: base.maxExports },
    context
  )
  const failed = result.records.filter(record => record.status === 'failed')
  process.stdout.write(
    result.records.map(record => `${record.name}: ${outcome(record, base.workspace)}\n`).join('')
  )
  for (const record of failed)
    process.stderr.write(`aistudios-render: ${record.name}: ${failure(record)}\n`)
  return failed.length ? 1 : 0
}

function outcome(record: VideoRecord, workspace: string): string {
  if (record.status !== 'delivered') return record.status
  const size = record.videoSize ?? 0
  return [
    `path: ${path.resolve(workspace, record.videoPath ?? '')}`,
    `size: ${formatBytes(size)} (${size} bytes)`,
    `sha256: ${record.videoSha256 ?? ''}`,
    `rendered project: ${record.projectId ?? ''}`
  ].join(' ')
}

/** Once an export may have been charged, the line names the render and how to fetch it without paying again. */
function failure(record: VideoRecord): string {
  const message = oneLine(record.error)
  if (record.projectId === undefined || record.error instanceof RenderFailedError) return message
  return `${message} The render is project ${record.projectId}: set resume-project-id: ${record.projectId} on video ${record.name} in the manifest.`
}
