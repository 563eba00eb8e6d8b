import TABLE from './declarations.json' with { type: 'json' }

/**
 * Every setting of a run, declared once: its name (the action input's), how its text is read, its default, a
 * one-line description, and how the terminal takes it. The action takes every setting as an input; the CLI
 * takes those with `cli`. The parser (`parse.ts`) and the CLI's help read this table; `action.yml` and the
 * README (generated from action.yml) must agree with it (the agreement test checks).
 */

export type Kind =
  | { type: 'text' }
  | { type: 'secret' }
  | { type: 'boolean' }
  /** Empty gives `emptyMeans` when the default is empty too (e.g. "for the repository's default"). */
  | { type: 'whole'; min: number; max: number; emptyMeans?: string }
  | { type: 'positive'; max: number; example: number }
  | { type: 'choice'; values: readonly string[] }
  | { type: 'url'; protocols: readonly string[]; example: string }
  | { type: 'path'; example: string }
  | { type: 'map' }
  | { type: 'project-id' }
  | { type: 'upload' }
  | { type: 'file-name' }

/** How the terminal takes a setting: a flag and its argument's placeholder, the command's argument, or a variable. */
export type Terminal = { flag: string; arg: string } | { argument: string } | { env: string }

export interface Declaration {
  readonly name: string
  readonly kind: Kind
  /** The text an unset or empty setting stands for, read like a given one. */
  readonly default: string
  /** action.yml's default when the runner fills it in from the workflow (`${{ github.token }}`): the parser can't. */
  readonly runnerDefault?: string
  readonly description: string
  readonly cli?: Terminal
  /** Masked in the log and scrubbed from the summary. */
  readonly secret?: boolean
}

/*
 * The table is data (declarations.json): one entry per setting, in action.yml's order, checked against
 * these types by a test. The minutes settings stop at 360, a GitHub-hosted job's own limit.
 */
export type SettingName = keyof typeof TABLE

export const DECLARATIONS: readonly Declaration[] = Object.entries(TABLE).map(
  ([name, entry]) => ({ name, ...entry }) as Declaration
)

const BY_NAME = new Map(DECLARATIONS.map(d => [d.name, d]))

export function declaration(name: SettingName): Declaration {
  return BY_NAME.get(name) as Declaration
}

export function isSettingName(name: string): name is SettingName {
  return BY_NAME.has(name)
}
