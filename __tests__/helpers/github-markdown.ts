import { execFileSync, spawnSync } from 'node:child_process'

/** GitHub's Markdown engine (Debian `cmark-gfm`): the comment and the job summary are rendered by it. */
export const hasCmark = spawnSync('cmark-gfm', ['--version']).status === 0

export function renderGfm(markdown: string): string {
  return execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink'], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * The names GitHub would mention (and notify) in rendered HTML, as its mention filter finds them: in text
 * nodes (entities decoded) outside `pre`, `code` and links, `@` after a non-word character, then a login
 * or `org/team`.
 */
export function activeMentions(html: string): string[] {
  const text = html
    .replace(/<(pre|code|a)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) =>
      name[0] !== '#'
        ? (NAMED[name] ?? entity)
        : String.fromCodePoint(
            name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
          )
    )
  return [...text.matchAll(/(?:^|[^\w])@([a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9_-]*)?)/gi)].map(
    match => match[1]
  )
}
