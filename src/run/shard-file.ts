import { z } from 'zod'
import { parseShard, shardLabel, type Shard } from '../manifest/shard.js'
import type { Change } from '../patch/index.js'
import { RenderFailedError } from '../render/wait.js'
import { ActionError, messageOf } from '../shared/errors.js'
import type { RenderReport } from './job.js'
import type { VideoResult } from './result.js'

/**
 * A shard's results as the file its job stores for the gather job (an artifact of the workflow run), and read
 * back with a schema: it crosses from one job to another, so it is checked like any outside JSON. Each video
 * keeps what the outputs, the summary and the comment show; its plan keeps the changes, not the project.
 */

/** Every shard's artifact is named `aistudios-render-results-<i>-of-<n>.json`. */
export const SHARD_FILE_PREFIX = 'aistudios-render-results-'

export const shardFileName = ({ index, count }: Shard): string =>
  `${SHARD_FILE_PREFIX}${index}-of-${count}.json`

const Location = z.object({
  file: z.string(),
  line: z.number().optional(),
  column: z.number().optional()
})

const ClipInfo = z.object({
  index: z.number(),
  id: z.string(),
  type: z.string(),
  tag: z.string().optional()
})

const ChangeSchema: z.ZodType<Change> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('name'), before: z.string(), after: z.string() }),
  z.object({
    kind: z.literal('script'),
    scene: z.number(),
    avatar: ClipInfo.optional(),
    paths: z.array(z.string()),
    before: z.string(),
    after: z.string(),
    charsBefore: z.number(),
    charsAfter: z.number()
  }),
  z.object({
    kind: z.literal('clip'),
    scene: z.number(),
    clip: ClipInfo,
    field: z.string(),
    path: z.string(),
    before: z.json().optional(),
    after: z.json()
  }),
  z.object({
    kind: z.literal('op'),
    name: z.string(),
    op: z.enum(['add', 'replace', 'test', 'remove', 'move', 'copy']),
    path: z.string(),
    from: z.string().optional(),
    scene: z.number().optional(),
    before: z.json().optional(),
    after: z.json().optional()
  })
])

const ReportSchema: z.ZodType<RenderReport> = z.object({
  renderedProjectId: z.string(),
  resolution: z.string(),
  renderMs: z.number(),
  downloadUrl: z.string(),
  video: z.object({ path: z.string(), size: z.number(), sha256: z.string() }),
  facts: z.object({ duration: z.number(), width: z.number(), height: z.number() }),
  videoPath: z.string(),
  delivery: z.object({
    outputs: z.record(z.string(), z.string()),
    links: z.array(z.object({ label: z.string(), text: z.string(), url: z.string() })),
    where: z.string()
  }),
  cacheHit: z.boolean(),
  companions: z.array(z.object({ name: z.string(), path: z.string() })),
  projectDeleted: z.boolean()
})

const VideoRecord = z.object({
  name: z.string(),
  status: z.enum(['rendered', 'cached', 'resumed', 'planned', 'failed', 'skipped']),
  sourceProjectId: z.string(),
  contentHash: z.string().optional(),
  renderId: z.string().optional(),
  exported: z.literal(true).optional(),
  plan: z.object({ name: z.string(), changes: z.array(ChangeSchema) }).optional(),
  report: ReportSchema.optional(),
  dryRun: z
    .object({
      request: z.string(),
      cacheHit: z.boolean(),
      needsExport: z.boolean(),
      cacheOn: z.boolean()
    })
    .optional(),
  error: z
    .object({
      message: z.string(),
      input: z.string().optional(),
      location: Location.optional(),
      /** AI Studios said the render failed: there is no render to resume. */
      renderFailed: z.literal(true).optional()
    })
    .optional()
})
type VideoRecord = z.infer<typeof VideoRecord>

const ShardFileSchema = z.object({
  shard: z.string().refine(text => parseShard(text) !== undefined, 'not i/n'),
  videos: z.array(VideoRecord)
})

/** The file a shard stores: its label and every video it took, in the manifest's order. */
export function shardFileText(shard: Shard, results: readonly VideoResult[]): string {
  return JSON.stringify({ shard: shardLabel(shard), videos: results.map(recordOf) })
}

/** A shard's file, checked; `name` (the artifact's) names it in the error when it is not one. */
export function readShardFile(
  name: string,
  text: string
): { shard: Shard; results: VideoResult[] } {
  let parsed: z.infer<typeof ShardFileSchema>
  try {
    parsed = ShardFileSchema.parse(JSON.parse(text))
  } catch (error) {
    const reason =
      error instanceof z.ZodError ? z.prettifyError(error).split('\n')[0] : messageOf(error)
    throw new ActionError(
      `The artifact ${name} is not a shard's results (${reason}): re-run that shard's job, or delete the artifact.`,
      { input: 'gather' }
    )
  }
  return { shard: parseShard(parsed.shard)!, results: parsed.videos.map(resultOf) }
}

/** What a shard keeps of a video: its result less the fetched project (the plan keeps the project's name). */
function recordOf({ plan, error, unpatched, ...kept }: VideoResult): VideoRecord {
  return {
    ...kept,
    plan: plan && { name: plan.project.name, changes: plan.changes },
    error: error === undefined ? undefined : errorRecord(error)
  }
}

function errorRecord(error: unknown): NonNullable<VideoRecord['error']> {
  const details = error instanceof ActionError ? error.details : {}
  return {
    message: messageOf(error),
    ...details,
    ...(error instanceof RenderFailedError ? { renderFailed: true } : {})
  }
}

function resultOf(record: VideoRecord): VideoResult {
  const { plan, error, ...rest } = record
  return {
    ...rest,
    // The reports read a plan's changes only; the project stays with the shard that fetched it.
    ...(plan
      ? { plan: { project: { name: plan.name, scenes: [] }, ops: [], changes: plan.changes } }
      : {}),
    ...(error ? { error: errorOf(error) } : {})
  }
}

function errorOf({
  message,
  renderFailed,
  ...details
}: NonNullable<VideoRecord['error']>): ActionError {
  return renderFailed ? new RenderFailedError(message, details) : new ActionError(message, details)
}
