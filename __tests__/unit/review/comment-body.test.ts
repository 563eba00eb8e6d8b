import { describe, expect, it } from '@jest/globals'
import { commentBody, type VideoReview } from '../../../src/action/comment-body.js'
import type { Plan } from '../../../src/patch/index.js'
import { stickyMarker } from '../../../src/review/sticky-comment.js'

const ENV = { GITHUB_WORKFLOW: 'w', GITHUB_SHA: 'abcdef0123' }

const scriptPlan = (after: string): Plan => ({
  project: { _id: 'p', name: 'n', orientation: 'landscape', scenes: [] },
  ops: [],
  changes: [
    {
      kind: 'script',
      scene: 0,
      paths: [],
      before: 'Old.',
      after,
      charsBefore: 4,
      charsAfter: after.length
    }
  ]
})

describe('the sticky marker', () => {
  it('names the workflow and the project or manifest, and no name can end the HTML comment', () => {
    expect(stickyMarker('Video preview', { project: 'abc' })).toBe(
      '<!-- aistudios-render workflow=Video%20preview project=abc -->'
    )
    const marker = stickyMarker('x --> <b>', { manifest: 'a b/videos.yaml' })
    expect(marker.slice(4, -3)).not.toMatch(/--|>/)
    expect(marker).toContain('manifest=a%20b%2Fvideos.yaml')
  })
})

describe('the comment body', () => {
  const review = (plan: Plan): VideoReview => ({
    sourceProjectId: 'src-1',
    plan,
    contentHash: 'v1-abc',
    render: { kind: 'dry-run', needsExport: false, cacheHit: true, cacheOn: true }
  })

  it('starts with the marker and says whether a render is needed', () => {
    const body = commentBody('<!-- m -->', [review(scriptPlan('New.'))], ENV)
    expect(body.startsWith('<!-- m -->\n')).toBe(true)
    expect(body).toContain('not needed: the cache holds the video of this content')
    expect(body).toContain('<code>v1-abc</code>')
    expect(body).toContain('<td>New.</td>')
  })

  it('drops the plan tables for a pointer to the job summary when GitHub would refuse the length', () => {
    const body = commentBody('<!-- m -->', [review(scriptPlan('x'.repeat(70_000)))], ENV)
    expect(body.length).toBeLessThan(65_536)
    expect(body).toContain('too long for a comment')
    expect(body).toContain('<code>src-1</code>')
  })
})
