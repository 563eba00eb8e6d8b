import path from 'node:path'
import { renderRun, type RunEdge, type RunSettings } from '../run/index.js'
import { resumableRender, resumeHint } from '../run/resume.js'
import { isDelivered, type VideoResult } from '../run/result.js'
import { formatBytes } from '../shared/format.js'
import { oneLine } from './failure.js'
import { UsageError } from './usage.js'

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>

/** Flags of one video, and the manifest key that each video sets instead. */
const ONE_VIDEO_FLAGS = { patch: 'patch', out: 'output-path', resume: 'resume-project-id' }

/** The defaults of the action's inputs of the same names. */
const DEFAULT_MAX_PARALLEL = 3
const DEFAULT_MAX_EXPORTS = 10

type ManifestBase = Omit<
  RunSettings,
  'projectId' | 'manifest' | 'maxParallel' | 'maxExports' | 'failFast' | 'cache'
> & { edge: RunEdge }

/**
 * `render --manifest FILE`: every selected video of the manifest through the same engine as the action,
 * each video's lines prefixed with its name. Prints a line per video on stdout and, for each failed one, one
 * line on stderr; 1 when any failed.
 */
export async function renderManifest(
  manifest: string,
  values: Values,
  { edge, ...base }: ManifestBase
): Promise<number> {
  for (const [flag, key] of Object.entries(ONE_VIDEO_FLAGS))
    if (values[flag] !== undefined)
      throw new UsageError(
        `--${flag} does not go with --manifest: set ${key} per video in ${manifest}`
      )
  const { results } = await renderRun(
    {
      ...base,
      projectId: '',
      cache: false,
      manifest: { file: manifest, only: typeof values.only === 'string' ? values.only : '' },
      failFast: false,
      maxParallel: whole(values['max-parallel'], 'max-parallel', 1, DEFAULT_MAX_PARALLEL),
      maxExports: whole(values['max-exports'], 'max-exports', 0, DEFAULT_MAX_EXPORTS)
    },
    edge
  )
  const failed = results.filter(result => result.status === 'failed')
  process.stdout.write(
    results.map(result => `${result.name}: ${outcome(result, base.workspace)}\n`).join('')
  )
  for (const result of failed)
    process.stderr.write(`aistudios-render: ${result.name}: ${failure(result)}\n`)
  return failed.length ? 1 : 0
}

function outcome(result: VideoResult, workspace: string): string {
  const { report } = result
  if (!report || !isDelivered(result)) return result.status
  const { size, sha256 } = report.video
  return [
    `path: ${path.resolve(workspace, report.videoPath)}`,
    `size: ${formatBytes(size)} (${size} bytes)`,
    `sha256: ${sha256}`,
    `rendered project: ${report.renderedProjectId}`
  ].join(' ')
}

/** Once an export may have been charged, the line names the render and how to fetch it without paying again. */
function failure(result: VideoResult): string {
  const message = oneLine(result.error)
  const render = resumableRender(result)
  return render ? `${message} ${resumeHint(render, { video: result.name })}` : message
}

function whole(value: Values[string], flag: string, min: number, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(number) || number < min)
    throw new UsageError(`--${flag} "${String(value)}" must be a whole number of at least ${min}`)
  return number
}
