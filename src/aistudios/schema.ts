import { z, type ZodType } from 'zod'
import { plainNumber } from './exact-json.js'
import type { KnownFields } from './known-fields.js'

/*
 * Schemas of AI Studios v3 answers (docs/aistudios-api.md). Every answer is parsed once, here, at the
 * boundary. Objects are loose: fields we do not know about are kept, so a fetched scene round-trips untouched.
 * Answers are read with every number as written (exact-json.ts): a field this action reads as a number
 * takes it through `plainNumber`, so `1.0` or `5e1` is a number to it as `JSON.parse` would make it.
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

/**
 * Ids the API returns are used in URLs, logs and outputs: the documented form (a 24-hex ObjectId), else a
 * safe charset, never text that could carry a workflow command or a path.
 */
export const ProjectIdSchema = z
  .string()
  .regex(
    /^(?:[0-9a-f]{24}|[A-Za-z0-9_-]{1,128})$/i,
    'is not a project id (24 hex digits or [A-Za-z0-9_-])'
  )

/** `POST /editor/project`, `POST /editor/project/export` */
export const ExportDataSchema = z.looseObject({ projectId: ProjectIdSchema })

/** `DELETE /editor/project` with `{ ids }`. */
export const DeleteDataSchema = z.looseObject({
  deletedCount: z.preprocess(plainNumber, z.number().int().nonnegative())
})

/** `POST /auth/token` */
export const TokenDataSchema = z.looseObject({ token: z.string().min(1) })

/**
 * `GET /editor/progress/{id}`. `state` exists (the official samples log it) but its values are undocumented,
 * so it stays a free string and `classifyProgress` decides what it means.
 */
export const ProgressDataSchema = z
  .looseObject({
    // A number, or the same number as a string (a variant seen in the wild); anything else is not a progress.
    progress: z
      .preprocess(
        plainNumber,
        z.union([
          z.number(),
          z
            .string()
            .regex(/^\s*\d+(?:\.\d+)?\s*$/)
            .transform(Number)
        ])
      )
      .pipe(z.number().min(0))
      .nullish()
      .transform(value => value ?? 0),
    state: z.string().nullish(),
    downloadUrl: z.string().nullish(),
    // The project object spells it in snake case; the progress answer may too.
    download_url: z.string().nullish()
  })
  .transform(({ download_url, ...data }) => ({
    ...data,
    downloadUrl: data.downloadUrl ?? download_url ?? data.downloadUrl
  }))
export type ProgressData = z.infer<typeof ProgressDataSchema>

/** An answer of AI Studios: how its `data` is read, and which of its fields this action knows. */
export interface AnswerSpec<T> {
  /** As the log names it: "a progress answer". */
  name: string
  schema: ZodType<T>
  /** Any other field is logged once a run, so that a user can report it. */
  known: KnownFields
  /** Its values may be secrets: unknown fields are named, never shown. */
  secret?: boolean
}

/** `GET /editor/project/{id}`: the project's fields are the documented ones (docs/aistudios-api.md, 3.1). */
export const PROJECT_ANSWER: AnswerSpec<z.infer<typeof GetProjectDataSchema>> = {
  name: 'get-project answer',
  schema: GetProjectDataSchema,
  known: {
    project: Object.fromEntries(
      [
        '_id',
        'name',
        'orientation',
        'scenes',
        'userId',
        'templateId',
        'state',
        'thumbnailUrl',
        'baseInfoId',
        'dictionary',
        'backendTaskId',
        'exportType',
        'progress',
        'creditSubstracted',
        'createdAt',
        'updatedAt',
        'download_url'
      ].map(field => [field, true] as const)
    )
  }
}

export const EXPORT_ANSWER: AnswerSpec<z.infer<typeof ExportDataSchema>> = {
  name: 'export answer',
  schema: ExportDataSchema,
  known: { projectId: true }
}

export const DELETE_ANSWER: AnswerSpec<z.infer<typeof DeleteDataSchema>> = {
  name: 'delete answer',
  schema: DeleteDataSchema,
  known: { deletedCount: true }
}

export const TOKEN_ANSWER: AnswerSpec<z.infer<typeof TokenDataSchema>> = {
  name: 'token answer',
  schema: TokenDataSchema,
  known: { token: true },
  secret: true
}

export const PROGRESS_ANSWER: AnswerSpec<ProgressData> = {
  name: 'progress answer',
  schema: ProgressDataSchema,
  known: {
    progress: true,
    state: true,
    downloadUrl: true,
    download_url: true,
    projectId: true,
    _id: true
  }
}

/**
 * The error envelope. The type of `code` is undocumented: a number or a string. Some answers carry the text
 * as a top-level `message` instead of `error.msg`.
 */
export const ErrorEnvelopeSchema = z.object({
  success: z.literal(false),
  message: z.string().optional(),
  error: z
    .looseObject({
      code: z.preprocess(plainNumber, z.union([z.string(), z.number()])).optional(),
      msg: z.string().optional()
    })
    .optional()
})

export const SuccessEnvelopeSchema = z.object({ success: z.literal(true), data: z.unknown() })
