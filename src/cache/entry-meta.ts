import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { ProjectIdSchema } from '../aistudios/schema.js'
import type { Companion, Video } from '../shared/video.js'

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/)

/** A file made from the video (the poster frame), kept as `video.mp4<suffix>` in the video's entry. */
const CompanionMetaSchema = z.object({
  name: z.string(),
  suffix: z.string().regex(/^\.[a-z0-9]+$/),
  recipe: z.string(),
  sha256: Sha256Schema,
  size: z.number().int().nonnegative()
})
export type CompanionMeta = z.infer<typeof CompanionMetaSchema>

export const companionMeta = ({ kind, recipe, sha256, size }: Companion): CompanionMeta => ({
  name: kind.name,
  suffix: kind.suffix,
  recipe,
  sha256,
  size
})

/** A companion as restored: its file, and what made it. */
export interface CachedCompanion extends Video {
  name: string
  recipe: string
}

/** What is stored next to the MP4, so a hit is checked against the request and reported as if just rendered. */
export const VideoMetaSchema = z.object({
  contentHash: z.string(),
  sha256: Sha256Schema,
  size: z.number().int().nonnegative(),
  projectId: ProjectIdSchema,
  resolution: z.string(),
  savedAt: z.string(),
  downloadUrl: z.string().optional(),
  /** Absent in entries saved before companions, or saved without one. */
  companions: z.array(CompanionMetaSchema).optional()
})
export type VideoMeta = z.infer<typeof VideoMetaSchema>

export const RenderMetaSchema = z.object({
  contentHash: z.string(),
  projectId: ProjectIdSchema,
  savedAt: z.string()
})
export type RenderMeta = z.infer<typeof RenderMetaSchema>

export const VIDEO_FILE = 'video.mp4'
export const META_FILE = 'meta.json'

export type Checked<T> = { ok: T } | { problem: string }

/** The render meta restored into `dir`, if it is one for `hash`. */
export async function checkRender(dir: string, hash: string): Promise<Checked<RenderMeta>> {
  const meta = await readMeta(dir, RenderMetaSchema)
  if ('problem' in meta || meta.ok.contentHash === hash) return meta
  return { problem: `it was saved for content ${meta.ok.contentHash}` }
}

/**
 * The video restored into `dir`, if it is the one asked for: the meta's content hash and resolution are the
 * request's, and the file's size and SHA-256 are the meta's. Anything else is never delivered.
 */
export async function checkVideo(
  dir: string,
  hash: string,
  expected: { resolution: string }
): Promise<Checked<{ video: Video; meta: VideoMeta; companions: CachedCompanion[] }>> {
  const read = await readMeta(dir, VideoMetaSchema)
  if ('problem' in read) return read
  const meta = read.ok
  if (meta.contentHash !== hash) return { problem: `it was saved for content ${meta.contentHash}` }
  if (meta.resolution !== expected.resolution)
    return { problem: `it is a ${meta.resolution} video, not ${expected.resolution}` }
  const file = path.join(dir, VIDEO_FILE)
  const actual = await sha256File(file).catch(() => undefined)
  if (actual?.sha256 !== meta.sha256 || actual.size !== meta.size)
    return { problem: `its video does not match its SHA-256 ${meta.sha256}` }
  const video = { path: file, size: meta.size, sha256: meta.sha256 }
  return { ok: { video, meta, companions: await checkCompanions(file, meta.companions ?? []) } }
}

/** The companions whose files match their meta; any other is left out, and made anew by the run. */
async function checkCompanions(
  videoFile: string,
  metas: readonly CompanionMeta[]
): Promise<CachedCompanion[]> {
  const checked = await Promise.all(
    metas.map(async ({ name, suffix, recipe, sha256, size }) => {
      const file = videoFile + suffix
      const actual = await sha256File(file).catch(() => undefined)
      return actual?.sha256 === sha256 && actual.size === size
        ? [{ name, recipe, path: file, size, sha256 }]
        : []
    })
  )
  return checked.flat()
}

async function readMeta<T>(dir: string, schema: z.ZodType<T>): Promise<Checked<T>> {
  const parsed = await fs
    .readFile(path.join(dir, META_FILE), 'utf8')
    .then(text => schema.safeParse(JSON.parse(text)))
    .catch(() => undefined)
  return parsed?.success ? { ok: parsed.data } : { problem: `it has no readable ${META_FILE}` }
}

async function sha256File(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    size += chunk.length
  }
  return { sha256: hash.digest('hex'), size }
}
