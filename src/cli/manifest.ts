import path from 'node:path'
import { renderFleet } from '../fleet.js'
import type { VideoRecord } from '../manifest/outputs.js'
import { RenderFailedError } from '../render/wait.js'
import { formatBytes } from '../shared/format.js'
import type { StoryContext, VideoJob } from '../story.js'
import { oneLine } from './failure.js'
import { UsageError } from './usage.js'

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>

/** Flags of one video, and the manifest key that each video sets instead. */
const ONE_VIDEO_FLAGS = { patch: 'patch', out: 'output-path', resume: 'resume-project-id' }

/** The defaults of the action's inputs of the same names. */
const DEFAULT_MAX_PARALLEL = 3
const DEFAULT_MAX_EXPORTS = 10

/**
 * `render --manifest FILE`: every selected video of the manifest through the same rooms as the action, each
 * video's lines prefixed with its name. Prints a line per video on stdout and, for each failed one, one
 * line on stderr; 1 when any failed.
 */
export async function renderManifest(
  manifest: string,
  values: Values,
  base: Omit<VideoJob, 'projectId' | 'outputPath'>,
  context: Omit<StoryContext, 'onPlan' | 'onRender'>
): Promise<number> {
  for (const [flag, key] of Object.entries(ONE_VIDEO_FLAGS))
    if (values[flag] !== undefined)
      throw new UsageError(
        `--${flag} does not go with --manifest: set ${key} per video in ${manifest}`
      )
  const result = await renderFleet(
    { ...base, projectId: '' },
    {
      manifest,
      only: typeof values.only === 'string' ? values.only : '',
      failFast: false,
      maxParallel: whole(values['max-parallel'], 'max-parallel', 1, DEFAULT_MAX_PARALLEL),
      maxExports: whole(values['max-exports'], 'max-exports', 0, DEFAULT_MAX_EXPORTS)
    },
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

function whole(value: Values[string], flag: string, min: number, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(number) || number < min)
    throw new UsageError(`--${flag} "${String(value)}" must be a whole number of at least ${min}`)
  return number
}
