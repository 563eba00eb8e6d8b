/**
 * The job summary's HTML, built as text. Every text that a user or the API controls goes through `escapeHtml`.
 */

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c
  )
}

export const heading = (text: string, level: 2 | 3): string =>
  `<h${level}>${escapeHtml(text)}</h${level}>\n`

export const paragraph = (html: string): string => `<p>${html}</p>\n`

export const code = (text: string): string => `<code>${escapeHtml(text)}</code>`

export const link = (text: string, href: string): string =>
  `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`

export const codeBlock = (text: string, lang?: string): string =>
  `<pre lang="${lang ?? ''}"><code>${escapeHtml(text)}</code></pre>\n`

/** A table whose first row is the header; cells are HTML already. */
export function table(rows: string[][]): string {
  const [header, ...body] = rows
  const row = (cells: string[], tag: 'th' | 'td'): string =>
    `<tr>${cells.map(cell => `<${tag}>${cell}</${tag}>`).join('')}</tr>`
  return `<table>${[row(header ?? [], 'th'), ...body.map(cells => row(cells, 'td'))].join('')}</table>\n`
}
