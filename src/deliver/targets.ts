import type { DeliveryTarget } from './target.js'

/*
 * The registration of the delivery targets. A target's module is imported only when the `upload` setting
 * selects it: `upload: artifact` never loads Octokit, `upload: none` neither client (start-up time and
 * peak memory). What the report and the settings need of a target (its name, its outputs) is declared here,
 * so that they know it without loading it; the target's module takes it from here.
 */

export const ARTIFACT = {
  name: 'artifact',
  outputs: ['artifact-id', 'artifact-url', 'artifact-digest']
} as const

export const RELEASE = {
  name: 'release',
  outputs: ['release-id', 'release-url', 'asset-url']
} as const

export type TargetName = typeof ARTIFACT.name | typeof RELEASE.name

interface Registration {
  /** The `upload` word that selects it. */
  readonly name: TargetName
  /** The action outputs it sets; the report blanks those of the targets that did not run. */
  readonly outputs: readonly string[]
  load(): Promise<DeliveryTarget>
}

/**
 * In delivery order. The artifact goes first: it has no size limit and keeps the paid-for video even when
 * the release upload then fails, and the error then says where the video is.
 */
const REGISTRY: readonly Registration[] = [
  { ...ARTIFACT, load: async () => (await import('./artifact.js')).artifactTarget },
  { ...RELEASE, load: async () => (await import('./release.js')).releaseTarget }
]

/** The words the `upload` setting accepts, besides `none`. */
export const TARGET_NAMES: readonly TargetName[] = REGISTRY.map(target => target.name)

/** Every output of every target: a run sets those of its targets and blanks the rest. */
export const DELIVERY_OUTPUTS: readonly string[] = REGISTRY.flatMap(target => target.outputs)

/** The selected targets, loaded, in delivery order, each with its name. */
export async function loadTargets(
  selected: ReadonlySet<string>
): Promise<(DeliveryTarget & { name: TargetName })[]> {
  const chosen = REGISTRY.filter(target => selected.has(target.name))
  return Promise.all(chosen.map(async ({ name, load }) => ({ ...(await load()), name })))
}
