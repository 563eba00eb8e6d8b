import { describe, expect, it } from '@jest/globals'
import { videosOutput } from '../../../src/action/manifest-report.js'
import { manifestSummary } from '../../../src/action/manifest-summary.js'
import { matrixOutput } from '../../../src/manifest/outputs.js'
import type { Plan } from '../../../src/patch/index.js'
import type { RenderReport } from '../../../src/run/job.js'
import type { VideoResult } from '../../../src/run/result.js'

const twoChanges = {
  changes: [
    { kind: 'name', before: 'a', after: 'b' },
    { kind: 'name', before: 'b', after: 'c' }
  ]
} as unknown as Plan
const report = {
  renderedProjectId: 'rend1',
  resolution: '1080',
  cacheHit: false,
  renderMs: 4200,
  facts: { duration: 12.5, width: 1920, height: 1080 },
  videoPath: 'videos/tour-en.mp4',
  video: { path: '/w/videos/tour-en.mp4', size: 2048, sha256: 'deadbeef'.repeat(8) },
  downloadUrl: 'https://cdn.example/v.mp4?a=1&b=2',
  delivery: {
    outputs: { 'artifact-url': 'https://github.example/artifacts/7' },
    links: [{ label: 'Artifact', text: 'artifact 7', url: 'https://github.example/artifacts/7' }]
  }
} as unknown as RenderReport
const delivered: VideoResult = {
  name: 'tour-en',
  status: 'rendered',
  sourceProjectId: 'src1',
  renderId: 'rend1',
  contentHash: 'v1-abc',
  plan: twoChanges,
  report,
  exported: true
}
const failed: VideoResult = {
  name: 'onboarding',
  status: 'failed',
  sourceProjectId: 'src2',
  error: new Error('render <failed> & "stopped"')
}

describe('the videos and matrix outputs', () => {
  it('gives each video its outputs under the single-video names', () => {
    const videos = JSON.parse(videosOutput([delivered, failed])) as Record<string, unknown>
    expect(Object.keys(videos)).toEqual(['tour-en', 'onboarding'])
    expect(videos['tour-en']).toEqual({
      status: 'rendered',
      'project-id': 'rend1',
      'source-project-id': 'src1',
      'content-hash': 'v1-abc',
      'cache-hit': false,
      changes: 2,
      'video-path': 'videos/tour-en.mp4',
      'video-size': 2048,
      'video-sha256': report.video.sha256,
      'download-url': report.downloadUrl,
      'artifact-url': 'https://github.example/artifacts/7',
      'asset-url': '',
      'poster-path': '',
      'poster-url': '',
      exports: 1,
      'rendered-seconds': 12.5,
      error: ''
    })
    expect(videos.onboarding).toMatchObject({
      status: 'failed',
      'project-id': '',
      error: 'render <failed> & "stopped"'
    })
  })

  it('lists the shards for a matrix: two videos make one shard', () => {
    expect(JSON.parse(matrixOutput(['tour-en', 'tour-ko']))).toEqual({
      include: [{ shard: '1/1' }]
    })
  })
})

describe('the manifest summary', () => {
  const html = manifestSummary([delivered, failed])

  it('has a row per video with status, cache hit, changes, time, size, hash prefix and links', () => {
    const rows = html.match(/<tr>.*?<\/tr>/g) ?? []
    expect(rows).toHaveLength(3 + 3) // header, 2 videos, the plan's table (header and two rows)
    expect(rows[1]).toContain('<code>tour-en</code>')
    expect(rows[1]).toContain('<td>delivered</td><td>no</td><td>2</td>')
    expect(rows[1]).toContain('2.0 KiB')
    expect(rows[1]).toContain('<code>deadbeefdead</code>')
    expect(rows[1]).toContain('href="https://cdn.example/v.mp4?a=1&amp;b=2"')
    expect(rows[1]).toContain('href="https://github.example/artifacts/7">artifact</a>')
  })

  it('escapes every text from the user or the API', () => {
    expect(html).toContain('failed: render &lt;failed&gt; &amp; &quot;stopped&quot;')
    expect(html).not.toContain('<failed>')
  })

  it('says of a dry run whether each video would need a render', () => {
    const dry = (name: string, needsExport: boolean): VideoResult => ({
      name,
      status: 'planned',
      sourceProjectId: 'src',
      dryRun: { request: '', cacheHit: !needsExport, needsExport, cacheOn: true }
    })
    const rows = manifestSummary([dry('new', true), dry('cached', false)]).match(/<tr>.*?<\/tr>/g)
    expect(rows?.[1]).toContain('<td>dry-run: needs a render</td><td>no</td>')
    expect(rows?.[2]).toContain('<td>dry-run: no render needed</td><td>yes</td>')
  })

  it('puts each plan in a collapsed section, only for videos that have one', () => {
    expect(html.match(/<details>/g)).toHaveLength(1)
    expect(html).toContain('<details><summary>Plan of tour-en</summary>')
  })
})
