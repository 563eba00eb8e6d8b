import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { escapeHtml, heading, signedLink, table } from '../../src/action/summary.js'

/** GitHub's own Markdown engine: the job summary is rendered by it (Debian `cmark-gfm`). */
const cmark = spawnSync('cmark-gfm', ['--version']).status === 0
if (!cmark)
  console.warn(
    'cmark-gfm is not installed (apt-get install -y cmark-gfm): the rendering tests are skipped.'
  )
const withCmark = cmark ? it : it.skip

function render(markdown: string): string {
  return execFileSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough'],
    {
      input: markdown,
      encoding: 'utf8'
    }
  )
}

const hostile = [
  'First paragraph with *stars* and _under_ and `ticks`.',
  '',
  'Second | paragraph [link](http://x) <script>alert(1)</script> & done.',
  '',
  '',
  '# not a heading',
  '- not a list'
].join('\n')

describe('escapeHtml', () => {
  it('leaves no line break, no Markdown character and no tag', () => {
    const escaped = escapeHtml(hostile)
    expect(escaped.replace(/<br>/g, '')).not.toMatch(/[\r\n|*_`[<>]/)
    expect(escaped.split('<br>')).toHaveLength(hostile.split('\n').length)
  })
})

describe('the summary in GitHub Markdown', () => {
  const summary =
    heading('AI Studios render', 2) +
    table([
      ['Scene', 'What', 'Before', 'After'],
      ['0', 'script', escapeHtml('Hello.\r\n\r\nWorld.'), escapeHtml(hostile)],
      ['1', escapeHtml('a|b'), '', escapeHtml('x')],
      ['2', 'short row']
    ]) +
    heading('Planned edits', 3)

  withCmark('keeps one table with every row and cell, and no Markdown leaks', () => {
    const html = render(summary)
    expect(html.match(/<table>/g)).toHaveLength(1)
    expect(html.match(/<\/table>/g)).toHaveLength(1)
    expect(html.match(/<tr>/g)).toHaveLength(4)
    expect(html.match(/<td>/g)).toHaveLength(12)
    expect(html).not.toMatch(/<td><\/td>/)
    // Markdown that a broken HTML block would let through.
    expect(html).not.toMatch(/<(em|strong|h1|ul|li|p)>/)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })

  withCmark(
    'a blank line in a cell without escaping does break it (the fault this guards against)',
    () => {
      const html = render(`<table><tr><td>one\n\n*two*</td></tr></table>\n`)
      expect(html).toMatch(/<em>two<\/em>/)
    }
  )
})

describe('signedLink', () => {
  it('shows the host and never the signature', () => {
    const shown = signedLink(
      'https://cdn.aistudios.example/v/1.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600'
    )
    expect(shown).toBe('<code>cdn.aistudios.example</code> (signed, expiring link)')
    expect(shown).not.toContain('abc123')
  })
})

describe('table', () => {
  it('fills missing and empty cells to the header width', () => {
    expect(table([['A', 'B'], ['x']])).toBe(
      '<table><tr><th>A</th><th>B</th></tr><tr><td>x</td><td>—</td></tr></table>\n'
    )
  })
})
