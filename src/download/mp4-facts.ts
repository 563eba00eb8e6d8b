import { open, type FileHandle } from 'node:fs/promises'
import { ActionError } from '../shared/errors.js'

/** What the MP4's own boxes say about the video. */
export interface Mp4Facts {
  /** Seconds, rounded to 3 decimals. */
  duration: number
  width: number
  height: number
}

interface Box {
  type: string
  /** Offset of the box's payload (after size, type and any largesize). */
  start: number
  /** Offset one past the box's last byte. */
  end: number
}

/** Reads `length` bytes at `position`; fewer at the end of the file. */
async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await file.read(buffer, 0, length, position)
  return buffer.subarray(0, bytesRead)
}

/**
 * The child boxes of the range [start, end), read header by header so a multi-gigabyte `mdat` is skipped,
 * never loaded: size 1 means a 64-bit largesize follows the type, size 0 means "to the end of the range".
 */
async function* boxes(file: FileHandle, start: number, end: number): AsyncGenerator<Box> {
  let position = start
  while (position + 8 <= end) {
    const header = await readAt(file, position, 16)
    if (header.length < 8) return
    let size = header.readUInt32BE(0)
    const type = header.toString('latin1', 4, 8)
    let headerLength = 8
    if (size === 1) {
      if (header.length < 16) return
      size = Number(header.readBigUInt64BE(8))
      headerLength = 16
    } else if (size === 0) {
      size = end - position
    }
    if (size < headerLength || position + size > end) {
      throw new ActionError(
        `The MP4 is damaged: box '${type}' at byte ${position} claims ${size} bytes.`
      )
    }
    yield { type, start: position + headerLength, end: position + size }
    position += size
  }
}

async function child(file: FileHandle, parent: Box, type: string): Promise<Box | undefined> {
  for await (const box of boxes(file, parent.start, parent.end)) if (box.type === type) return box
  return undefined
}

/** `mvhd` v0 has 32-bit times and duration, v1 64-bit: the timescale sits after creation and modification. */
async function movieDuration(file: FileHandle, mvhd: Box): Promise<number> {
  const payload = await readAt(file, mvhd.start, 32)
  const version = payload.readUInt8(0)
  const timescale = version === 1 ? payload.readUInt32BE(20) : payload.readUInt32BE(12)
  const units = version === 1 ? Number(payload.readBigUInt64BE(24)) : payload.readUInt32BE(16)
  return timescale === 0 ? 0 : Math.round((units / timescale) * 1000) / 1000
}

/** `tkhd` ends with width and height as 16.16 fixed point, after a version-dependent header. */
async function trackFrame(file: FileHandle, tkhd: Box): Promise<{ width: number; height: number }> {
  const version = (await readAt(file, tkhd.start, 1)).readUInt8(0)
  const offset = version === 1 ? 88 : 76
  const frame = await readAt(file, tkhd.start + offset, 8)
  if (frame.length < 8)
    throw new ActionError('The MP4 is damaged: its video track header is truncated.')
  return {
    width: Math.round(frame.readUInt32BE(0) / 65536),
    height: Math.round(frame.readUInt32BE(4) / 65536)
  }
}

async function handlerType(file: FileHandle, trak: Box): Promise<string | undefined> {
  const mdia = await child(file, trak, 'mdia')
  const hdlr = mdia && (await child(file, mdia, 'hdlr'))
  if (!hdlr) return undefined
  // version+flags (4), pre_defined (4), then the handler type.
  return (await readAt(file, hdlr.start + 8, 4)).toString('latin1')
}

/** The duration and frame of the MP4 at `file`, found wherever its `moov` is (before or after `mdat`). */
export async function readMp4Facts(file: FileHandle): Promise<Mp4Facts> {
  const { size } = await file.stat()
  let moov: Box | undefined
  for await (const box of boxes(file, 0, size)) if (box.type === 'moov') moov = box
  if (!moov)
    throw new ActionError('The downloaded file is not a playable MP4: it has no movie box (moov).')
  const mvhd = await child(file, moov, 'mvhd')
  const duration = mvhd ? await movieDuration(file, mvhd) : 0
  if (duration <= 0)
    throw new ActionError('The downloaded MP4 has a zero duration: the render is empty.')
  for await (const trak of boxes(file, moov.start, moov.end)) {
    if (trak.type !== 'trak' || (await handlerType(file, trak)) !== 'vide') continue
    const tkhd = await child(file, trak, 'tkhd')
    if (tkhd) return { duration, ...(await trackFrame(file, tkhd)) }
  }
  throw new ActionError('The downloaded MP4 has no video track.')
}

/** The frames each `resolution` input may produce: landscape or portrait of the vendor's 16:9 sizes. */
const FRAMES: Record<string, [number, number][]> = {
  '4k': [[3840, 2160]],
  '1080': [[1920, 1080]],
  '720': [[1280, 720]],
  '480': [
    [854, 480],
    [640, 480]
  ]
}

/** A warning when the frame does not match the requested resolution, else undefined. */
export function frameMismatch(
  resolution: string,
  facts: Pick<Mp4Facts, 'width' | 'height'>
): string | undefined {
  const frames = FRAMES[resolution]
  if (!frames) return undefined
  const matches = frames.some(
    ([w, h]) =>
      (facts.width === w && facts.height === h) || (facts.width === h && facts.height === w)
  )
  if (matches) return undefined
  const expected = frames.map(([w, h]) => `${w}x${h} or ${h}x${w}`).join(' or ')
  return `The video is ${facts.width}x${facts.height} but resolution ${resolution} asks for ${expected}.`
}

/** The facts of the MP4 at `file`, with a warning when its frame is not the requested resolution's. */
export async function checkVideo(
  file: string,
  resolution: string,
  warn: (message: string) => void
): Promise<Mp4Facts> {
  const handle = await open(file, 'r')
  try {
    const facts = await readMp4Facts(handle)
    const mismatch = frameMismatch(resolution, facts)
    if (mismatch) warn(mismatch)
    return facts
  } finally {
    await handle.close()
  }
}
