import { inertMentions } from './neutralise.js'

/**
 * The job summary's HTML, built as text. Every text that a user or the API controls goes through `escapeHtml`.
 *
 * GitHub renders the summary as Markdown: an HTML block such as `<table>` or `<p>` ends at the first blank line
 * and whatever follows is read as Markdown again. So no escaped text may carry a line break (each becomes `<br>`),
 * and the characters Markdown would act on if a block ever ended early are entities too.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
  '*': '&#42;',
  _: '&#95;',
  '`': '&#96;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;'
}

/** Entities for HTML and Markdown, keeping line breaks: only for `<pre>`, whose block ends at `</pre>`. */
function escapeKeepingLines(text: string): string {
  return text.replace(/[&<>"|*_`[\]\\]/g, c => ENTITIES[c] ?? c)
}

/** Text as one line of HTML: entities, and every line break (blank lines too) as `<br>`. */
const oneLine = (text: string): string => escapeKeepingLines(text).replace(/\r\n|\r|\n/g, '<br>')

/** Text as one line of HTML in which no `@name` notifies anyone. */
export function escapeHtml(text: string): string {
  return inertMentions(oneLine(text))
}

/** A signed vendor link shown by its host only: the full URL is a credential until it expires. */
export function signedLink(url: string): string {
  let host: string
  try {
    host = new URL(url).host
  } catch {
    return 'signed, expiring link'
  }
  return `${code(host)} (signed, expiring link)`
}

export const heading = (text: string, level: 2 | 3 | 4): string =>
  `<h${level}>${escapeHtml(text)}</h${level}>\n`

export const paragraph = (html: string): string => `<p>${html}</p>\n`

// GitHub makes no mention in code or in a link's text, and an address must stay as it is.
export const code = (text: string): string => `<code>${oneLine(text)}</code>`

export const link = (text: string, href: string): string =>
  `<a href="${oneLine(href)}">${oneLine(text)}</a>`

export const codeBlock = (text: string, lang?: string): string =>
  `<pre lang="${lang ?? ''}"><code>${escapeKeepingLines(text)}</code></pre>\n`

/**
 * A table whose first row is the header; cells are HTML already. Every row gets the header's width and an
 * empty cell shows a dash, so no cell is missing or blank.
 */
export function table(rows: string[][]): string {
  const [header, ...body] = rows
  const width = header?.length ?? 0
  const row = (cells: string[], tag: 'th' | 'td'): string =>
    `<tr>${Array.from({ length: Math.max(width, cells.length) }, (_, i) => cells[i] || '—')
      .map(cell => `<${tag}>${cell}</${tag}>`)
      .join('')}</tr>`
  return `<table>${[row(header ?? [], 'th'), ...body.map(cells => row(cells, 'td'))].join('')}</table>\n`
}
