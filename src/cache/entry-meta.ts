import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { ProjectIdSchema } from '../aistudios/schema.js'
import type { Video } from '../shared/video.js'

/** What is stored next to the MP4, so a hit is checked against the request and reported as if just rendered. */
export const VideoMetaSchema = z.object({
  contentHash: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  projectId: ProjectIdSchema,
  resolution: z.string(),
  savedAt: z.string(),
  downloadUrl: z.string().optional()
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
): Promise<Checked<{ video: Video; meta: VideoMeta }>> {
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
  return { ok: { video: { path: file, size: meta.size, sha256: meta.sha256 }, meta } }
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
