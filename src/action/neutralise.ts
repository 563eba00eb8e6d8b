/**
 * Text from a patch, a project or AI Studios reaches two readers that act on it: the runner, which runs
 * workflow commands found in the step's output, and GitHub's Markdown, which turns `@name` into a mention
 * that notifies. Both are broken with an invisible character, so what people read is unchanged.
 */

const ZERO_WIDTH_SPACE = '\u200b'

/**
 * A line the runner cannot read as a workflow command. The runner takes `::name::` at the start of a line
 * (after its leading blanks) and, from the older syntax, `##[name]` anywhere in it; `@actions/core` escapes
 * only a command's data (`%`, CR, LF), never text that is itself printed.
 */
export function inertCommands(text: string): string {
  return text
    .replace(/^(\s*):(?=:)/gm, `$1:${ZERO_WIDTH_SPACE}`)
    .replace(/##\[/g, `##${ZERO_WIDTH_SPACE}[`)
}

/**
 * HTML text in which no `@user` or `@org/team` is a mention. GitHub finds mentions in the rendered text
 * (entities decoded, so `&#64;` would not do), outside code and links, as `@` then a letter or digit: a
 * zero-width joiner between them is invisible and keeps the text as written, where wrapping in `<code>`
 * would change how a script reads. Applied to escaped HTML text only: never to a link's address.
 */
export function inertMentions(html: string): string {
  return html.replace(/@(?=[A-Za-z0-9])/g, '@&#8205;')
}
