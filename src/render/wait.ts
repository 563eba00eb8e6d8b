import type { ProgressData } from '../aistudios/schema.js'
import { StudioError } from '../aistudios/transport.js'
import type { Clock } from '../shared/clock.js'
import { ActionError } from '../shared/errors.js'
import { DeadlineError } from '../action/run-signal.js'
import { nextPollDelay, stalledFor, type ProgressObservation } from './schedule.js'

export type RenderStatus =
  | { kind: 'pending'; progress: number }
  | { kind: 'done'; downloadUrl: string }
  | { kind: 'failed'; reason: string }

/**
 * What a progress answer means. The API documents `progress` and `downloadUrl` only; `state` exists but its
 * values do not (docs/aistudios-api.md, Progress). Assumption: a state naming a failure ends the render; any other
 * state is logged verbatim and read as pending, and the render is done at 100 % with a download URL.
 */
export function classifyProgress(data: ProgressData): RenderStatus {
  if (data.state && /fail|error|cancel|reject|abort/i.test(data.state)) {
    return { kind: 'failed', reason: `the render ended in state "${data.state}"` }
  }
  if (data.progress >= 100 && data.downloadUrl)
    return { kind: 'done', downloadUrl: data.downloadUrl }
  return { kind: 'pending', progress: Math.min(data.progress, 100) }
}

/** The vendor gave up on the render: resuming it cannot help, unlike a deadline or a lost connection. */
export class RenderFailedError extends ActionError {}

export interface WaitOptions {
  progress: (projectId: string) => Promise<ProgressData>
  projectId: string
  startedAt: number
  deadline: number
  signal: AbortSignal
  clock: Clock
  log: (line: string) => void
  warn: (line: string) => void
  /** Each progress answer's percentage, for a progress bar. */
  onProgress?: (percent: number) => void
  random?: () => number
}

export interface RenderDone {
  downloadUrl: string
  polls: number
}

const HEARTBEAT_MS = 60_000
const STALL_WARNING_MS = 3 * 60_000

/** Polls until the render is done, fails, or the deadline passes. */
export async function waitForRender(options: WaitOptions): Promise<RenderDone> {
  const observations: ProgressObservation[] = []
  try {
    return await poll(options, observations)
  } catch (error) {
    // The run's deadline fires inside a request or a sleep: say which render it interrupted.
    if (options.signal.aborted && options.signal.reason instanceof DeadlineError) {
      throw deadlinePassed(options.projectId, observations)
    }
    throw error
  }
}

async function poll(
  options: WaitOptions,
  observations: ProgressObservation[]
): Promise<RenderDone> {
  const { clock, projectId } = options
  let polls = 0
  let failures = 0
  let retryAfterMs: number | undefined
  let lastLogAt = -Infinity
  let lastLogged: string | undefined
  let stallWarnedAt = 0

  for (;;) {
    let data: ProgressData | undefined
    polls++
    try {
      data = await options.progress(projectId)
      failures = 0
      retryAfterMs = undefined
    } catch (error) {
      if (!(error instanceof StudioError)) throw error
      if (!error.transient)
        throw new RenderFailedError(
          `AI Studios could not render project ${projectId}: ${error.message}`
        )
      failures++
      retryAfterMs = error.retryAfterMs
      options.warn(`Progress check failed (${error.message}); trying again.`)
    }
    const at = clock.now()
    if (data) {
      const status = classifyProgress(data)
      if (status.kind === 'done') {
        options.log(
          `Render ${projectId} done after ${seconds(at - options.startedAt)} (${polls} progress checks).`
        )
        return { downloadUrl: status.downloadUrl, polls }
      }
      if (status.kind === 'failed') {
        throw new RenderFailedError(
          `AI Studios could not render project ${projectId}: ${status.reason}.`
        )
      }
      const previous = observations.at(-1)
      if (previous && status.progress < previous.progress) {
        options.warn(
          `Progress went backwards (${previous.progress.toFixed(1)} % to ${status.progress.toFixed(1)} %); still waiting.`
        )
      }
      observations.push({ at, progress: status.progress })
      options.onProgress?.(status.progress)
      const line = `${status.progress.toFixed(1)} % (state ${data.state ?? 'none'})`
      if (line !== lastLogged || at - lastLogAt >= HEARTBEAT_MS) {
        options.log(`Render ${projectId}: ${line}, ${seconds(at - options.startedAt)} elapsed`)
        lastLogged = line
        lastLogAt = at
      }
      const stalled = stalledFor(observations, at)
      if (stalled >= STALL_WARNING_MS && at - stallWarnedAt >= STALL_WARNING_MS) {
        options.warn(
          `Render ${projectId}: progress has not moved for ${seconds(stalled)}; still waiting until the deadline.`
        )
        stallWarnedAt = at
      }
    }
    // The scheduler aims the last poll at the deadline itself; after it, there is no time left to wait.
    if (at >= options.deadline) throw deadlinePassed(projectId, observations)
    const delay = nextPollDelay({
      startedAt: options.startedAt,
      now: at,
      deadline: options.deadline,
      observations,
      retryAfterMs,
      consecutiveFailures: failures,
      random: options.random?.() ?? Math.random()
    })
    await clock.sleep(delay, options.signal)
  }
}

function deadlinePassed(projectId: string, observations: ProgressObservation[]): ActionError {
  const last = observations.at(-1)
  const progress = last ? ` at ${last.progress.toFixed(1)} %` : ''
  return new DeadlineError(
    `The render of project ${projectId} did not finish before the deadline (\`timeout-minutes\`)${progress}.`
  )
}

export function seconds(ms: number): string {
  const s = Math.round(ms / 1000)
  return s < 120 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`
}
