import { describe, expect, it } from '@jest/globals'
import { fleetSummary } from '../../../src/action/fleet-summary.js'
import { matrixOutput, videosOutput, type VideoRecord } from '../../../src/manifest/outputs.js'

const delivered: VideoRecord = {
  name: 'tour-en',
  status: 'delivered',
  sourceProjectId: 'src1',
  projectId: 'rend1',
  contentHash: 'v1-abc',
  cacheHit: false,
  changes: 2,
  renderMs: 4200,
  videoPath: 'videos/tour-en.mp4',
  videoSize: 2048,
  videoSha256: 'deadbeef'.repeat(8),
  downloadUrl: 'https://cdn.example/v.mp4?a=1&b=2',
  artifactUrl: 'https://github.example/artifacts/7'
}
const failed: VideoRecord = {
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
      'project-id': 'rend1',
      'source-project-id': 'src1',
      'content-hash': 'v1-abc',
      'cache-hit': false,
      changes: 2,
      'video-path': 'videos/tour-en.mp4',
      'video-size': 2048,
      'video-sha256': delivered.videoSha256,
      'download-url': delivered.downloadUrl,
      'artifact-url': delivered.artifactUrl,
      'asset-url': '',
      error: ''
    })
    expect(videos.onboarding).toMatchObject({
      'project-id': '',
      error: 'render <failed> & "stopped"'
    })
  })

  it('lists the videos for a matrix', () => {
    expect(JSON.parse(matrixOutput(['tour-en', 'tour-ko']))).toEqual({
      include: [{ video: 'tour-en' }, { video: 'tour-ko' }]
    })
  })
})

describe('the fleet summary', () => {
  const html = fleetSummary(
    [delivered, failed],
    new Map([['tour-en', '<table><tr><td>edit</td></tr></table>']])
  )

  it('has a row per video with status, cache hit, changes, time, size, hash prefix and links', () => {
    const rows = html.match(/<tr>.*?<\/tr>/g) ?? []
    expect(rows).toHaveLength(4) // header, 2 videos, the plan's own row
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
    const dry = (name: string, needsExport: boolean): VideoRecord => ({
      name,
      status: 'dry-run',
      sourceProjectId: 'src',
      cacheHit: !needsExport,
      needsExport
    })
    const rows = fleetSummary([dry('new', true), dry('cached', false)], new Map()).match(
      /<tr>.*?<\/tr>/g
    )
    expect(rows?.[1]).toContain('<td>dry-run: needs a render</td><td>no</td>')
    expect(rows?.[2]).toContain('<td>dry-run: no render needed</td><td>yes</td>')
  })

  it('puts each plan in a collapsed section, only for videos that have one', () => {
    expect(html.match(/<details>/g)).toHaveLength(1)
    expect(html).toContain('<details><summary>Plan of tour-en</summary>')
  })
})
