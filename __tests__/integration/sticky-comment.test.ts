// The pull request's comment against a GitHub that hangs or fails: its retries and its bound run on the clock
// it is given, and the run's cancel stops it.
import { afterEach, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startReleasesApi } from '../../sim/github/releases.js'
import type { Clock } from '../../src/shared/clock.js'
import { upsertComment, type StickyComment } from '../../src/review/sticky-comment.js'

const TIMEOUT_MS = 60_000
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map(close => close()))
})

/** A GitHub that takes every request and never answers; `seen` fires on each. */
async function hangingGitHub(seen: (request: IncomingMessage) => void) {
  const held: IncomingMessage[] = []
  const server = createServer(request => {
    held.push(request)
    seen(request)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  closers.push(async () => {
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
  })
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, held }
}

/**
 * A clock on which the retries' waits pass at once (recorded) and the bound passes when the test says so:
 * the bound is the only wait as long as the comment's own.
 */
function testClock() {
  const waits: number[] = []
  let passBound = (): void => {}
  const clock: Clock = {
    now: () => 0,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason)
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
        if (ms < TIMEOUT_MS) {
          waits.push(ms)
          resolve()
        } else passBound = resolve
      })
  }
  return { clock, waits, passBound: () => passBound() }
}

const comment = (apiUrl: string, token = 'ghs_test'): StickyComment => ({
  token,
  apiUrl,
  target: { owner: 'o', repo: 'r', number: 12 },
  marker: '<!-- marker -->',
  body: '<!-- marker -->\nThe plan',
  timeoutMs: TIMEOUT_MS
})

function reporter() {
  const lines = { log: [] as string[], warn: [] as string[] }
  return {
    lines,
    reporter: { log: (l: string) => lines.log.push(l), warn: (l: string) => lines.warn.push(l) }
  }
}

it("ends at its bound on the clock it is given, not the process's, and drops the request", async () => {
  const { clock, passBound } = testClock()
  const github = await hangingGitHub(() => passBound())
  const { lines, reporter: r } = reporter()
  const started = Date.now()
  await expect(upsertComment(comment(github.url), r, { clock })).resolves.toBeUndefined()
  expect(lines.warn).toEqual([
    'The plan could not be posted on pull request #12: GitHub did not answer within 60 s. The plan is in the job summary.'
  ])
  // 60 s on the process's clock; the injected one passed it as soon as GitHub had the request.
  expect(Date.now() - started).toBeLessThan(TIMEOUT_MS / 2)
  expect(github.held).toHaveLength(1)
  await new Promise(resolve =>
    github.held[0].destroyed ? resolve(0) : github.held[0].once('close', resolve)
  )
})

it('stops when the run is cancelled, naming the cancel', async () => {
  const controller = new AbortController()
  const github = await hangingGitHub(() =>
    controller.abort(new Error('The job was cancelled (SIGINT).'))
  )
  const { lines, reporter: r } = reporter()
  await upsertComment(comment(github.url), r, {
    clock: testClock().clock,
    signal: controller.signal
  })
  expect(lines.warn).toEqual([
    'The plan could not be posted on pull request #12: The job was cancelled (SIGINT). The plan is in the job summary.'
  ])
  expect(github.held).toHaveLength(1)
})

it("retries GitHub's transient failures with the one backoff, on the clock it is given", async () => {
  const github = await startReleasesApi({})
  closers.push(() => github.close())
  github.inject({ route: 'createComment', kind: 'status', status: 502, times: 2 })
  const { clock, waits } = testClock()
  const { lines, reporter: r } = reporter()
  const url = await upsertComment(comment(github.url, github.token), r, {
    clock,
    random: () => 0.5
  })
  expect(url).toMatch(/#issuecomment-\d+$/)
  expect(github.state.comments).toHaveLength(1)
  expect(waits).toEqual([750, 1500])
  expect(lines.log.filter(line => line.includes('retrying'))).toEqual([
    expect.stringMatching(/failed \(.*\); retrying in 0\.8 s \(attempt 2 of 4\)\.$/),
    expect.stringMatching(/failed \(.*\); retrying in 1\.5 s \(attempt 3 of 4\)\.$/)
  ])
  expect(lines.warn).toEqual([])
})
