import type { Clip } from '../aistudios/schema.js'
import { asJson, describeValue, jsonKind, show } from './json.js'
import type { JsonValue } from './types.js'

/*
 * Checks on `set` that need the clip. Any field the clip has may be set (keeping its kind of value); a field
 * it lacks only if AI Studios documents it for that clip type (docs/aistudios-api.md, Clips), so that a misspelt
 * field fails here instead of being ignored by the renderer.
 */

const COMMON = [
  'layer',
  'left',
  'top',
  'width',
  'height',
  'scaleX',
  'scaleY',
  'angle',
  'opacity',
  'tag',
  'name',
  'fill'
]
const DOCUMENTED: Record<string, readonly string[]> = {
  aiModel: ['model', 'effects', 'headOnly', 'voiceOnly', 'isDelete'],
  shape: ['shapeName', 'stroke', 'strokeWidth', 'strokeRadius', 'shadow', 'animation'],
  image: ['source_url', 'animation'],
  textImage: [
    'text',
    'fontSize',
    'fontFamily',
    'align',
    'fontWeight',
    'fontStyle',
    'underline',
    'backgroundColor',
    'stroke',
    'strokeWidth',
    'shadow',
    'animation'
  ],
  videoImage: ['video_url', 'source_url', 'volume'],
  audio: ['source_url', 'volume', 'label']
}
const URL_FIELDS = new Set(['source_url', 'video_url'])

export interface FieldProblem {
  /** Whether the field name (`key`) or its value is at fault. */
  part: 'key' | 'value'
  message: string
}

export function fieldProblem(
  clip: Clip,
  field: string,
  value: JsonValue
): FieldProblem | undefined {
  if (field === 'script')
    return {
      part: 'key',
      message:
        "set the avatar's speech with `script:` on the scene entry, which also updates the scene's `scripts`"
    }
  if (URL_FIELDS.has(field) && !isHttps(value))
    return {
      part: 'value',
      message: `must be a public https:// URL (AI Studios downloads it when it renders), not ${describeValue(value)}`
    }
  if (Object.hasOwn(clip, field)) {
    const before = asJson(clip[field])
    if (before === null || jsonKind(before) === jsonKind(value)) return undefined
    return {
      part: 'value',
      message: `must be ${jsonKind(before)}, like the clip's current value ${show(before)}, not ${describeValue(value)}`
    }
  }
  const documented = [...(DOCUMENTED[clip.type] ?? []), ...COMMON]
  if (documented.includes(field)) return undefined
  return {
    part: 'key',
    message: `clip ${clip.id} has no field '${field}': set one it has, or one AI Studios documents for ${clip.type} clips: ${documented.join(', ')}`
  }
}

function isHttps(value: JsonValue): boolean {
  if (typeof value !== 'string') return false
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}
