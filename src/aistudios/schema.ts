import { z } from 'zod'

/*
 * Schemas of AI Studios v3 answers (docs/aistudios-api.md). Every answer is parsed once, here, at the
 * edge. Objects are loose: fields we do not know about are kept, so a fetched scene round-trips untouched.
 */

export const ClipSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  tag: z.string().nullish(),
  name: z.string().nullish()
})
export type Clip = z.infer<typeof ClipSchema>

export const SceneScriptSchema = z.looseObject({
  org: z.string().nullish(),
  modelId: z.string().nullish(),
  clothId: z.string().nullish()
})
export type SceneScript = z.infer<typeof SceneScriptSchema>

export const SceneSchema = z.looseObject({
  // Projects made before Dec 2024 keep the speech on the avatar clip (`clip.script.org`) and have no `scripts`.
  scripts: z.array(SceneScriptSchema).optional(),
  clips: z.array(ClipSchema)
})
export type Scene = z.infer<typeof SceneSchema>

export const ProjectSchema = z.looseObject({
  _id: z.string().optional(),
  name: z.string(),
  orientation: z.string().optional(),
  scenes: z.array(SceneSchema)
})
export type Project = z.infer<typeof ProjectSchema>

/** `GET /editor/project/{id}` */
export const GetProjectDataSchema = z.looseObject({ project: ProjectSchema })

/** `POST /editor/project`, `POST /editor/project/export` */
export const ExportDataSchema = z.looseObject({ projectId: z.string().min(1) })

/** `POST /auth/token` */
export const TokenDataSchema = z.looseObject({ token: z.string().min(1) })

/**
 * `GET /editor/progress/{id}`. `state` exists (the official samples log it) but its values are undocumented,
 * so it stays a free string and `classifyProgress` decides what it means.
 */
export const ProgressDataSchema = z.looseObject({
  progress: z.coerce.number().min(0).default(0),
  state: z.string().nullish(),
  downloadUrl: z.string().nullish()
})
export type ProgressData = z.infer<typeof ProgressDataSchema>

/** The error envelope. The type of `code` is undocumented: a number or a string. */
export const ErrorEnvelopeSchema = z.object({
  success: z.literal(false),
  error: z
    .looseObject({ code: z.union([z.string(), z.number()]).optional(), msg: z.string().optional() })
    .optional()
})

export const SuccessEnvelopeSchema = z.object({ success: z.literal(true), data: z.unknown() })
