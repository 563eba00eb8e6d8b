import type { ProgressData } from '../aistudios/schema.js'
import { StudioError } from '../aistudios/transport.js'
import type { Clock } from '../shared/clock.js'
import { ActionError } from '../shared/errors.js'
import { DeadlineError } from '../shared/deadline.js'
import { nextPollDelay, stalledFor, type ProgressObservation } from './schedule.js'

export type RenderStatus =
  | { kind: 'pending'; progress: number }
  | { kind: 'done'; downloadUrl: string }
  | { kind: 'failed'; reason: string }

// A state naming the end of the render: with a download URL it is done whatever the progress says.
const DONE_STATE = /^(complete|completed|done|success|succeeded|finished)$/i
const FAILED_STATE = /fail|error|cancel|reject|abort/i
// States that plainly mean "not yet"; any other is logged once verbatim so that a user can report it.
const PENDING_STATE =
  /^(pending|queued|queue|waiting|wait|ready|started|start|running|rendering|processing|progress|in[ _-]?progress|encoding|exporting)$/i

/**
 * What a progress answer means. The API documents `progress` and `downloadUrl` only; `state` exists but its
 * values do not (docs/aistudios-api.md, Progress). Assumption: a state naming a failure ends the render; the
 * render is done at 100 % with a download URL, or in a done state with one; any other answer is pending.
 */
export function classifyProgress(data: ProgressData): RenderStatus {
  if (data.state && FAILED_STATE.test(data.state)) {
    return { kind: 'failed', reason: `the render ended in state "${data.state}"` }
  }
  if (data.downloadUrl && (data.progress >= 100 || (data.state && DONE_STATE.test(data.state))))
    return { kind: 'done', downloadUrl: data.downloadUrl }
  return { kind: 'pending', progress: Math.min(data.progress, 100) }
}

/** A state the action does not know (neither done, failed nor plainly pending). */
export function isUnknownState(state: string | null | undefined): state is string {
  return (
    !!state && !DONE_STATE.test(state) && !FAILED_STATE.test(state) && !PENDING_STATE.test(state)
  )
}

/** The vendor gave up on the render: resuming it cannot help, unlike a deadline or a lost connection. */
export class RenderFailedError extends ActionError {}

export interface WaitOptions {
  progress: (projectId: string) => Promise<ProgressData>
  projectId: string
  startedAt: number
  /**
   * How long after `startedAt` an odd answer reads as "not registered yet" (GRACE_MS by default). A render
   * resumed from an earlier run was registered then: it has none.
   */
  graceMs?: number
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
/**
 * Right after the export the render may not be registered yet: for this long, an answer that is odd (not
 * found, no data, an empty body, a progress that does not parse, a shape the schema does not know) is read as
 * "not ready yet" and retried with the backoff. Only an answer that says the render failed ends it as failed;
 * after the grace period an odd answer ends the wait naming the render, which may still be running.
 */
export const GRACE_MS = 60_000

/** An answer that says nothing clear about the render, unlike a failure envelope or a failed state. */
function isOddAnswer(error: StudioError): boolean {
  return error.kind === 'unreadable' || error.kind === 'not-found'
}

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
  let lastLogAt = clock.now()
  let lastLogged: string | undefined
  let lastKnown = 'no progress reported yet'
  let stallWarnedAt = 0
  const unknownStates = new Set<string>()

  const log = (line: string): void => {
    options.log(line)
    lastLogAt = clock.now()
  }
  // The heartbeat is a timer on the clock, not a poll: a long gap between polls still logs once a minute,
  // with the last known state.
  const sleep = async (ms: number): Promise<void> => {
    const until = clock.now() + ms
    for (let now = clock.now(); now < until; now = clock.now()) {
      await clock.sleep(Math.min(until, lastLogAt + HEARTBEAT_MS) - now, options.signal)
      if (clock.now() >= lastLogAt + HEARTBEAT_MS)
        log(
          `Render ${projectId}: ${lastKnown}, ${seconds(clock.now() - options.startedAt)} elapsed`
        )
    }
  }
  const delayAt = (now: number): number =>
    nextPollDelay({
      startedAt: options.startedAt,
      now,
      deadline: options.deadline,
      observations,
      retryAfterMs,
      consecutiveFailures: failures,
      random: options.random?.() ?? Math.random()
    })

  // No poll right after the export: it could only say 0 %.
  await sleep(delayAt(clock.now()))
  for (;;) {
    // A poll due at the deadline is not sent, whether or not the run's timer has fired yet: the deadline is
    // read from the clock too, so it holds on any clock.
    if (clock.now() >= options.deadline) throw deadlinePassed(projectId, observations)
    let data: ProgressData | undefined
    polls++
    try {
      data = await options.progress(projectId)
      failures = 0
      retryAfterMs = undefined
    } catch (error) {
      if (!(error instanceof StudioError)) throw error
      const odd = isOddAnswer(error)
      const inGrace = odd && clock.now() - options.startedAt < (options.graceMs ?? GRACE_MS)
      if (odd && !inGrace) throw unclearAnswer(projectId, error, observations)
      if (!odd && !error.transient)
        throw new RenderFailedError(
          `AI Studios could not render project ${projectId}: ${error.message}`
        )
      failures++
      retryAfterMs = error.retryAfterMs
      options.warn(
        inGrace
          ? `Progress check got an odd answer right after the export (${error.message}); the render may not be registered yet, trying again.`
          : `Progress check failed (${error.message}); trying again.`
      )
    }
    const at = clock.now()
    if (data) {
      if (isUnknownState(data.state) && !unknownStates.has(data.state)) {
        unknownStates.add(data.state)
        options.warn(
          `AI Studios reported a render state this action does not know: ${JSON.stringify(data.state)}; reading it as still rendering. Please report it.`
        )
      }
      const status = classifyProgress(data)
      if (status.kind === 'done') {
        log(
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
      lastKnown = `${line} at the last check`
      if (line !== lastLogged) {
        log(`Render ${projectId}: ${line}, ${seconds(at - options.startedAt)} elapsed`)
        lastLogged = line
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
    await sleep(delayAt(at))
  }
}

function deadlinePassed(projectId: string, observations: ProgressObservation[]): ActionError {
  return new DeadlineError(
    `The render of project ${projectId} did not finish before the deadline (\`timeout-minutes\`)${lastProgress(observations)}.`
  )
}

/**
 * Not a failed render (nothing said so): the render may still be running, so the error is resumable and
 * the report adds the `resume-project-id` line, as for the deadline.
 */
function unclearAnswer(
  projectId: string,
  error: StudioError,
  observations: ProgressObservation[]
): ActionError {
  return new ActionError(
    `The render of project ${projectId} could not be followed${lastProgress(observations)}: ${error.message.replace(/\.$/, '')}. It may still be rendering.`
  )
}

function lastProgress(observations: ProgressObservation[]): string {
  const last = observations.at(-1)
  return last ? ` at ${last.progress.toFixed(1)} %` : ''
}

export function seconds(ms: number): string {
  const s = Math.round(ms / 1000)
  return s < 120 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`
}
