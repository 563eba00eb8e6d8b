import { systemClock, type Clock } from '../shared/clock.js'
import { ActionError } from '../shared/errors.js'
import type { Companion, Video } from '../shared/video.js'
import type { DeliveryOptions } from './options.js'
import type { Delivered, DeliveryContext, DeliveryTarget } from './target.js'
import { loadTargets, type TargetName } from './targets.js'

export type { DeliveryOptions, UploadMode } from './options.js'
export type { Delivered } from './target.js'
export { DELIVERY_OUTPUTS, TARGET_NAMES } from './targets.js'
export type { Companion, Video } from '../shared/video.js'

/** What the checks before the render learned, per selected target; opaque to the run. */
export interface PreparedDelivery {
  context: DeliveryContext
  checked: Array<{ target: DeliveryTarget & { name: TargetName }; prepared: unknown }>
}

/**
 * Everything about the uploads that can be checked before spending render credits, target by target:
 * the runtime, the names (the video's, and its companions' with their `suffixes`), the token's right to
 * write, name clashes. Throws ActionError.
 * `env` is read for GitHub's variables; @actions/artifact reads process.env itself, so pass that.
 */
export async function prepareDelivery(
  options: DeliveryOptions,
  fileName: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  clock: Clock = systemClock,
  suffixes: readonly string[] = []
): Promise<PreparedDelivery> {
  const context: DeliveryContext = { env, log, options, clock }
  const checked: PreparedDelivery['checked'] = []
  for (const target of await loadTargets(options.modes)) {
    checked.push({ target, prepared: await target.check({ fileName, suffixes }, context) })
  }
  return { context, checked }
}

/**
 * Delivers the rendered video to each target in turn, then its companions to each; the outputs and
 * links of all of them. A companion's output `<name>-url` is its URL at the last target (the release's
 * when there is one: a release asset can show as an image). When a target fails after an earlier one
 * took the video, the error says where the video is.
 */
export async function deliverVideo(
  { context, checked }: PreparedDelivery,
  video: Video,
  log: (line: string) => void,
  signal: AbortSignal = new AbortController().signal,
  companions: readonly Companion[] = []
): Promise<Delivered> {
  const done: Delivered[] = []
  const step = async (what: string, work: () => Promise<Delivered>): Promise<void> => {
    try {
      done.push(await work())
    } catch (error) {
      if (signal.aborted || done.length === 0 || !(error instanceof ActionError)) throw error
      throw new ActionError(
        `The video was uploaded ${merged(done).where}, but not ${what}: ${error.message}`,
        error.details
      )
    }
  }
  for (const { target, prepared } of checked)
    await step(`to the ${target.name}`, () =>
      target.deliver(prepared, video, { ...context, log }, signal)
    )
  for (const companion of companions)
    for (const { target, prepared } of checked)
      await step(`its ${companion.kind.name} to the ${target.name}`, async () => {
        const url = await target.deliverCompanion(prepared, companion, { ...context, log }, signal)
        const { name, label } = companion.kind
        const text = `${name} (${target.name})`
        return { outputs: { [`${name}-url`]: url }, links: [{ label, text, url }], where: '' }
      })
  return merged(done)
}

function merged(done: readonly Delivered[]): Delivered {
  return {
    outputs: Object.assign({}, ...done.map(each => each.outputs)),
    links: done.flatMap(each => each.links),
    where: done
      .map(each => each.where)
      .filter(Boolean)
      .join(' and ')
  }
}
