import { Document, YAMLMap } from 'yaml'
import type { Clip, Project } from '../aistudios/schema.js'
import { fieldProblem } from '../patch/fields.js'
import { EDITABLE_FIELDS, NO_TAGS_HINT, projectOutline, type OutlineClip } from './outline.js'

export const SCHEMA_URL =
  'https://raw.githubusercontent.com/aistudios-render/aistudios-render/main/schema/patch.schema.json'

/**
 * A scene-edit patch that sets every scene's speech and every tagged clip's editable fields to what they are
 * now: as written it changes nothing, so a user edits only what should change. Texts are escaped so that a
 * `{{` in the project stays a literal `{{` (the engine would read it as a placeholder).
 */
export function starterPatch(project: Project, projectId: string): string {
  const outline = projectOutline(project)
  const scenes: unknown[] = []
  for (const scene of outline.scenes) {
    const source = project.scenes[scene.index]
    const sceneRef = sceneSelector(project, scene.index)
    const clips = scene.clips
      .filter(clip => clip.tag)
      .flatMap(clip => clipEdit(source.clips[clip.index], clip, source.clips))
    const spoken = scene.scripts.filter(script => script.text !== null)
    const several = spoken.length > 1 || scene.scripts.length > 1
    spoken.forEach((script, n) =>
      scenes.push({
        scene: sceneRef,
        ...(several && script.avatar ? { avatar: avatarRef(script.avatar, source.clips) } : {}),
        script: escape(script.text ?? ''),
        ...(n === 0 && clips.length ? { clips } : {})
      })
    )
    if (!spoken.length && clips.length) scenes.push({ scene: sceneRef, clips })
  }
  const doc = new Document(scenes.length ? { scenes } : { name: escape(project.name) })
  for (const node of flowNodes(doc.contents)) node.flow = true
  const header = [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    '#',
    `# Starter patch for '${project.name.replace(/\n/g, ' ')}' (${projectId}): as written it changes nothing.`,
    '# Edit the values that should change and delete the entries that should not.',
    ...(outline.tagged ? [] : ['#', `# ${NO_TAGS_HINT}`])
  ]
  return `${header.join('\n')}\n${doc.toString({ blockQuote: 'literal', lineWidth: 0 })}`
}

/** `{ tag }` of a clip only this scene holds, else the index. */
function sceneSelector(project: Project, index: number): number | { tag: string } {
  for (const clip of project.scenes[index].clips) {
    const tag = clip.tag
    if (tag && project.scenes.filter(scene => scene.clips.some(c => c.tag === tag)).length === 1)
      return { tag }
  }
  return index
}

function clipRef(clip: { id: string; tag?: string }, clips: readonly Clip[]) {
  const tag = clip.tag
  return tag && clips.filter(c => c.tag === tag).length === 1 ? { tag } : { id: clip.id }
}

const avatarRef = clipRef

function clipEdit(clip: Clip, outlined: OutlineClip, clips: readonly Clip[]): unknown[] {
  const set: Record<string, string> = {}
  for (const field of EDITABLE_FIELDS) {
    const value = outlined.fields[field]
    // A field the engine would refuse as it is (e.g. a non-https URL) is left out, not written to fail.
    if (value !== undefined && !fieldProblem(clip, field, value)) set[field] = escape(value)
  }
  return Object.keys(set).length ? [{ select: clipRef(outlined, clips), set }] : []
}

/** `{{ '{{' }}` writes a literal `{{`. */
function escape(text: string): string {
  return text.replaceAll('{{', "{{ '{{' }}")
}

/** The selector maps, written `{ tag: title }` on one line. */
function flowNodes(node: unknown): YAMLMap[] {
  if (!(node instanceof Object) || !('items' in node)) return []
  const found: YAMLMap[] = []
  for (const item of (node as { items: unknown[] }).items) {
    const pair = item as { key?: { value?: unknown }; value?: unknown }
    const key = pair.key?.value
    if ((key === 'scene' || key === 'select' || key === 'avatar') && pair.value instanceof YAMLMap)
      found.push(pair.value)
    found.push(...flowNodes(pair.value ?? item))
  }
  return found
}
