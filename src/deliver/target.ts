import type { Clock } from '../shared/clock.js'
import type { Companion, Video } from '../shared/video.js'
import type { DeliveryOptions } from './options.js'

/**
 * Attempts in all of an upload that failed in a way the service may not fail again (a dropped connection, a
 * 5xx): each attempt starts from a fresh read of the file.
 */
export const UPLOAD_ATTEMPTS = 4

/** What a target is given around its own work: plain values and where to report. */
export interface DeliveryContext {
  /** GitHub's variables. @actions/artifact reads process.env itself, so in a run this is process.env. */
  env: NodeJS.ProcessEnv
  log(line: string): void
  options: DeliveryOptions
  /** The waits between retries, so that tests run them on simulated time. */
  clock: Clock
}

/**
 * One place a rendered video can go. Adding a target is a module that implements this interface and one
 * entry in `targets.ts` (its `upload` word and its outputs): the run, the report and the outputs only see
 * names, outputs and links.
 */
export interface DeliveryTarget<Prepared = unknown> {
  /**
   * Everything that can fail before the export, so that a mistake costs no credits: the runtime, the
   * names, clashes, and write access, proven by the service rather than assumed. `suffixes`: the
   * companions that will go beside the video, under its name plus the suffix.
   */
  check(
    file: { fileName: string; suffixes: readonly string[] },
    context: DeliveryContext
  ): Promise<Prepared>
  deliver(
    prepared: Prepared,
    video: Video,
    context: DeliveryContext,
    signal: AbortSignal
  ): Promise<Delivered>
  /** A companion, under the video's name plus its suffix, once the video is there: its URL. */
  deliverCompanion(
    prepared: Prepared,
    companion: Companion,
    context: DeliveryContext,
    signal: AbortSignal
  ): Promise<string>
}

export interface Delivered {
  /** By output name, e.g. `artifact-url`. */
  outputs: Record<string, string>
  /** The summary's rows, in order. */
  links: DeliveryLink[]
  /** Where the video now is, completing "The video was uploaded …", e.g. `as workflow artifact <url>`. */
  where: string
}

export interface DeliveryLink {
  /** The summary row, e.g. `Artifact`. */
  label: string
  /** The link's text, e.g. `artifact 42`. */
  text: string
  url: string
}
