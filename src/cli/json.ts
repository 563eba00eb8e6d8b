import path from 'node:path'
import { z } from 'zod'
import { resumableRender } from '../run/resume.js'
import type { VideoResult } from '../run/result.js'
import { oneLine } from './failure.js'

/**
 * What `plan --json` and `render --json` print on standard output (docs/cli.md): one entry per video, in the
 * manifest's order (one for a single project). Progress and failures still go to standard error.
 */
export const RunJsonSchema = z.strictObject({
  videos: z.array(
    z.strictObject({
      /** The manifest's name of the video; the project id for a single video. */
      name: z.string(),
      status: z.enum(['rendered', 'cached', 'resumed', 'planned', 'failed', 'skipped']),
      projectId: z.string(),
      /** The patch's changes, as `plan` lists them; absent without a patch. */
      changes: z
        .array(z.looseObject({ kind: z.enum(['name', 'script', 'clip', 'op']) }))
        .optional(),
      /** A delivered video: the absolute path of the MP4, its size in bytes and SHA-256. */
      video: z.strictObject({ path: z.string(), size: z.number(), sha256: z.string() }).optional(),
      renderedProjectId: z.string().optional(),
      /** A failure, one line in the terminal's words. */
      error: z.string().optional(),
      /** A render that was started (and charged) but not delivered: `render --resume <id>` fetches it. */
      resume: z.string().optional()
    })
  )
})

export type RunJson = z.infer<typeof RunJsonSchema>

export function runJson(results: readonly VideoResult[], workspace: string): RunJson {
  return {
    videos: results.map(result => {
      const { report } = result
      const resume = result.status === 'failed' ? resumableRender(result) : undefined
      return {
        name: result.name,
        status: result.status,
        projectId: result.sourceProjectId,
        ...(result.plan ? { changes: result.plan.changes } : {}),
        ...(report
          ? {
              video: {
                path: path.resolve(workspace, report.videoPath),
                size: report.video.size,
                sha256: report.video.sha256
              },
              renderedProjectId: report.renderedProjectId
            }
          : {}),
        ...(result.status === 'failed' ? { error: oneLine(result.error) } : {}),
        ...(resume ? { resume } : {})
      }
    })
  }
}
