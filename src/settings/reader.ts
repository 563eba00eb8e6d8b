import { declaration, type Declaration, type Kind, type SettingName } from './declarations.js'
import { valueReaders } from './values.js'
import type { Wording } from './words.js'

/** A setting's text as the user gave it; undefined or empty takes the default. */
export type SettingGetter = (name: SettingName) => string | undefined

export type SettingReader = ReturnType<typeof settingReader>

/**
 * Typed access to each setting: its text (trimmed), or its declared default when that is unset or empty, read
 * by its kind's reader. The optional readers give undefined when both the text and the default are empty.
 */
export function settingReader(get: SettingGetter, wording: Wording, workspace: string) {
  const values = valueReaders(wording, workspace)
  const textOf = (name: SettingName): string => get(name)?.trim() || declaration(name).default
  const optional = <T>(name: SettingName, read: (text: string) => T): T | undefined => {
    const text = textOf(name)
    return text ? read(text) : undefined
  }
  return {
    /** Whether the user gave the setting a value of their own. */
    given: (name: SettingName): boolean => Boolean(get(name)?.trim()),
    text: (name: SettingName): string | undefined => optional(name, text => text),
    boolean: (name: SettingName): boolean => values.boolean(as(name, 'boolean').d, textOf(name)),
    /** A positive or whole number; its declaration has a default. */
    number: (name: SettingName): number => {
      const d = declaration(name)
      if (d.kind.type === 'positive') return values.positive(d, d.kind, textOf(name))
      const { kind } = as(name, 'whole')
      return values.whole(d, kind, textOf(name))
    },
    whole: (name: SettingName): number | undefined => {
      const { d, kind } = as(name, 'whole')
      return optional(name, text => values.whole(d, kind, text))
    },
    choice: (name: SettingName): string => {
      const { d, kind } = as(name, 'choice')
      return values.choice(d, kind, textOf(name))
    },
    url: (name: SettingName): URL | undefined => {
      const { d, kind } = as(name, 'url')
      return optional(name, text => values.url(d, kind, text))
    },
    path: (name: SettingName): string | undefined => {
      const { d, kind } = as(name, 'path')
      return optional(name, text => values.path(d, kind, text))
    },
    projectId: (name: SettingName): string | undefined =>
      optional(name, text => values.projectId(as(name, 'project-id').d, text)),
    upload: (name: SettingName): Set<'artifact' | 'release'> =>
      values.upload(as(name, 'upload').d, textOf(name)),
    fileName: (name: SettingName): string | undefined =>
      optional(name, text => values.fileName(as(name, 'file-name').d, text)),
    map: (name: SettingName): Record<string, string> =>
      optional(name, text => values.map(as(name, 'map').d, text)) ?? {}
  }
}

/** The declaration of a setting read as `type`: a mismatch is a bug of the parser, not a user's mistake. */
function as<T extends Kind['type']>(
  name: SettingName,
  type: T
): { d: Declaration; kind: Extract<Kind, { type: T }> } {
  const d = declaration(name)
  if (d.kind.type !== type)
    throw new Error(`${name} is a ${d.kind.type} setting, not a ${type} one`)
  return { d, kind: d.kind as Extract<Kind, { type: T }> }
}
