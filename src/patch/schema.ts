import { z } from 'zod'

/*
 * The shape of a patch file, in one place: the engine validates against it and `schema/patch.schema.json`
 * (for editors: completion, hover help, squiggles) is generated from it by `script/gen-patch-schema.js`.
 * Rules JSON Schema cannot say (e.g. "a scene entry must change something") are refinements here and are
 * enforced by the engine only. This module imports nothing but zod, so the generator can compile it alone.
 */

/** A map that refuses unknown keys and says which ones it takes: typos fail instead of being ignored. */
function closed<T extends z.ZodRawShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ')
  return z.strictObject(shape, {
    error: issue =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map(key => `'${key}'`).join(', ')}; allowed keys: ${allowed}`
        : undefined
  })
}

const name = z.string().min(1)

export const JsonValueSchema = z.json().meta({ id: 'JsonValue' })

const byTag = closed({
  tag: name.describe('The tag given to the clip in the AI Studios editor.')
})
const byId = closed({
  id: name.describe('The clip id, e.g. "textImage-1hgus4k2m0a".')
})
const byType = closed({
  type: name.describe('The clip type: aiModel, image, textImage, videoImage, shape, audio.'),
  nth: z
    .int()
    .min(0)
    .optional()
    .describe(
      'Which clip of that type, 0-based, in the order the project lists them. Needed when there are several.'
    )
})

export const SceneRefSchema = z
  .union([z.int().min(0), byTag, byId], {
    error: 'must be a scene index (0, 1, …), { tag: … } or { id: … }'
  })
  .describe(
    'The scene to edit: its 0-based index, or the scene holding the clip with this tag or id.'
  )
export type SceneRef = z.infer<typeof SceneRefSchema>

export const AvatarRefSchema = z
  .union([byTag, byId], { error: 'must be { tag: … } or { id: … } of an avatar (aiModel) clip' })
  .describe(
    'Whose speech `script` replaces, in a scene with several avatars: the aiModel clip by tag or id.'
  )
export type AvatarRef = z.infer<typeof AvatarRefSchema>

export const ClipRefSchema = z
  .union([byTag, byId, byType], {
    error: 'must be one of { tag: … }, { id: … } or { type: …, nth: … }'
  })
  .describe('The clip to edit, within the scene: by tag, by id, or by type (+ nth).')
export type ClipRef = z.infer<typeof ClipRefSchema>

export const ScriptSchema = z
  .union(
    [
      z.string().describe('The new speech, inline.'),
      closed({
        file: name.describe(
          'A UTF-8 text file with the new speech, relative to this patch file, inside the repository.'
        )
      })
    ],
    { error: 'must be the text itself or { file: path/to/script.md }' }
  )
  .describe(
    'What the avatar says in this scene. `{{ name }}` placeholders are filled from the `vars` input and the run context.'
  )

const https = 'A public https:// URL: AI Studios fetches it when it renders.'
const SetSchema = z
  .object({
    text: z.string().optional().describe('The text of a textImage clip.'),
    source_url: z.string().optional().describe(`The image of an image clip. ${https}`),
    video_url: z.string().optional().describe(`The video of a videoImage clip. ${https}`)
  })
  .catchall(JsonValueSchema)
  .refine(fields => Object.keys(fields).length > 0, 'sets nothing: name at least one field')
  .describe(
    'Clip fields and their new values. A field the clip lacks must be one AI Studios documents for its type.'
  )

export const ClipEditSchema = closed({ select: ClipRefSchema, set: SetSchema })

export const SceneEditSchema = closed({
  scene: SceneRefSchema,
  avatar: AvatarRefSchema.optional(),
  script: ScriptSchema.optional(),
  clips: z.array(ClipEditSchema).min(1).optional().describe('Edits to clips of this scene.')
}).superRefine((edit, ctx) => {
  if (edit.script === undefined && edit.clips === undefined)
    ctx.addIssue({ code: 'custom', message: 'changes nothing: add `script` or `clips`' })
  if (edit.avatar !== undefined && edit.script === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['avatar'],
      message: '`avatar` only says whose `script` this is: add `script` or remove `avatar`'
    })
})

const pointer = z
  .string()
  .regex(
    /^(\/([^~/]|~[01])*)*$/,
    'must be a JSON Pointer such as /scenes/0/name (empty or starting with /; write ~ as ~0 and / inside a key as ~1)'
  )
const valueOp = <T extends 'add' | 'replace' | 'test'>(op: T) =>
  closed({ op: z.literal(op), path: pointer, value: JsonValueSchema })
const fromOp = <T extends 'move' | 'copy'>(op: T) =>
  closed({ op: z.literal(op), from: pointer, path: pointer })

export const OpSchema = z
  .discriminatedUnion('op', [
    valueOp('add'),
    closed({ op: z.literal('remove'), path: pointer }),
    valueOp('replace'),
    fromOp('move'),
    fromOp('copy'),
    valueOp('test')
  ])
  .describe('An RFC 6902 JSON Patch operation on the project object (GET /editor/project/{id}).')
export type Op = z.infer<typeof OpSchema>

export const OpListSchema = z.array(OpSchema).min(1)

export const SceneDocumentSchema = closed({
  $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
  name: name.optional().describe('A new name for the rendered project.'),
  scenes: z.array(SceneEditSchema).min(1).optional().describe('Edits, scene by scene.'),
  ops: OpListSchema.optional().describe('Raw RFC 6902 operations, applied after the scene edits.')
}).refine(
  doc => doc.name !== undefined || doc.scenes !== undefined || doc.ops !== undefined,
  'changes nothing: add `name`, `scenes` or `ops`'
)
export type SceneDocument = z.infer<typeof SceneDocumentSchema>

export const PatchFileSchema = z.union([SceneDocumentSchema, OpListSchema]).meta({
  title: 'aistudios-render patch',
  description:
    'Edits applied to an AI Studios project before it is rendered: a scene-edit document, or an RFC 6902 JSON Patch array.'
})

/** The JSON Schema committed as `schema/patch.schema.json`. */
export function patchJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PatchFileSchema, { target: 'draft-7' })
}
