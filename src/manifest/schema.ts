import { z } from 'zod'

/** A video's name: it names its artifact, its default output path and asset, and `only`. */
export const VIDEO_NAME = /^[a-z0-9][a-z0-9._-]*$/

const VarsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))

/** The keys a video may set, named like the action inputs they override. */
const VideoKeys = {
  'project-id': z.string().min(1),
  patch: z.string().min(1),
  vars: VarsSchema,
  resolution: z.enum(['4k', '1080', '720', '480']),
  'workspace-id': z.string().min(1),
  'output-path': z.string().min(1),
  'asset-name': z.string().min(1),
  'resume-project-id': z.string().min(1)
}

export const VideoEntrySchema = z.strictObject(VideoKeys).partial()
export type VideoEntry = z.infer<typeof VideoEntrySchema>

export const ManifestFileSchema = z.strictObject({
  $schema: z.string().optional(),
  defaults: VideoEntrySchema.optional(),
  videos: z.record(z.string(), VideoEntrySchema)
})

export function manifestJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ManifestFileSchema, { target: 'draft-7' })
}
