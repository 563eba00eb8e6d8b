// GitHub's limits at fleet size: a job summary over 1 MiB is refused, an output over 1 MB too, a comment
// over 65,536 characters too. Each degrades by summarising, never by failing.
import { describe, expect, it } from '@jest/globals'
import { commentBody } from '../../src/action/comment-body.js'
import { videosOutput } from '../../src/action/manifest-report.js'
import { manifestSummary } from '../../src/action/manifest-summary.js'
import { reviewsOf } from '../../src/action/review-comment.js'
import type { Plan } from '../../src/patch/index.js'
import type { RenderReport } from '../../src/run/job.js'
import type { VideoResult } from '../../src/run/result.js'

const MIB = 1024 * 1024
const script = (i: number): string =>
  `Scene words for video ${i}: `.padEnd(400, 'welcome to the product tour, ')

/** A realistic plan: a rename and three scripts of 400 characters. */
const plan = (i: number): Plan =>
  ({
    project: { _id: `p${i}`, name: 'n', orientation: 'landscape', scenes: [] },
    ops: [],
    changes: [
      { kind: 'name', before: 'Tour', after: `Tour ${i}` },
      ...[0, 1, 2].map(scene => ({
        kind: 'script',
        scene,
        paths: [],
        before: script(i - 1),
        after: script(i),
        charsBefore: 400,
        charsAfter: 400
      }))
    ]
  }) as unknown as Plan

const report = (i: number): RenderReport =>
  ({
    renderedProjectId: `66${String(i).padStart(22, '0')}`,
    resolution: '1080',
    cacheHit: i % 3 === 0,
    renderMs: 95_000,
    facts: { duration: 61.5, width: 1920, height: 1080 },
    videoPath: `videos/product-tour-${i}.mp4`,
    video: { path: `/w/videos/product-tour-${i}.mp4`, size: 48_000_000, sha256: 'ab'.repeat(32) },
    // A signed vendor URL: long.
    downloadUrl: `https://cdn.aistudios.example/render/${i}.mp4?${'X-Amz-Signature=0123456789abcdef&'.repeat(16)}`,
    delivery: {
      outputs: {
        'artifact-url': `https://github.com/acme/videos/actions/runs/123456789/artifacts/${4_000_000 + i}`,
        'asset-url': `https://github.com/acme/videos/releases/download/v1.2.3/product-tour-${i}.mp4`
      },
      links: [
        {
          label: 'Artifact',
          text: `artifact ${4_000_000 + i}`,
          url: `https://github.com/acme/videos/actions/runs/123456789/artifacts/${4_000_000 + i}`
        },
        {
          label: 'Release asset',
          text: 'download from the release',
          url: `https://github.com/acme/videos/releases/download/v1.2.3/product-tour-${i}.mp4`
        },
        {
          label: 'Release',
          text: 'release page',
          url: 'https://github.com/acme/videos/releases/tag/v1.2.3'
        }
      ],
      where: ''
    },
    projectDeleted: false
  }) as unknown as RenderReport

/** Every tenth video failed with a long message; the rest were delivered. */
function fleet(size: number): VideoResult[] {
  return Array.from({ length: size }, (_, i): VideoResult => {
    const base = {
      name: `product-tour-${String(i).padStart(4, '0')}`,
      sourceProjectId: `65${String(i).padStart(22, '0')}`,
      contentHash: `v2-${'c'.repeat(64)}`,
      plan: plan(i)
    }
    return i % 10 === 9
      ? {
          ...base,
          status: 'failed',
          error: new Error(`AI Studios failed the render: ${'x'.repeat(600)}`)
        }
      : { ...base, status: i % 3 === 0 ? 'cached' : 'rendered', exported: true, report: report(i) }
  })
}

describe.each([500, 2000])('%i videos', size => {
  const results = fleet(size)

  it('the job summary stays under 1 MiB and keeps every video or its count', () => {
    const failures = '<h3>Failed videos</h3>' + '<tr><td>x</td></tr>'.repeat(size / 10)
    const summary = manifestSummary(results, failures)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(MIB - 16 * 1024)
    const rows = summary.match(/<tr><td><code>product-tour-\d{4}<\/code>/g)?.length ?? 0
    if (rows) expect(rows).toBe(size)
    else expect(summary).toContain(`${size} videos: `)
  })

  it('the videos output stays under 1 MB, each video with its status and urls', () => {
    const warnings: string[] = []
    const json = videosOutput(results, line => warnings.push(line))
    expect(Buffer.byteLength(json)).toBeLessThan(1_000_000)
    const videos = JSON.parse(json) as Record<string, Record<string, string>>
    expect(Object.keys(videos)).toHaveLength(size)
    expect(videos['product-tour-0001']).toMatchObject({
      status: 'rendered',
      'artifact-url': expect.stringMatching(/\/artifacts\/4000001$/),
      'asset-url': expect.stringMatching(/product-tour-1\.mp4$/)
    })
    expect(videos['product-tour-0009'].status).toBe('failed')
    expect(videos['product-tour-0009'].error).toMatch(/^AI Studios failed the render: x/)
    expect(warnings).toHaveLength(json.includes('"download-url"') ? 0 : 1)
  })

  it('the comment stays within 65,536 characters', () => {
    const body = commentBody('<!-- m -->', reviewsOf({ kind: 'manifest', results }), {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/videos',
      GITHUB_RUN_ID: '123456789'
    })
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain(`${size} videos: `)
    expect(body).toContain('<a href="https://github.com/acme/videos/actions/runs/123456789">')
  })
})

it('at 2,000 videos the videos output drops its bulky fields, with one warning', () => {
  const warnings: string[] = []
  const videos = JSON.parse(videosOutput(fleet(2000), line => warnings.push(line))) as Record<
    string,
    Record<string, unknown>
  >
  expect(Object.keys(videos['product-tour-0001']).sort()).toEqual(
    [
      'artifact-url',
      'asset-url',
      'error',
      'poster-path',
      'poster-url',
      'status',
      'video-path'
    ].sort()
  )
  expect(warnings).toEqual([expect.stringContaining("over GitHub's 1 MB for an output")])
})
