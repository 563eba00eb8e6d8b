import type { Clip, Scene } from '../aistudios/schema.js'
import { failAt } from './fail.js'
import { isRecord } from '../shared/json.js'
import { toPointer } from './pointer.js'
import type { Origin } from './types.js'

/** One place a scene's speech is stored, and what it holds now. */
export interface SpeechSlot {
  pointer: string
  /** Whether the key exists: a missing one is added, an existing one is guarded by a `test` op. */
  exists: boolean
  before: string | null
}

/**
 * Where the speech of `avatar` (a clip index, or undefined for a scene without avatar) lives
 * (docs/aistudios-api.md, "Scenes"): `scene.scripts[k].org` in current projects, and the avatar clip's `script.org` in older ones. Both
 * are returned when both exist, so they stay in agreement.
 */
export function speechSlots(
  scene: Scene,
  sceneIndex: number,
  avatar: number | undefined,
  script: Origin
): SpeechSlot[] {
  const slots: SpeechSlot[] = []
  const entries = scene.scripts ?? []
  const clip = avatar === undefined ? undefined : scene.clips[avatar]
  if (entries.length) {
    const k = scriptEntry(scene, sceneIndex, clip, script)
    slots.push({
      pointer: toPointer(['scenes', sceneIndex, 'scripts', k, 'org']),
      exists: Object.hasOwn(entries[k], 'org'),
      before: entries[k].org ?? null
    })
  }
  const clipScript = isRecord(clip?.script) ? clip.script : undefined
  if (
    avatar !== undefined &&
    clipScript &&
    (typeof clipScript.org === 'string' || clipScript.org === null)
  )
    slots.push({
      pointer: toPointer(['scenes', sceneIndex, 'clips', avatar, 'script', 'org']),
      exists: true,
      before: clipScript.org
    })
  if (!slots.length)
    throw failAt(
      script.at,
      `${script.where}: scene ${sceneIndex} has no speech to edit: it has no \`scripts\` entries and no avatar clip with \`script.org\``
    )
  return slots
}

/**
 * The `scripts` entry of an avatar: the one whose modelId (and clothId, to break a tie) is the avatar's model,
 * else the only entry of a scene with at most one avatar (the docs say scenes hold one). Entries are never
 * paired with avatars by position: a wrong guess would put words in the wrong mouth.
 */
function scriptEntry(
  scene: Scene,
  sceneIndex: number,
  clip: Clip | undefined,
  script: Origin
): number {
  const entries = scene.scripts ?? []
  const model = isRecord(clip?.model) ? clip.model : undefined
  const aiName = typeof model?.ai_name === 'string' ? model.ai_name : undefined
  const fix = `change it with a raw op under \`ops\` (path /scenes/${sceneIndex}/scripts/<k>/org)`
  if (aiName) {
    let matches = entries.flatMap((entry, k) => (entry.modelId === aiName ? [k] : []))
    if (matches.length > 1 && typeof model?.emotion === 'string')
      matches = matches.filter(k => entries[k].clothId === model.emotion)
    if (matches.length === 1) return matches[0]
    if (matches.length > 1)
      throw failAt(
        script.at,
        `${script.where}: scene ${sceneIndex} has ${matches.length} scripts entries for avatar model ${aiName} (entries ${matches.join(', ')}): ${fix}`
      )
  }
  const avatars = scene.clips.filter(each => each.type === 'aiModel').length
  if (entries.length === 1 && avatars <= 1) return 0
  const modelIds = entries.map(entry => entry.modelId ?? 'none').join(', ')
  throw failAt(
    script.at,
    `${script.where}: cannot tell which of scene ${sceneIndex}'s ${entries.length} scripts entries (modelIds ${modelIds}) belongs to ${clip ? `avatar ${clip.id} (model ${aiName ?? 'unknown'})` : 'this script'}: ${fix}`
  )
}
