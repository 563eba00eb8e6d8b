import type { Sim } from '../../sim/aistudios/server.js'
import type { startResultsService } from '../../sim/github/results.js'

type Results = Awaited<ReturnType<typeof startResultsService>>

/** A render started in an earlier run, for rows that resume one. */
const SAMPLE_RENDER_ID = '65fa6b07dca2e367461a29ff'

/*
 * The fault matrix: each row a fault injected into the AI Studios simulator, what the action must do, and how
 * the test checks it. docs/reliability.md's table lists the same rows by name (a test keeps them in step).
 */

export interface FaultRow {
  /** The fault, as the README's table names it. */
  fault: string
  /** What the action does, as the README says it. */
  behaviour: string
  /** Auth mode: the minted token (app-id + user-key) or a fixed api-key. */
  auth?: 'key' | 'app'
  inputs?: Record<string, string>
  /** Arms the fault; may return a function run mid-render, once the simulator sent its first progress answer. */
  arm: (sim: Sim) => void | ((sim: Sim) => void)
  /** 'video': the run ends with the right bytes. A RegExp: it ends with exit 1 and this one-line error. */
  outcome: 'video' | RegExp
  /** How long the simulated render takes (default 1.5 s), for faults that need polls after the first. */
  renderMs?: number
  /** Extra checks on what the simulator saw. */
  check?: (sim: Sim, log: string) => void
  /** Arms a fault on the Actions cache service (the results fake); the run then has the cache. */
  cache?: (results: Results) => void
  /**
   * Run as a process, on real time: for a fault that leaves work behind when the run ends (an abandoned cache
   * upload), which only a process's exit ends; in process it would go on inside the next test file.
   */
  spawned?: boolean
}

const progressRequests = (sim: Sim) =>
  sim.requests.filter(r => r.path.startsWith('/api/odin/v3/editor/progress/'))
const exportRequests = (sim: Sim) =>
  sim.requests.filter(r => r.method === 'POST' && r.path.startsWith('/api/odin/v3/editor/project'))
/** ms between the progress check that was answered 429 and the next one. */
function waitAfterLimit(sim: Sim): number {
  const polls = progressRequests(sim)
  const limited = polls.findIndex(r => r.fault === 'status')
  return polls[limited + 1].at - polls[limited].at
}
const downloads = (sim: Sim) => sim.requests.filter(r => r.server === 'download')

export const FAULTS: FaultRow[] = [
  {
    fault: '5xx on progress checks',
    behaviour: 'retried with exponential backoff and full jitter; polling goes on',
    arm: sim => sim.inject({ route: 'progress', kind: 'status', status: 503, times: 3 }),
    outcome: 'video'
  },
  {
    fault: 'Connection reset on progress checks',
    behaviour: 'retried like a 5xx',
    arm: sim => sim.inject({ route: 'progress', kind: 'reset', times: 2 }),
    outcome: 'video'
  },
  {
    fault: '5xx HTML error page on get project',
    behaviour: 'a transient error, retried; never a JSON parse crash',
    inputs: { patch: 'edit.json' },
    arm: sim => sim.inject({ route: 'project', kind: 'status', status: 502, html: true, times: 2 }),
    outcome: 'video'
  },
  {
    fault: 'Connection reset on token minting',
    behaviour: 'retried (minting spends nothing)',
    auth: 'app',
    arm: sim => sim.inject({ route: 'token', kind: 'reset', times: 1 }),
    outcome: 'video'
  },
  {
    fault: '429 with Retry-After in seconds',
    behaviour: 'waits as long as asked, then goes on',
    arm: sim =>
      sim.inject({ route: 'progress', kind: 'status', status: 429, retryAfter: '2', times: 1 }),
    outcome: 'video',
    check: sim => expect(waitAfterLimit(sim)).toBeGreaterThanOrEqual(1900)
  },
  {
    fault: '429 with Retry-After as an HTTP-date',
    behaviour: 'waits until that date, then goes on',
    arm: sim =>
      sim.inject({
        route: 'progress',
        kind: 'status',
        status: 429,
        // After the first poll (at 5 s): the date is absolute, so it is set from when the fault is armed.
        retryAfter: new Date(Date.now() + 9000).toUTCString(),
        times: 1
      }),
    outcome: 'video',
    // The date has a resolution of a second, and some of it passed before the answer.
    check: sim => expect(waitAfterLimit(sim)).toBeGreaterThanOrEqual(900)
  },
  {
    fault: 'A hung progress response',
    behaviour: 'abandoned after `request-timeout-seconds`, then retried',
    inputs: { 'request-timeout-seconds': '1' },
    arm: sim => sim.inject({ route: 'progress', kind: 'hang', times: 1 }),
    outcome: 'video'
  },
  {
    fault: 'An HTML page with status 200 (a proxy sign-in page)',
    behaviour:
      'an odd answer: retried in the grace period (the first 60 s), after it one error naming the render to resume',
    arm: sim => sim.inject({ route: 'progress', kind: 'html200', times: 2 }),
    outcome: 'video'
  },
  {
    fault: 'The minted token expires mid-poll (401)',
    behaviour: 'a new token is minted once, polling goes on',
    auth: 'app',
    arm: () => sim => sim.expireTokens(),
    // The first poll comes at 5 s: the render must outlast it so that a poll needs the new token.
    renderMs: 9000,
    outcome: 'video',
    check: sim => expect(sim.tokens().length).toBeGreaterThanOrEqual(2)
  },
  {
    fault: 'A fixed api-key rejected mid-poll (401)',
    behaviour: 'a clear error naming `api-key`, with the project to resume',
    arm: sim => sim.inject({ route: 'progress', kind: 'status', status: 401, times: 10 }),
    outcome: /rejected the `api-key`.*resume-project-id/
  },
  {
    fault: 'The download cut mid-stream',
    behaviour: 'resumed with `Range` + `If-Range` from the bytes on disk',
    arm: sim => sim.inject({ route: 'download', kind: 'cut', afterBytes: 10_000, times: 1 }),
    outcome: 'video',
    check: sim => {
      const resumed = sim.requests.find(r => r.server === 'download' && r.range)
      expect(resumed?.range).toBe('bytes=10000-')
      expect(resumed?.ifRange).toMatch(/^"/)
    }
  },
  {
    fault: 'A download server that ignores `Range`',
    behaviour: 'the partial file is dropped and the download restarts cleanly',
    arm: sim => {
      sim.inject({ route: 'download', kind: 'cut', afterBytes: 10_000, times: 1 })
      sim.inject({ route: 'download', kind: 'ignoreRange', times: 1 })
    },
    outcome: 'video'
  },
  {
    fault: 'The download URL expired (403)',
    behaviour: 'a fresh URL is asked of the progress endpoint; nothing is exported again',
    arm: sim => sim.inject({ route: 'download', kind: 'expire', times: 1 }),
    outcome: 'video',
    check: sim => {
      expect(exportRequests(sim)).toHaveLength(1)
      expect(new Set(downloads(sim).map(r => r.path.split('?')[1])).size).toBeGreaterThanOrEqual(2)
    }
  },
  {
    fault: 'Progress that goes backwards',
    behaviour: 'a warning; polling goes on; the deadline still holds',
    arm: sim => sim.inject({ route: 'progress', kind: 'backwards', by: 30, times: 1 }),
    outcome: 'video'
  },
  ...(
    [
      ['notFound', 'not found'],
      ['noData', 'with no data'],
      ['empty', 'with an empty body'],
      ['unparseable', 'whose progress does not parse'],
      ['unknownShape', 'of a shape the action does not know']
    ] as const
  ).map(([answer, what]): FaultRow => ({
    fault: `A progress answer ${what} right after the export`,
    behaviour: 'not ready yet (grace period: the first 60 s); polling goes on, no failed render',
    arm: sim => sim.inject({ route: 'progress', kind: 'odd', answer, times: 1 }),
    outcome: 'video',
    check: (sim, log) => {
      expect(progressRequests(sim)[0].fault).toBe('odd')
      expect(log).toContain('right after the export')
    }
  })),
  {
    fault: 'Completion told by a done state below 100 %',
    behaviour: 'a done `state` with a download URL is done, whatever the progress says',
    arm: sim =>
      sim.inject({ route: 'progress', kind: 'doneState', state: 'complete', times: Infinity }),
    outcome: 'video',
    check: (_sim, log) => expect(log).not.toContain('render state this action does not know')
  },
  {
    fault: 'Progress that stalls',
    behaviour:
      'polling goes on (a warning after 3 minutes without movement); the deadline still holds',
    arm: sim => sim.inject({ route: 'progress', kind: 'stall', ms: 2000, times: 1 }),
    outcome: 'video'
  },
  {
    fault: 'Progress that stalls past the deadline',
    behaviour: 'stops at the deadline naming the project and the `resume-project-id` line',
    inputs: { 'timeout-minutes': '0.08' },
    arm: sim => sim.inject({ route: 'progress', kind: 'stall', ms: 60_000, times: 1 }),
    outcome: /did not finish before the deadline.*resume-project-id: /
  },
  {
    fault: '5xx on the export request',
    behaviour:
      'not retried (it may have been charged): a clear error saying how to check and resume',
    arm: sim => sim.inject({ route: 'export', kind: 'status', status: 502, times: 5 }),
    outcome: /HTTP 502 and may have reached AI Studios.*resume-project-id/,
    check: sim => expect(exportRequests(sim)).toHaveLength(1)
  },
  {
    fault: 'Connection reset after the export was accepted',
    behaviour:
      'not retried (it was charged): a clear error saying how to check the dashboard and resume',
    arm: sim => sim.inject({ route: 'export', kind: 'reset', processed: true, times: 1 }),
    outcome: /may have reached AI Studios.*resume-project-id/,
    check: sim => expect(exportRequests(sim)).toHaveLength(1)
  },
  {
    fault: '429 with Retry-After on the export request',
    behaviour: 'the only case the export is sent again: as the server asked',
    arm: sim =>
      sim.inject({ route: 'export', kind: 'status', status: 429, retryAfter: '1', times: 1 }),
    outcome: 'video',
    check: sim => {
      expect(exportRequests(sim)).toHaveLength(2)
      expect(sim.exports).toHaveLength(1)
    }
  },
  {
    fault: 'Headers then a stalled body on get project',
    behaviour: 'abandoned after `request-timeout-seconds` (headers and body), then retried',
    inputs: { patch: 'edit.json', 'request-timeout-seconds': '1' },
    arm: sim => sim.inject({ route: 'project', kind: 'stallBody', times: 1 }),
    outcome: 'video'
  },
  {
    fault: 'Headers then a stalled body on the export answer',
    behaviour: 'abandoned after `request-timeout-seconds`; not sent again: "may have been charged"',
    inputs: { 'request-timeout-seconds': '1' },
    arm: sim => sim.inject({ route: 'export', kind: 'stallBody', times: 1 }),
    outcome: /request timeout.*may have been charged.*app\.aistudios\.com.*resume-project-id/,
    check: sim => expect(exportRequests(sim)).toHaveLength(1)
  },
  {
    fault: 'Headers then a stalled body on a progress answer',
    behaviour: 'abandoned after `request-timeout-seconds`; the wait loop polls again',
    inputs: { 'request-timeout-seconds': '1' },
    arm: sim => sim.inject({ route: 'progress', kind: 'stallBody', times: 2 }),
    outcome: 'video'
  },
  ...(
    [
      ['notFound', 'not found'],
      ['noData', 'with no data'],
      ['unknownShape', 'of a shape the action does not know']
    ] as const
  ).map(([answer, what]): FaultRow => ({
    fault: `A progress answer ${what} for a resumed render`,
    behaviour:
      'no grace period (the render was registered in an earlier run): one error naming the render and the `resume-project-id` line, not a failed render',
    inputs: { 'resume-project-id': SAMPLE_RENDER_ID },
    arm: sim => sim.inject({ route: 'progress', kind: 'odd', answer, times: Infinity }),
    outcome: new RegExp(
      `::The render of project ${SAMPLE_RENDER_ID} could not be followed: .*It may still be rendering\\. .*resume-project-id: ${SAMPLE_RENDER_ID}`
    ),
    check: sim => {
      expect(exportRequests(sim)).toHaveLength(0)
      expect(progressRequests(sim)).toHaveLength(1)
    }
  })),
  {
    fault: 'Fields nobody documents in every kind of answer',
    behaviour: 'logged once a run each, verbatim with secrets redacted; the run goes on',
    auth: 'app',
    inputs: { patch: 'edit.json' },
    // Past the first poll, so that a field seen on every poll is still told once.
    renderMs: 9000,
    arm: sim => {
      for (const [route, field] of [
        ['token', 'renewAt'],
        ['project', 'project.voiceStyle'],
        ['create', 'queuePosition'],
        ['progress', 'eta']
      ] as const)
        sim.inject({ route, kind: 'extraField', field, value: 'sim-user-key', times: Infinity })
    },
    outcome: 'video',
    check: (sim, log) => {
      expect(progressRequests(sim).length).toBeGreaterThanOrEqual(2)
      for (const [answer, field] of [
        ['token answer', 'renewAt'],
        ['get-project answer', 'project.voiceStyle'],
        ['export answer', 'queuePosition'],
        ['progress answer', 'eta']
      ]) {
        const told = log.split('\n').filter(line => line.includes(`a ${answer} with fields`))
        expect(told).toHaveLength(1)
        expect(told[0]).toContain(field)
      }
    }
  },
  {
    fault: 'A cache call that stalls past the deadline (a blob PUT that never answers)',
    behaviour:
      "abandoned at the deadline with a warning, not after the cache's own 120 s; the run ends as at any deadline, naming the render",
    inputs: { 'timeout-minutes': '0.1' },
    // The first blob request saves the render's entry, right after the export was accepted.
    cache: results => results.inject({ rpc: 'blob', kind: 'hang' }),
    spawned: true,
    arm: () => undefined,
    outcome: /did not finish before the deadline.*resume-project-id: /,
    check: (sim, log) => {
      expect(exportRequests(sim)).toHaveLength(1)
      expect(log).toMatch(/::warning::Cache: could not save the render \(The deadline/)
    }
  }
]
