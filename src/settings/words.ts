import { declaration, isSettingName, type Declaration } from './declarations.js'

/**
 * The words of the place the user is at, so every message names a setting as the user wrote it: an input of
 * the step in a workflow, a flag or a variable in a terminal. The messages themselves are one set (parse.ts).
 */
export interface Wording {
  /** The setting as a sentence's subject: "Input `resolution`", "--resolution", "AISTUDIOS_API_KEY". */
  subject(d: Declaration): string
  /** The setting inside a sentence: "`app-id`", "--app-id", "AISTUDIOS_APP_ID". */
  mention(d: Declaration): string
  /** A value the user gave: 'Input `resolution` is "8k"', '--resolution "8k"'. */
  given(d: Declaration, value: string): string
  /** How to give a setting: "add `user-key: ${{ secrets.AISTUDIOS_USER_KEY }}`", "set AISTUDIOS_USER_KEY". */
  howToSet(d: Declaration): string
  /** The setting with a value, as the user would write it: "release-tag: v1.2.0", "--out x.mp4". */
  example(d: Declaration, value: string): string
  /** How to drop a setting: "remove `patch` from the step", "remove --patch". */
  howToRemove(d: Declaration): string
  /** A setting that has no value: an input is there but empty; a flag or variable is missing. */
  unset: string
  /** How to take a default: "leave it empty", "leave it out". */
  omit: string
  /** Where credentials belong instead of a URL. */
  secrets: string
  /** The folder that paths may not leave. */
  workspace: string
}

/** The workflow's words: inputs of the step. */
export const actionWords: Wording = {
  subject: d => `Input \`${d.name}\``,
  mention: d => `\`${d.name}\``,
  given: (d, value) => `Input \`${d.name}\` is "${value}"`,
  howToSet: d =>
    d.cli && 'env' in d.cli
      ? `add \`${d.name}: \${{ secrets.${d.cli.env} }}\``
      : `add \`${d.name}\` to the step`,
  example: (d, value) => `${d.name}: ${value}`,
  howToRemove: d => `remove \`${d.name}\` from the step`,
  unset: 'is empty',
  omit: 'leave it empty',
  secrets: 'the secret inputs',
  workspace: 'the workspace'
}

/** The terminal's words: flags, the command's argument, and AISTUDIOS_* variables. */
export function terminalWords(
  rename: (d: Declaration) => string | undefined = () => undefined
): Wording {
  const name = (d: Declaration): string => rename(d) ?? terminalName(d)
  return {
    subject: name,
    mention: name,
    given: (d, value) => `${name(d)} "${value}"`,
    howToSet: d => `${d.cli && 'env' in d.cli ? 'set' : 'give'} ${terminalName(d)}`,
    example: (d, value) =>
      d.cli && 'env' in d.cli ? `${d.cli.env}=${value}` : `${terminalName(d)} ${value}`,
    howToRemove: d => `remove ${terminalName(d)}`,
    unset: 'is missing',
    omit: 'leave it out',
    secrets: 'AISTUDIOS_API_KEY, or AISTUDIOS_APP_ID and AISTUDIOS_USER_KEY',
    workspace: 'the current directory'
  }
}

/** A setting as the terminal names it; one it does not take keeps the action's name. */
function terminalName(d: Declaration): string {
  if (!d.cli) return `\`${d.name}\``
  if ('flag' in d.cli) return `--${d.cli.flag}`
  if ('env' in d.cli) return d.cli.env
  return d.cli.argument
}

/**
 * A message of the run, written in the workflow's words, in another place's: every "Input `name`" and
 * "`name`" of a declared setting becomes that place's name for it; other text is left as it is.
 */
export function reworded(message: string, wording: Wording): string {
  return message.replace(
    /(Input )?`([a-z-]+)`/g,
    (whole, input: string | undefined, name: string) => {
      if (!isSettingName(name)) return whole
      return input ? wording.subject(declaration(name)) : wording.mention(declaration(name))
    }
  )
}
