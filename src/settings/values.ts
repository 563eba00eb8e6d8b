import { TARGET_NAMES, type UploadMode } from '../deliver/index.js'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { ActionError } from '../shared/errors.js'
import type { Declaration, Kind } from './declarations.js'
import type { Wording } from './words.js'

/** A setting with a bad or missing value: exit 2 in a terminal, an annotation naming the input in a workflow. */
export class SettingError extends ActionError {
  constructor(message: string, setting: string) {
    super(message, { input: setting })
    this.name = 'SettingError'
  }
}

type Of<T extends Kind['type']> = Extract<Kind, { type: T }>

/**
 * The readers of single values, by kind: each takes the text (trimmed, never empty: the parser substitutes the
 * default first) and says what is wrong in the user's words, with how to fix it.
 */
export function valueReaders(wording: Wording, workspace: string) {
  const bad = (d: Declaration, value: string, fix: string): SettingError =>
    new SettingError(`${wording.given(d, value)}: ${fix}`, d.name)
  return {
    /** The YAML 1.2 booleans, as `core.getBooleanInput` takes them. */
    boolean(d: Declaration, text: string): boolean {
      if (['true', 'True', 'TRUE'].includes(text)) return true
      if (['false', 'False', 'FALSE'].includes(text)) return false
      throw bad(d, text, 'use true or false.')
    },

    positive(d: Declaration, kind: Of<'positive'>, text: string): number {
      const value = Number(text)
      if (!Number.isFinite(value) || value <= 0 || value > kind.max)
        throw bad(
          d,
          text,
          `use a number greater than 0 and at most ${kind.max}, e.g. ${kind.example}.`
        )
      return value
    },

    whole(d: Declaration, kind: Of<'whole'>, text: string): number {
      const value = Number(text)
      if (!/^\d+$/.test(text) || value < kind.min || value > kind.max) {
        const empty = d.default ? `for ${d.default}` : kind.emptyMeans
        const omit = empty ? `, or ${wording.omit} ${empty}` : ''
        throw bad(d, text, `use a whole number from ${kind.min} to ${kind.max}${omit}.`)
      }
      return value
    },

    choice(d: Declaration, kind: Of<'choice'>, text: string): string {
      const value = kind.values.find(each => each === text.toLowerCase())
      if (value === undefined) throw bad(d, text, `use one of ${kind.values.join(', ')}.`)
      return value
    },

    url(d: Declaration, kind: Of<'url'>, text: string): URL {
      let url: URL | undefined
      try {
        url = new URL(text)
      } catch {
        url = undefined
      }
      if (!url || !kind.protocols.includes(url.protocol) || !url.hostname) {
        const kinds = kind.protocols.map(p => p.slice(0, -1)).join(' or ')
        throw bad(d, text, `use an ${kinds} URL, e.g. ${kind.example}.`)
      }
      // Credentials in a URL would be sent to whatever host it names and printed wherever the URL is: the
      // value is not echoed, and the secrets belong in their own settings.
      if (url.username || url.password)
        throw new SettingError(
          `${wording.subject(d)} contains a user name or password ("user:password@"): remove it and pass credentials through ${wording.secrets}.`,
          d.name
        )
      return url
    },

    /** Resolved in the workspace, which it may not leave (`..`, absolute paths elsewhere). */
    path(d: Declaration, kind: Of<'path'>, text: string): string {
      const resolved = path.resolve(workspace, text)
      const relative = path.relative(workspace, resolved)
      if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
        throw bad(
          d,
          text,
          `that is outside ${wording.workspace}: use a path inside it, e.g. ${kind.example}.`
        )
      return resolved
    },

    /** As the editor URL shows it. */
    projectId(d: Declaration, text: string): string {
      if (!/^[A-Za-z0-9_-]{1,128}$/.test(text))
        throw bad(
          d,
          text,
          'use the last part of the editor URL (letters, digits, "-" and "_"), e.g. 65fa6b07dca2e367461a2925.'
        )
      return text
    },

    /** Commas or whitespace between modes, so a YAML list block works too. */
    upload(d: Declaration, text: string): Set<UploadMode> {
      const words = text.toLowerCase().split(/[\s,]+/)
      if (words.length === 1 && words[0] === 'none') return new Set()
      const modes = new Set<UploadMode>()
      for (const word of words) {
        const mode = TARGET_NAMES.find(name => name === word)
        if (!mode)
          throw bad(d, text, `use ${[...TARGET_NAMES, TARGET_NAMES.join(',')].join(', ')} or none.`)
        modes.add(mode)
      }
      return modes
    },

    fileName(d: Declaration, text: string): string {
      if (/[/\\]/.test(text))
        throw bad(
          d,
          text,
          'that is a path: give a file name such as product-tour.mp4 (the upload is always the rendered video).'
        )
      return text
    },

    /** A YAML or JSON map of names to text or numbers. */
    map(d: Declaration, text: string): Record<string, string> {
      const fail = (message: string): never => {
        throw new SettingError(`${wording.subject(d)} ${message}`, d.name)
      }
      let parsed: unknown
      try {
        parsed = parseYaml(text)
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
        fail(`is not valid YAML or JSON (${reason}): write a map, e.g. "version: 1.2.0".`)
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        fail('must be a map of names to values, e.g. "version: 1.2.0" or {"version": "1.2.0"}.')
      const map: Record<string, string> = {}
      for (const [name, value] of Object.entries(parsed as object)) {
        if (!['string', 'number', 'boolean'].includes(typeof value))
          fail(
            `gives "${name}" ${value === null ? 'no value' : 'a list or map'}: give it a text or number value.`
          )
        map[name] = String(value)
      }
      return map
    }
  }
}
