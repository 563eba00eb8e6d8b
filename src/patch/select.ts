import type { Clip, Project, Scene } from '../aistudios/schema.js'
import { failAt } from './fail.js'
import type { AvatarRef, ClipInfo, ClipRef, Origin, SceneRef, Selector } from './types.js'

/*
 * Selectors match exactly one thing or fail, naming what there is instead: a wrong guess must never edit
 * the wrong clip, nor silently nothing.
 */

export function selectScene(project: Project, selector: Selector<SceneRef>): number {
  const { ref, where, at } = selector
  const { scenes } = project
  if (typeof ref === 'number') {
    if (ref < scenes.length) return ref
    throw failAt(
      at,
      `${where}: scene ${ref} does not exist: the project has ${scenes.length} scene${scenes.length === 1 ? '' : 's'}${scenes.length ? ` (0 to ${scenes.length - 1})` : ''}`
    )
  }
  const key = 'tag' in ref ? 'tag' : 'id'
  const matches = indexes(scenes, scene => scene.clips.some(clip => fits(clip, ref)))
  if (matches.length === 1) return matches[0]
  if (matches.length === 0) {
    const byScene = scenes
      .map((scene, index) => `${index}: ${list(distinct(scene.clips.map(clip => clip[key])))}`)
      .join('; ')
    throw failAt(
      at,
      `${where}: ${formatRef(ref)} matches no clip in the project; ${key}s by scene: ${byScene}`
    )
  }
  throw failAt(
    at,
    `${where}: ${formatRef(ref)} is on clips in scenes ${matches.join(', ')}: select the scene by its index`
  )
}

export function selectClip(scene: Scene, sceneIndex: number, selector: Selector<ClipRef>): number {
  const { ref, where, at } = selector
  const { clips } = scene
  const matches = indexes(clips, clip => fits(clip, ref))
  if ('type' in ref && ref.nth !== undefined) {
    if (ref.nth < matches.length) return matches[ref.nth]
    if (matches.length)
      throw failAt(
        at,
        `${where}: scene ${sceneIndex} has ${matches.length} ${ref.type} clip${matches.length === 1 ? '' : 's'}, so nth must be 0${matches.length > 1 ? ` to ${matches.length - 1}` : ''}`
      )
  }
  if (matches.length === 1) return matches[0]
  if (matches.length === 0)
    throw failAt(
      at,
      `${where}: ${formatRef(ref)} matches no clip in scene ${sceneIndex}, which has ${describeClips(clips)}`
    )
  const ids = matches.map(index => clips[index].id).join(', ')
  const fix =
    'type' in ref
      ? `add nth: 0 to ${matches.length - 1}, or select by tag or id`
      : 'select one by id'
  throw failAt(
    at,
    `${where}: ${formatRef(ref)} matches ${matches.length} clips in scene ${sceneIndex} (${ids}): ${fix}`
  )
}

/**
 * The avatar whose speech a scene entry's `script` replaces: the one named by `avatar`, else the scene's
 * only one (undefined when it has none). A scene with several avatars must say which.
 */
export function selectAvatar(
  scene: Scene,
  sceneIndex: number,
  selector: Selector<AvatarRef> | undefined,
  script: Origin
): number | undefined {
  const avatars = indexes(scene.clips, clip => clip.type === 'aiModel')
  const described = avatars.map(index => clipName(scene.clips[index])).join(', ')
  if (selector) {
    const matches = avatars.filter(index => fits(scene.clips[index], selector.ref))
    if (matches.length === 1) return matches[0]
    throw failAt(
      selector.at,
      matches.length
        ? `${selector.where}: ${formatRef(selector.ref)} matches ${matches.length} avatars in scene ${sceneIndex}: select one by id`
        : `${selector.where}: ${formatRef(selector.ref)} matches no avatar in scene ${sceneIndex}, which has ${avatars.length ? `avatars ${described}` : 'no avatar (aiModel) clip'}`
    )
  }
  if (avatars.length <= 1) return avatars[0]
  throw failAt(
    script.at,
    `${script.where}: scene ${sceneIndex} has ${avatars.length} avatars (${described}): add \`avatar: { tag: … }\` (or { id: … }) to the scene entry to say whose script this is`
  )
}

export function clipInfo(clip: Clip, index: number): ClipInfo {
  return { index, id: clip.id, type: clip.type, ...(clip.tag ? { tag: clip.tag } : {}) }
}

/** `{ tag: "pricing" }`, as a patch author would write the selector. */
export function formatRef(ref: SceneRef | ClipRef): string {
  if (typeof ref === 'number') return `scene ${ref}`
  return `{ ${Object.entries(ref)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(', ')} }`
}

/** What a scene holds, for "matches nothing" errors: tags, ids, and types with counts. */
export function describeClips(clips: readonly Clip[]): string {
  const counts = new Map<string, number>()
  for (const clip of clips) counts.set(clip.type, (counts.get(clip.type) ?? 0) + 1)
  const types = [...counts].map(([type, count]) => `${type} ×${count}`)
  return `tags: ${list(distinct(clips.map(clip => clip.tag)))}; ids: ${list(clips.map(clip => clip.id))}; types: ${list(types)}`
}

function fits(clip: Clip, ref: AvatarRef | ClipRef): boolean {
  if ('tag' in ref) return clip.tag === ref.tag
  if ('id' in ref) return clip.id === ref.id
  return clip.type === ref.type
}

function clipName(clip: Clip): string {
  return clip.tag ? `${clip.tag} (${clip.id})` : clip.id
}

function indexes<T>(items: readonly T[], test: (item: T) => boolean): number[] {
  return items.flatMap((item, index) => (test(item) ? [index] : []))
}

function distinct(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))]
}

function list(values: readonly string[]): string {
  return values.length ? values.join(', ') : 'none'
}
