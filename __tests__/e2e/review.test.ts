// pr-comment: the plan as the pull request's one comment, against the GitHub REST fake and the simulator.
import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SAMPLE_PROJECT_ID, startAiStudiosSim } from '../../sim/aistudios/server.js'
import { startReleasesApi } from '../../sim/github/releases.js'
import { startResultsService } from '../../sim/github/results.js'
import { activeMentions, hasCmark, renderGfm } from '../helpers/github-markdown.js'
import { newWorkspace, runInProcess, type RunResult } from './harness.js'

type Sim = Awaited<ReturnType<typeof startAiStudiosSim>>
type GitHub = Awaited<ReturnType<typeof startReleasesApi>>
type Results = Awaited<ReturnType<typeof startResultsService>>

const PR = 12
const MARKER = `<!-- aistudios-render workflow=Video%20preview project=${SAMPLE_PROJECT_ID} -->`

const patch = (greeting: string): string => `scenes:
  - scene: 0
    script: |
      ${greeting} to **Acme** | Studio.

      Second paragraph with \`ticks\` and <b>tags</b>.
  - scene: 2
    script: "The dashboard, live."
`

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map(close => close()))
})

async function servers(
  options: Parameters<typeof startReleasesApi>[0] = {}
): Promise<{ sim: Sim; github: GitHub }> {
  const sim = await startAiStudiosSim({ renderMs: 300 })
  const github = await startReleasesApi(options)
  closers.push(
    () => sim.close(),
    () => github.close()
  )
  return { sim, github }
}

async function run(
  { sim, github }: { sim: Sim; github: GitHub },
  greeting: string,
  {
    eventName = 'pull_request',
    inputs = {},
    results,
    runId,
    env = {}
  }: {
    eventName?: string
    inputs?: Record<string, string>
    results?: Results
    runId?: string
    env?: Record<string, string>
  } = {}
): Promise<RunResult> {
  const workspace = await newWorkspace()
  await writeFile(path.join(workspace, 'edit.yaml'), patch(greeting))
  return runInProcess({
    workspace,
    githubToken: github.token,
    inputs: {
      'project-id': SAMPLE_PROJECT_ID,
      'api-key': 'sim-api-key',
      'api-url': sim.apiUrl,
      patch: 'edit.yaml',
      'dry-run': 'true',
      cache: 'false',
      'pr-comment': 'true',
      ...inputs
    },
    env: { GITHUB_WORKFLOW: 'Video preview', ...env },
    runner: {
      releases: github,
      results,
      runId,
      eventName,
      ref: `refs/pull/${PR}/merge`,
      event: eventName.startsWith('pull_request')
        ? { action: 'synchronize', number: PR, pull_request: { number: PR } }
        : { ref: 'refs/heads/main' }
    }
  })
}

const warnings = (result: RunResult): string[] =>
  result.stdout.split('\n').filter(line => line.startsWith('::warning::'))
const commentRequests = (github: GitHub) =>
  github.requests.filter(request => /omment|^user$/.test(request.route))

describe('pr-comment', () => {
  it('two runs leave one comment, updated; comments by people and other workflows are left alone', async () => {
    const both = await servers()
    const { github } = both
    // Over a hundred comments: the one to update is only found on the second page.
    for (let i = 0; i < 120; i++)
      github.addComment({ issue: PR, body: `LGTM ${i}`, user: { login: 'octocat', type: 'User' } })
    const quoted = github.addComment({
      issue: PR,
      body: `${MARKER}\nA person pasted the marker`,
      user: { login: 'octocat', type: 'User' }
    })
    const other = github.addComment({
      issue: PR,
      body: '<!-- aistudios-render workflow=Release%20video project=x -->\nanother workflow',
      user: { login: 'github-actions[bot]', type: 'Bot' }
    })

    const first = await run(both, 'Welcome')
    expect(first.code).toBe(0)
    expect(warnings(first)).toEqual([])
    const mine = github.state.comments.filter(
      c => c !== quoted && c !== other && c.body.startsWith(MARKER)
    )
    expect(mine).toHaveLength(1)
    expect(mine[0].user.login).toBe('github-actions[bot]')
    expect(first.outputs['comment-url']).toBe(
      `https://github.com/o/r/pull/${PR}#issuecomment-${mine[0].id}`
    )
    expect(mine[0].body).toContain('Welcome to &#42;&#42;Acme&#42;&#42; &#124; Studio.')

    const second = await run(both, 'Hello')
    expect(second.code).toBe(0)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    expect(github.state.comments.filter(c => c.body.startsWith(MARKER))).toHaveLength(2)
    expect(mine[0].body).toContain('Hello to')
    expect(mine[0].body).not.toContain('Welcome to &#42;')
    expect(quoted.body).toBe(`${MARKER}\nA person pasted the marker`)
    expect(other.body).toContain('another workflow')
    expect(second.stdout).toContain(`Updated the plan on pull request #${PR}`)
    const pages = github.requests.filter(r => r.route === 'listComments')
    expect(pages.length).toBeGreaterThanOrEqual(4)
    expect(github.requests.filter(r => r.route === 'createComment')).toHaveLength(1)
    expect(github.requests.filter(r => r.route === 'updateComment')).toHaveLength(1)
  })

  it("a person's token updates only that person's comment", async () => {
    const both = await servers({ user: { login: 'release-bot-user', type: 'User' } })
    const { github } = both
    const bots = github.addComment({
      issue: PR,
      body: `${MARKER}\nposted with GITHUB_TOKEN`,
      user: { login: 'github-actions[bot]', type: 'Bot' }
    })
    const first = await run(both, 'Welcome')
    const second = await run(both, 'Hello')
    expect([first.code, second.code]).toEqual([0, 0])
    const mine = github.state.comments.filter(c => c.user.login === 'release-bot-user')
    expect(mine).toHaveLength(1)
    expect(mine[0].body).toContain('Hello to')
    expect(bots.body).toContain('posted with GITHUB_TOKEN')
  })

  it('a read-only token (a fork, or no pull-requests: write) gives one warning naming the permission; exit 0', async () => {
    const both = await servers({ comments: 'read' })
    const result = await run(both, 'Welcome')
    expect(result.code).toBe(0)
    expect(warnings(result)).toEqual([
      expect.stringMatching(
        /^::warning::The plan could not be posted on pull request #12 \(403 Resource not accessible by integration\): .*`permissions: pull-requests: write`/
      )
    ])
    expect(both.github.state.comments).toEqual([])
    expect(result.outputs['comment-url'] ?? '').toBe('')
    // Plan-only still works: the plan is in the job summary.
    expect(result.summary).toContain('<h3>Planned edits</h3>')
    // 403 is not retried: one create.
    expect(both.github.requests.filter(r => r.route === 'createComment')).toHaveLength(1)
  })

  it("GitHub's transient failures are retried from the listing: still one comment", async () => {
    const both = await servers()
    both.github.inject({ route: 'createComment', kind: 'status', status: 502 })
    both.github.inject({ route: 'listComments', kind: 'reset' })
    const result = await run(both, 'Welcome')
    expect(result.code).toBe(0)
    expect(warnings(result)).toEqual([])
    expect(both.github.state.comments).toHaveLength(1)
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)
  })

  it('a run for any other event posts nothing and asks GitHub nothing', async () => {
    const both = await servers()
    const result = await run(both, 'Welcome', { eventName: 'push' })
    expect(result.code).toBe(0)
    expect(warnings(result)).toEqual([])
    expect(commentRequests(both.github)).toEqual([])
    expect(result.outputs['comment-url'] ?? '').toBe('')
  })

  it('pr-comment off (the default) posts nothing on a pull request', async () => {
    const both = await servers()
    const result = await run(both, 'Welcome', { inputs: { 'pr-comment': '' } })
    expect(result.code).toBe(0)
    expect(commentRequests(both.github)).toEqual([])
  })

  it('a manifest run comments once per manifest, a section per video', async () => {
    const both = await servers()
    const workspace = await newWorkspace()
    await writeFile(path.join(workspace, 'edit.yaml'), patch('Welcome'))
    await writeFile(
      path.join(workspace, 'videos.yaml'),
      `videos:\n  tour:\n    project-id: ${SAMPLE_PROJECT_ID}\n    patch: edit.yaml\n  plain:\n    project-id: ${SAMPLE_PROJECT_ID}\n`
    )
    const result = await runInProcess({
      workspace,
      githubToken: both.github.token,
      inputs: {
        manifest: 'videos.yaml',
        'api-key': 'sim-api-key',
        'api-url': both.sim.apiUrl,
        'dry-run': 'true',
        cache: 'false',
        'pr-comment': 'true'
      },
      env: { GITHUB_WORKFLOW: 'Video preview' },
      runner: {
        releases: both.github,
        eventName: 'pull_request_target',
        event: { number: PR, pull_request: { number: PR } }
      }
    })
    expect(result.code).toBe(0)
    const [comment] = both.github.state.comments
    expect(both.github.state.comments).toHaveLength(1)
    expect(comment.body.split('\n')[0]).toBe(
      '<!-- aistudios-render workflow=Video%20preview manifest=videos.yaml -->'
    )
    expect(comment.body).toContain('<h3>Video tour</h3>')
    expect(comment.body).toContain('<h3>Video plain</h3>')
    expect(comment.body).toContain('no patch')
  })

  const cmark = spawnSync('cmark-gfm', ['--version']).status === 0
  ;(cmark ? it : it.skip)(
    'the comment renders in GitHub Markdown: each multi-paragraph script stays in its cell',
    async () => {
      const both = await servers()
      const result = await run(both, 'Welcome')
      expect(result.code).toBe(0)
      const [comment] = both.github.state.comments
      if (process.env.COMMENT_DUMP) await writeFile(process.env.COMMENT_DUMP, comment.body)
      const html = execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'autolink'], {
        input: comment.body,
        encoding: 'utf8'
      })
      expect((html.match(/<table>/g) ?? []).length).toBe(2)
      expect((html.match(/<\/table>/g) ?? []).length).toBe(2)
      expect(html).not.toMatch(/<(em|strong|ul|li|b)>/)
      expect(html).not.toMatch(/<td><\/td>/)
      // Both paragraphs of scene 0's new script in one cell, the blank line a <br>.
      expect(html).toMatch(
        /<td>Welcome to &#42;&#42;Acme&#42;&#42; &#124; Studio\.<br><br>Second paragraph with &#96;ticks&#96; and &lt;b&gt;tags&lt;\/b&gt;\.(<br>)?<\/td>/
      )
      expect(html.startsWith(MARKER)).toBe(true)
    }
  )

  it("another bot's comment with the marker is left untouched: ours is created beside it", async () => {
    const both = await servers()
    const { github } = both
    const renovate = github.addComment({
      issue: PR,
      body: `${MARKER}\nrenovate copied the marker`,
      user: { login: 'renovate[bot]', type: 'Bot' }
    })
    for (const greeting of ['Welcome', 'Hello']) {
      const result = await run(both, greeting)
      expect(result.code).toBe(0)
      expect(warnings(result)).toEqual([])
    }
    expect(renovate.body).toBe(`${MARKER}\nrenovate copied the marker`)
    expect(renovate.editedBy).toBeUndefined()
    const mine = github.state.comments.filter(c => c.user.login === 'github-actions[bot]')
    expect(mine).toHaveLength(1)
    expect(mine[0].body.startsWith(MARKER)).toBe(true)
    expect(mine[0].body).toContain('Hello to')
  })

  it('a rendering run links each video to watch, beside its duration, frame and size; a cache hit links its own artifact; a dry run has none', async () => {
    const both = await servers()
    const results = await startResultsService()
    closers.push(() => results.close())
    const runnerTemp = await newWorkspace()
    const real = (runId: string) =>
      run(both, 'Welcome', {
        inputs: { 'dry-run': 'false', upload: 'artifact', cache: 'true', overwrite: 'true' },
        results,
        runId,
        env: { RUNNER_TEMP: runnerTemp }
      })
    const body = (): string => both.github.state.comments[0].body
    for (const [runId, render] of [
      ['501', 'done: rendered as project'],
      ['502', 'not needed: the cached video of project']
    ]) {
      const result = await real(runId)
      expect(result.code).toBe(0)
      const url = result.outputs['artifact-url']
      expect(url).toMatch(new RegExp(`/runs/${runId}/artifacts/\\d+$`))
      expect(body()).toContain(`<a href="${url}">Watch</a> · 3.0 s · 320x180 · `)
      expect(body()).toContain(render)
    }
    expect(body()).toMatch(
      /<tr><td>Scenes<\/td><td>\d+ scenes?; characters of script per scene: \d+(, \d+)*<\/td><\/tr>/
    )
    const dry = await run(both, 'Welcome')
    expect(dry.code).toBe(0)
    expect(both.github.state.comments).toHaveLength(1)
    expect(body()).toContain('the plan')
    expect(body()).not.toContain('>Watch</a>')
  })

  ;(hasCmark ? it : it.skip)(
    'no @mention or team mention from a script is active in the rendered comment or summary',
    async () => {
      // The checker itself finds what GitHub would link.
      expect(activeMentions(renderGfm('<p>hi @octocat and @acme/reviewers</p>'))).toEqual([
        'octocat',
        'acme/reviewers'
      ])
      const both = await servers()
      const result = await run(both, 'Thanks @octocat and @acme/reviewers, welcome')
      expect(result.code).toBe(0)
      const [comment] = both.github.state.comments
      const html = renderGfm(comment.body)
      expect(activeMentions(html)).toEqual([])
      expect(activeMentions(renderGfm(result.summary))).toEqual([])
      // The text still reads as written: only an invisible joiner was added.
      expect(html.replace(/&#8205;|\u200d/g, '')).toContain('Thanks @octocat and @acme/reviewers')
    }
  )
})
