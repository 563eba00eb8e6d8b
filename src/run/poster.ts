import { execFile } from 'node:child_process'
import { constants } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { ActionError, messageOf } from '../shared/errors.js'
import type { CompanionMaker } from './job.js'

/** A frame takes ffmpeg well under a second: a hung ffmpeg must not hold the delivery up for long. */
const FFMPEG_MS = 60_000
/** A seek to the very end finds no frame: the latest poster is this far before the end. */
const END_MARGIN_SECONDS = 0.5

interface PosterPlan {
  ffmpeg: string
  atSeconds: number
  required: boolean
}

/** Whether ffmpeg is on the run's PATH, looked up once per run (a run's environment is its own object). */
const lookups = new WeakMap<NodeJS.ProcessEnv, Promise<string | undefined>>()

/** The poster frame: a JPEG of the video at `poster-time`, made with the ffmpeg on PATH. */
export const posterMaker: CompanionMaker<PosterPlan> = {
  kind: { name: 'poster', label: 'Poster', suffix: '.jpg', contentType: 'image/jpeg' },

  async prepare(job, env, report) {
    const { mode, atSeconds } = job.poster
    if (mode === 'false') return undefined
    const first = !lookups.has(env)
    if (first) lookups.set(env, findOnPath('ffmpeg', env))
    const ffmpeg = await lookups.get(env)
    if (ffmpeg) return { ffmpeg, atSeconds, required: mode === 'true' }
    if (mode === 'true')
      throw new ActionError(
        '`poster` is true, but there is no ffmpeg on PATH: install it in an earlier step (docs/poster.md says how on each runner), or set `poster: auto`.',
        { input: 'poster' }
      )
    if (first)
      (report.notice ?? report.log)(
        'Poster: no ffmpeg on PATH, so no poster frame (poster: auto); docs/poster.md says how to install it.'
      )
    return undefined
  },

  recipe: (plan, duration) => `frame at ${posterTime(plan.atSeconds, duration).toFixed(3)} s`,

  async make(plan, { video, duration, dest }, signal, report) {
    const at = posterTime(plan.atSeconds, duration)
    const part = `${dest}.part`
    try {
      await promisify(execFile)(plan.ffmpeg, ffmpegArgs(video, at, part), {
        signal,
        timeout: FFMPEG_MS,
        windowsHide: true
      })
      await checkJpeg(part)
      await fs.rename(part, dest)
      report.log(`Poster: the frame at ${at.toFixed(3)} s, ${path.basename(dest)}.`)
      return true
    } catch (error) {
      await fs.rm(part, { force: true })
      if (signal.aborted) throw error
      const why = reasonOf(error)
      if (plan.required)
        throw new ActionError(`ffmpeg could not make the poster frame (poster: true): ${why}`, {
          input: 'poster'
        })
      ;(report.notice ?? report.log)(
        `Poster: ffmpeg could not make the poster frame (${why}); delivering the video without it.`
      )
      return false
    }
  }
}

/**
 * `poster-time`, within the video: a time past its end is taken `END_MARGIN_SECONDS` before the end (0 for a
 * shorter video).
 */
export function posterTime(atSeconds: number, duration: number): number {
  return Math.min(atSeconds, Math.max(0, duration - END_MARGIN_SECONDS))
}

/** One JPEG frame: a seek before the input (fast, to the key frame then decoded to the time), no prompt. */
function ffmpegArgs(video: string, at: number, out: string): string[] {
  return [
    ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y'],
    ...['-ss', at.toFixed(3), '-i', video],
    ...['-frames:v', '1', '-c:v', 'mjpeg', '-q:v', '2', '-update', '1', '-f', 'image2', out]
  ]
}

/** A JPEG starts with SOI (FF D8) and ends with EOI (FF D9): anything else is not published. */
async function checkJpeg(file: string): Promise<void> {
  const bytes = await fs.readFile(file)
  const n = bytes.length
  if (
    n < 4 ||
    bytes[0] !== 0xff ||
    bytes[1] !== 0xd8 ||
    bytes[n - 2] !== 0xff ||
    bytes[n - 1] !== 0xd9
  )
    throw new Error(`it wrote ${n} bytes that are not a JPEG`)
}

/** ffmpeg's own last line says why; else the spawn's error (ENOENT, a timeout). */
function reasonOf(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr
  const last = typeof stderr === 'string' ? stderr.trim().split('\n').pop()?.trim() : undefined
  return last || messageOf(error)
}

/** An executable file named `command` in a directory of PATH (`.exe` on Windows), absolute. */
async function findOnPath(command: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  // On Windows the variable may be `Path`, and a copied environment is not case-insensitive.
  const pathValue = Object.entries(env).find(([name]) => name.toUpperCase() === 'PATH')?.[1] ?? ''
  const file = process.platform === 'win32' ? `${command}.exe` : command
  for (const dir of pathValue.split(path.delimiter).filter(Boolean)) {
    const candidate = path.resolve(dir, file)
    const usable = await fs
      .access(candidate, constants.X_OK)
      .then(() => fs.stat(candidate))
      .then(stat => stat.isFile())
      .catch(() => false)
    if (usable) return candidate
  }
  return undefined
}
