// A big manifest's pull-request comment against the GitHub REST fake, which refuses a body over 65,536
// characters with GitHub's 422: the comment degrades to fit, and is accepted. Each video says its own name, so
// that no two render the same content (which the run refuses).
import { afterEach, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { MAX_COMMENT_CHARS, startReleasesApi } from '../../sim/github/releases.js'
import { newWorkspace, runInProcess } from './harness.js'

const PR = 7
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map(close => close()))
})

const PATCH = `scenes:
  - scene: 0
    script: |
      Welcome to Acme Studio, the tour of every feature, scene by scene.
  - scene: 2
    script: "The dashboard, live, for {{ who }}."
`

async function manifestComment(videos: number) {
  const sim = await startAiStudiosSim({ renderMs: 300 })
  const github = await startReleasesApi({})
  closers.push(
    () => sim.close(),
    () => github.close()
  )
  const workspace = await newWorkspace()
  await writeFile(path.join(workspace, 'edit.yaml'), PATCH)
  const names = Array.from({ length: videos }, (_, i) => `tour-${String(i).padStart(4, '0')}`)
  await writeFile(
    path.join(workspace, 'videos.yaml'),
    `videos:\n${names.map(name => `  ${name}: { project-id: ${SAMPLE_PROJECT_ID}, patch: edit.yaml, vars: { who: ${name} } }\n`).join('')}`
  )
  const result = await runInProcess({
    workspace,
    githubToken: github.token,
    inputs: {
      manifest: 'videos.yaml',
      'api-key': 'sim-api-key',
      'api-url': sim.apiUrl,
      'dry-run': 'true',
      cache: 'false',
      'pr-comment': 'true'
    },
    env: { GITHUB_WORKFLOW: 'Video preview' },
    runner: {
      releases: github,
      eventName: 'pull_request',
      event: { number: PR, pull_request: { number: PR } }
    }
  })
  const refused = github.requests.filter(
    request => /Comment$/.test(request.route) && request.status === 422
  )
  return { result, github, refused }
}

// 150 videos' plans came to 69,409 characters, which GitHub refused: both sizes are a line per video.
it.each([150, 300])(
  'a %i-video manifest gets one comment that GitHub accepts, a line per video',
  async videos => {
    const { result, github, refused } = await manifestComment(videos)
    expect(result.code).toBe(0)
    expect(refused).toEqual([])
    expect(result.stdout.split('\n').filter(line => line.startsWith('::warning::'))).toEqual([])
    const [comment] = github.state.comments
    expect(github.state.comments).toHaveLength(1)
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)
    expect([...comment.body].length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(comment.body).toContain('One line per video')
    // Every video has its row; a dry run has nothing to watch.
    expect(comment.body.match(/<tr><td><code>tour-\d{4}<\/code><\/td><td>needed: /g)).toHaveLength(
      videos
    )
    expect(comment.body).not.toContain('<th>Watch</th>')
  },
  120_000
)

it('the fake refuses a body over 65,536 characters as GitHub does', async () => {
  const github = await startReleasesApi({})
  closers.push(() => github.close())
  const answer = await fetch(`${github.url}/repos/o/r/issues/${PR}/comments`, {
    method: 'POST',
    headers: { authorization: `token ${github.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body: 'x'.repeat(MAX_COMMENT_CHARS + 1) })
  })
  expect(answer.status).toBe(422)
  expect(await answer.text()).toContain('body is too long (maximum is 65536 characters)')
  expect(github.state.comments).toEqual([])
})
