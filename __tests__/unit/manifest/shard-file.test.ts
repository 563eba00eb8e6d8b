import { describe, expect, it } from '@jest/globals'
import { reviewsOf } from '../../../src/action/review-comment.js'
import { videosOutput } from '../../../src/action/manifest-report.js'
import type { Plan } from '../../../src/patch/index.js'
import { RenderFailedError } from '../../../src/render/wait.js'
import type { RenderReport } from '../../../src/run/job.js'
import { resumableRender } from '../../../src/run/resume.js'
import type { VideoResult } from '../../../src/run/result.js'
import { readShardFile, shardFileName, shardFileText } from '../../../src/run/shard-file.js'
import { ActionError } from '../../../src/shared/errors.js'

const plan = {
  project: { name: 'Tour 2', scenes: [{ clips: [] }] },
  ops: [{ op: 'replace', path: '/name', value: 'Tour 2' }],
  changes: [
    { kind: 'name', before: 'Tour', after: 'Tour 2' },
    {
      kind: 'clip',
      scene: 1,
      clip: { index: 0, id: 'c1', type: 'textImage' },
      field: 'text',
      path: '/scenes/1/clips/0/text',
      after: { text: 'new', size: 2 }
    }
  ]
} as unknown as Plan
const report: RenderReport = {
  renderedProjectId: 'rend1',
  resolution: '1080',
  renderMs: 4200,
  downloadUrl: 'https://cdn.example/v.mp4',
  video: { path: '/w/videos/a.mp4', size: 2048, sha256: 'ab'.repeat(32) },
  facts: { duration: 12.5, width: 1920, height: 1080 },
  videoPath: 'videos/a.mp4',
  delivery: { outputs: { 'artifact-url': 'https://x/7' }, links: [], where: 'as artifact' },
  companions: [{ name: 'poster', path: 'videos/a.mp4.jpg' }],
  cacheHit: false,
  projectDeleted: false
}
const results: VideoResult[] = [
  { name: 'a', status: 'rendered', sourceProjectId: 's1', plan, report, exported: true },
  {
    name: 'b',
    status: 'failed',
    sourceProjectId: 's2',
    renderId: 'r2',
    error: new ActionError('download stalled', { location: { file: 'm.yaml', line: 3 } })
  },
  {
    name: 'c',
    status: 'failed',
    sourceProjectId: 's3',
    renderId: 'r3',
    error: new RenderFailedError('the render failed')
  }
]

describe("a shard's results file", () => {
  const shard = { index: 2, count: 8 }

  it('is named for its shard', () => {
    expect(shardFileName(shard)).toBe('aistudios-render-results-2-of-8.json')
  })

  it('reads back what the outputs and the comment show', () => {
    const back = readShardFile('x', shardFileText(shard, results))
    expect(back.shard).toEqual(shard)
    expect(videosOutput(back.results)).toBe(videosOutput(results))
    const shown = (list: VideoResult[]) =>
      reviewsOf({ kind: 'manifest', results: list }).map(r => ({ ...r, plan: r.plan?.changes }))
    expect(shown(back.results)).toEqual(shown(results))
    const [a, b, c] = back.results
    expect(a.plan?.changes).toEqual(plan.changes)
    expect(a.report).toEqual(report)
    expect(b.error).toBeInstanceOf(ActionError)
    expect((b.error as ActionError).details.location).toEqual({ file: 'm.yaml', line: 3 })
    // A failed render has nothing to resume; a stalled download does.
    expect(resumableRender(b)).toBe('r2')
    expect(resumableRender(c)).toBeUndefined()
  })

  it('keeps the plan small: the changes, not the project', () => {
    const text = shardFileText(shard, results)
    expect(text).not.toContain('"ops"')
    expect(text).not.toContain('"scenes"')
  })

  it('is refused, naming the artifact, when it is not a shard file', () => {
    for (const text of ['not json', '{"shard":"9/8","videos":[]}', '{"shard":"1/8","videos":[{}]}'])
      expect(() => readShardFile('aistudios-render-results-1-of-8.json', text)).toThrow(
        /^The artifact aistudios-render-results-1-of-8\.json is not a shard's results \(.+\): re-run/
      )
  })
})
