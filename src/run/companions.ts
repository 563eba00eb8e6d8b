import type { Reporter } from '../shared/reporter.js'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { CachedCompanion } from '../cache/video-cache.js'
import { sha256File } from '../shared/sha256-file.js'
import type { Companion, Video } from '../shared/video.js'
import type { CompanionMaker, PlannedCompanion, VideoJob } from './job.js'
import { posterMaker } from './poster.js'

/** Every companion, in delivery order. */
const MAKERS: readonly CompanionMaker[] = [posterMaker as CompanionMaker]

/** The outputs of the companions, set (empty when not made) with the video's. */
export const COMPANION_OUTPUTS: readonly string[] = MAKERS.flatMap(({ kind }) => [
  `${kind.name}-path`,
  `${kind.name}-url`
])

/** Each companion this video will have, decided before any export. */
export async function prepareCompanions(
  job: VideoJob,
  env: NodeJS.ProcessEnv,
  report: Pick<Reporter, 'log' | 'notice'>
): Promise<PlannedCompanion[]> {
  const planned: PlannedCompanion[] = []
  for (const maker of MAKERS) {
    const plan = await maker.prepare(job, env, report)
    if (plan !== undefined) planned.push({ maker, plan })
  }
  return planned
}

/**
 * Each planned companion beside the verified video (`<video><suffix>`): the cached one when it was made the
 * same way, else made now. A companion that could not be made (and is not required) is left out.
 */
export async function makeCompanions(
  planned: readonly PlannedCompanion[],
  video: Video,
  duration: number,
  cached: readonly CachedCompanion[],
  signal: AbortSignal,
  report: Pick<Reporter, 'log' | 'notice'>
): Promise<Companion[]> {
  const made: Companion[] = []
  for (const { maker, plan } of planned) {
    const { kind } = maker
    const dest = video.path + kind.suffix
    const recipe = maker.recipe(plan, duration)
    // A file of an earlier run is never taken for this one's.
    await fs.rm(dest, { force: true })
    const hit = cached.find(each => each.name === kind.name && each.recipe === recipe)
    if (hit) {
      await fs.copyFile(hit.path, dest)
      report.log(`Cache: reusing the ${kind.name} (${path.basename(dest)}).`)
    } else if (!(await maker.make(plan, { video: video.path, duration, dest }, signal, report)))
      continue
    made.push({ ...(await sha256File(dest)), path: dest, kind, recipe })
  }
  return made
}

/** A delivered video's companion outputs, by output name; empty for one not made or not delivered. */
export function companionOutputs(
  companions: readonly { name: string; path: string }[],
  delivered: Record<string, string>
): Record<string, string> {
  return Object.fromEntries(
    MAKERS.flatMap(({ kind: { name } }) => [
      [`${name}-path`, companions.find(each => each.name === name)?.path ?? ''],
      [`${name}-url`, delivered[`${name}-url`] ?? '']
    ])
  )
}
