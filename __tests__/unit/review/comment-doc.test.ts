// docs/pull-request-comment.md shows the comment as text, made here from a fixture: the doc cannot drift
// from what the action posts. `COMMENT_DOC=write` rewrites it.
import { describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { commentBody, type VideoReview } from '../../../src/action/comment-body.js'
import { watchHtml } from '../../../src/action/video-facts.js'
import { stickyMarker } from '../../../src/review/sticky-comment.js'
import { SAMPLE_PROJECT_ID } from '../../../sim/aistudios/server.js'
import { productTour } from '../../fixtures/projects.js'
import { plan } from '../patch/helpers.js'

const DOC = path.resolve('docs/pull-request-comment.md')
const BEGIN = '<!-- example: begin -->'
const END = '<!-- example: end -->'

const ENV = {
  GITHUB_WORKFLOW: 'Video preview',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/videos',
  GITHUB_RUN_ID: '9876543210',
  GITHUB_SHA: '4f2c9e1d0b7a'
}

async function example(): Promise<string> {
  const planned = await plan(
    `scenes:\n  - scene: 0\n    script: "Welcome to Acme Studio, @octocat: the tour of version 2."\n`,
    productTour()
  )
  const review: VideoReview = {
    sourceProjectId: SAMPLE_PROJECT_ID,
    plan: planned,
    contentHash: 'v2-6d1f0c2a9b8e',
    render: {
      kind: 'rendered',
      projectId: '66a1b2c3d4e5f60718293a4b',
      cacheHit: false,
      deleted: false,
      watch: {
        links: [
          {
            label: 'Artifact',
            text: 'artifact 1234567',
            url: 'https://github.com/acme/videos/actions/runs/9876543210/artifacts/1234567'
          },
          {
            label: 'Poster',
            text: 'poster',
            url: 'https://github.com/acme/videos/actions/runs/9876543210/artifacts/1234568'
          }
        ],
        duration: 31.5,
        width: 1920,
        height: 1080,
        size: 14_680_064
      }
    }
  }
  const marker = stickyMarker(ENV.GITHUB_WORKFLOW, { project: SAMPLE_PROJECT_ID })
  return commentBody(
    marker,
    [review],
    ENV,
    '1 export (31.5 s of video), 0 from the cache, 0 resumed.'
  )
}

describe('docs/pull-request-comment.md', () => {
  it("shows the comment exactly as the action writes it for the doc's fixture", async () => {
    const body = await example()
    const doc = await readFile(DOC, 'utf8')
    const block = `${BEGIN}\n\n\`\`\`text\n${body}\`\`\`\n\n${END}`
    if (process.env.COMMENT_DOC === 'write')
      await writeFile(DOC, doc.replace(new RegExp(`${BEGIN}[\\s\\S]*${END}`), block))
    expect(await readFile(DOC, 'utf8')).toContain(block)
  })

  it('links the video to watch and the poster beside its facts', () => {
    const html = watchHtml({
      links: [
        { label: 'Release asset', text: 'download from the release', url: 'https://r/v.mp4' },
        { label: 'Release', text: 'release page', url: 'https://r/tag' },
        { label: 'Poster', text: 'poster', url: 'https://r/v.jpg' }
      ],
      duration: 3,
      width: 320,
      height: 180,
      size: 2048
    })
    expect(html).toBe(
      '<a href="https://r/v.mp4">Watch</a> · 3.0 s · 320x180 · 2.0 KiB · <a href="https://r/v.jpg">Poster</a>'
    )
  })
})
