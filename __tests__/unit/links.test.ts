import { describe, expect, it } from '@jest/globals'
import { checkLinks, headingIds, links } from '../../script/check-links.js'

describe('the links of README.md and docs/*.md', () => {
  it('all resolve: files of the repository, and anchors of their headings', () => {
    const { problems, external } = checkLinks()
    expect(problems).toEqual([])
    expect(external.length).toBeGreaterThan(0)
  })

  // The checker itself: a broken link must be caught, or the test above proves nothing.
  it("gives headings GitHub's ids", () => {
    expect(
      headingIds(
        '# Try it in one minute\n## `Range` ignored (a 403)\n## Usage\n## Usage\n```\n# not a heading\n```\n'
      )
    ).toEqual(['try-it-in-one-minute', 'range-ignored-a-403', 'usage', 'usage-1'])
  })

  it('finds links in prose, not in code', () => {
    const text =
      'See [a](docs/a.md#x) and ![i](img.png).\n`[b](b.md)`\n```\n[c](c.md)\n```\n[d]: d.md\n'
    expect(links(text)).toEqual([
      { target: 'docs/a.md#x', line: 1 },
      { target: 'img.png', line: 1 },
      { target: 'd.md', line: 6 }
    ])
  })

  it('reports a missing file and a missing anchor', () => {
    expect(checkLinks(['__tests__/fixtures/broken-links.md']).problems).toEqual([
      '__tests__/fixtures/broken-links.md:3: ../../docs/nope.md: no such file in the repository',
      '__tests__/fixtures/broken-links.md:4: ../../README.md#no-such-heading: README.md has no heading with that id',
      '__tests__/fixtures/broken-links.md:5: #elsewhere: __tests__/fixtures/broken-links.md has no heading with that id'
    ])
  })
})
