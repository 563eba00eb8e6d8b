import type { Clip, Project, Scene } from '../aistudios/schema.js'
import { speechSlots } from '../patch/speech.js'

/*
 * The project as a patch author needs it: per scene its speech (per avatar) and its clips with the ids,
 * tags and fields a patch selects and sets. Pure.
 */

/** The clip fields a patch usually sets. */
export const EDITABLE_FIELDS = ['text', 'source_url', 'video_url'] as const

export interface OutlineClip {
  index: number
  id: string
  type: string
  tag?: string
  fields: Partial<Record<(typeof EDITABLE_FIELDS)[number], string>>
}

export interface OutlineScript {
  /** The avatar clip that speaks, when the scene has one. */
  avatar?: { index: number; id: string; tag?: string }
  /** Null when the speech cannot be told (e.g. entries that match no avatar). */
  text: string | null
}

export interface OutlineScene {
  index: number
  scripts: OutlineScript[]
  clips: OutlineClip[]
}

export interface Outline {
  name: string
  scenes: OutlineScene[]
  /** Whether any clip has a tag: without one, a hint says how to set one. */
  tagged: boolean
}

export const NO_TAGS_HINT =
  'This project has no tags yet. To tag a clip, open the project in the AI Studios editor, select the clip and ' +
  "set its tag in the clip's properties; a patch then finds it by { tag: … } however the scenes move. " +
  'Meanwhile select clips by id ({ id: … }) or by type ({ type: textImage, nth: 0 }).'

export function projectOutline(project: Project): Outline {
  const scenes = project.scenes.map((scene, index) => ({
    index,
    scripts: sceneScripts(scene, index),
    clips: scene.clips.map(outlineClip)
  }))
  return {
    name: project.name,
    scenes,
    tagged: scenes.some(scene => scene.clips.some(clip => clip.tag))
  }
}

function outlineClip(clip: Clip, index: number): OutlineClip {
  const fields: OutlineClip['fields'] = {}
  for (const field of EDITABLE_FIELDS)
    if (typeof clip[field] === 'string') fields[field] = clip[field] as string
  return { index, id: clip.id, type: clip.type, ...(clip.tag ? { tag: clip.tag } : {}), fields }
}

/** One entry per avatar (or one for a scene without avatar but with `scripts`), read where the engine writes. */
function sceneScripts(scene: Scene, sceneIndex: number): OutlineScript[] {
  const avatars = scene.clips.flatMap((clip, index) => (clip.type === 'aiModel' ? [index] : []))
  const speakers: (number | undefined)[] = avatars.length ? avatars : [undefined]
  return speakers.flatMap(avatar => {
    const clip = avatar === undefined ? undefined : scene.clips[avatar]
    const who =
      avatar === undefined || !clip
        ? {}
        : { avatar: { index: avatar, id: clip.id, ...(clip.tag ? { tag: clip.tag } : {}) } }
    try {
      const [slot] = speechSlots(scene, sceneIndex, avatar, {
        where: 'outline',
        at: { file: 'outline' }
      })
      return [{ ...who, text: slot.before }]
    } catch {
      // No speech stored for this speaker (or no way to tell which entry is theirs).
      return avatar === undefined ? [] : [{ ...who, text: null }]
    }
  })
}

const label = (clip: { id: string; tag?: string }): string =>
  clip.tag ? `${clip.tag} (${clip.id})` : clip.id

/** Lines for a log or a terminal. */
export function outlineLines(outline: Outline): string[] {
  const lines = [`Project "${outline.name}": ${outline.scenes.length} scene(s).`]
  for (const scene of outline.scenes) {
    lines.push(`Scene ${scene.index}:`)
    for (const script of scene.scripts) {
      const who = script.avatar ? ` of ${label(script.avatar)}` : ''
      if (script.text === null) lines.push(`  script${who}: (none)`)
      else {
        lines.push(`  script${who}:`)
        for (const line of script.text.split('\n')) lines.push(`    | ${line}`)
      }
    }
    for (const clip of scene.clips) {
      const fields = Object.entries(clip.fields).map(
        ([key, value]) => `${key}: ${JSON.stringify(value)}`
      )
      lines.push(
        `  clip ${clip.index} ${clip.type} tag: ${clip.tag ?? '-'} id: ${clip.id}${fields.length ? ` ${fields.join(' ')}` : ''}`
      )
    }
  }
  if (!outline.tagged) lines.push(NO_TAGS_HINT)
  return lines
}

/** A header row and one row per script and clip. Cells are plain text: whoever renders them escapes them. */
export function outlineTable(outline: Outline): string[][] {
  const rows = [['Scene', 'Clip', 'Type', 'Tag', 'Id', 'Script or fields']]
  for (const scene of outline.scenes) {
    for (const script of scene.scripts)
      rows.push([
        String(scene.index),
        script.avatar ? String(script.avatar.index) : '',
        'script',
        script.avatar?.tag ?? '',
        script.avatar?.id ?? '',
        script.text ?? ''
      ])
    for (const clip of scene.clips)
      rows.push([
        String(scene.index),
        String(clip.index),
        clip.type,
        clip.tag ?? '',
        clip.id,
        Object.entries(clip.fields)
          .map(([key, value]) => `${key}: ${value}`)
          .join('\n')
      ])
  }
  return rows
}
