// @ts-check
// Checks every link of README.md and docs/*.md without the network: a relative link must name a file or folder
// of the repository, and a #anchor a heading of its page, by GitHub's rules for heading ids. External links are
// listed, not fetched. `node script/check-links.js` prints the problems (exit 1) and the external links.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The pages checked, relative to the repository's root. */
export function pages() {
  const docs = readdirSync(path.join(root, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
  return ['README.md', ...docs]
}

/**
 * The text without fenced code blocks, which hold neither links nor headings; line breaks are kept, so line
 * numbers still count.
 * @param {string} text
 */
function withoutFences(text) {
  return text.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\2[^\n]*$/gm, block =>
    block.replace(/[^\n]/g, '')
  )
}

/** The text without code blocks and code spans: where links are. @param {string} text */
const prose = text =>
  withoutFences(text).replace(/(`+)[\s\S]*?\1/g, span => span.replace(/[^\n]/g, ''))

/**
 * The ids GitHub gives a page's headings: the text without its Markdown, lowercased, every character that is
 * not a letter, a digit, `-`, `_` or a space dropped, spaces made `-`; a repeated id gets `-1`, `-2`, ...
 * @param {string} text
 */
export function headingIds(text) {
  /** @type {Map<string, number>} */
  const seen = new Map()
  const ids = []
  for (const [, heading] of withoutFences(text).matchAll(/^ {0,3}#{1,6} +(.+?)(?: +#+)? *$/gm)) {
    const plain = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/`/g, '')
      .replace(/[*_~]{1,3}(\S[^*_~]*?)[*_~]{1,3}/g, '$1')
    const base = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    ids.push(count === 0 ? base : `${base}-${count}`)
  }
  return ids
}

/**
 * The link targets of a page: inline links and images, and reference definitions.
 * @param {string} text
 * @returns {{ target: string, line: number }[]}
 */
export function links(text) {
  const clean = prose(text)
  const found = []
  const patterns = [
    /!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
    /^ {0,3}\[[^\]]+\]:\s*(\S+)/gm
  ]
  for (const pattern of patterns)
    for (const match of clean.matchAll(pattern))
      found.push({ target: match[1], line: clean.slice(0, match.index).split('\n').length })
  return found
}

/**
 * Every broken link of the pages, as `page:line: target: why`, and the external links, not checked.
 * @param {string[]} [files] pages relative to the repository's root
 */
export function checkLinks(files = pages()) {
  /** @type {Map<string, string[]>} */
  const anchors = new Map()
  const idsOf = (/** @type {string} */ file) => {
    if (!anchors.has(file))
      anchors.set(file, headingIds(readFileSync(path.join(root, file), 'utf8')))
    return /** @type {string[]} */ (anchors.get(file))
  }
  const problems = []
  const external = []
  for (const page of files) {
    for (const { target, line } of links(readFileSync(path.join(root, page), 'utf8'))) {
      const where = `${page}:${line}: ${target}`
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        external.push(where)
        continue
      }
      const [file, anchor] = target.split('#', 2)
      const resolved = file
        ? path.posix.normalize(path.posix.join(path.posix.dirname(page), file))
        : page
      if (resolved.startsWith('..') || !existsSync(path.join(root, resolved)))
        problems.push(`${where}: no such file in the repository`)
      else if (
        anchor !== undefined &&
        resolved.endsWith('.md') &&
        !idsOf(resolved).includes(anchor)
      )
        problems.push(`${where}: ${resolved} has no heading with that id`)
    }
  }
  return { problems, external }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { problems, external } = checkLinks()
  for (const line of external) console.log(`external, not checked: ${line}`)
  for (const line of problems) console.error(line)
  console.log(
    `links: ${pages().length} pages, ${problems.length} broken, ${external.length} external`
  )
  process.exitCode = problems.length > 0 ? 1 : 0
}
