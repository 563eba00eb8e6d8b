// @ts-check
/*
 * The render clock of one export. Progress is a function of the time since the export, minus the time the
 * render was stalled, so a poller sees it rise however often it asks.
 */
import { randomBytes } from 'node:crypto'

/**
 * @typedef {'queued' | 'rendering' | 'completed' | 'failed'} RenderState
 * @typedef {object} RenderFailure
 * @property {string | number} code
 * @property {string} msg
 * @property {boolean} asState answer `success:true` with `state:'failed'` instead of the error envelope
 * @property {number} atProgress the render fails once it reaches this progress
 * @typedef {{ queueMs: number, renderMs: number, progressCurve?: (elapsedMs: number) => number }} RenderTiming
 * @typedef {object} Render
 * @property {number} startedAt
 * @property {Array<{ from: number, until: number }>} pauses
 * @property {RenderFailure | null} failure
 * @property {string} sig the download URL's signature; rotated when the URL "expires"
 * @property {'completed' | 'failed' | null} outcome latched, so a wobbly progress curve cannot undo an end
 * @property {number} [renderMs] this render's own length, instead of the simulator's
 * @typedef {{ state: RenderState, progress: number }} RenderStatus
 */

/**
 * @param {number} now
 * @param {RenderFailure | null} failure
 * @param {number} [renderMs]
 * @returns {Render}
 */
export function startRender(now, failure, renderMs) {
  return {
    startedAt: now,
    pauses: [],
    failure,
    sig: newSig(),
    outcome: null,
    ...(renderMs === undefined ? {} : { renderMs })
  }
}

/** Unguessable, so only a client that polled to the end can download. */
export function newSig() {
  return randomBytes(18).toString('base64url')
}

/**
 * Where the render stands at `now`. Latches the outcome the first time it is seen.
 * @param {Render} render
 * @param {RenderTiming} timing
 * @param {number} now
 * @returns {RenderStatus}
 */
export function observeRender(render, timing, now) {
  if (render.outcome === 'completed') return { state: 'completed', progress: 100 }
  if (render.outcome === 'failed' && render.failure) {
    return { state: 'failed', progress: render.failure.atProgress }
  }
  const elapsed = renderClock(render, now)
  if (elapsed < timing.queueMs) return { state: 'queued', progress: 0 }
  const value = percentAt(
    render.renderMs === undefined ? timing : { ...timing, renderMs: render.renderMs },
    elapsed - timing.queueMs
  )
  if (render.failure && value >= render.failure.atProgress) {
    render.outcome = 'failed'
    return { state: 'failed', progress: render.failure.atProgress }
  }
  if (value >= 100) {
    render.outcome = 'completed'
    return { state: 'completed', progress: 100 }
  }
  // Floored so a render never shows 100 before it is done.
  return { state: 'rendering', progress: Math.floor(value * 100) / 100 }
}

/**
 * Freezes the render clock for `ms` from `now`; a stall during a stall extends it.
 * @param {Render} render
 * @param {number} now
 * @param {number} ms
 */
export function stallRender(render, now, ms) {
  const last = render.pauses.at(-1)
  const from = last && last.until > now ? last.until : now
  render.pauses.push({ from, until: from + ms })
}

/**
 * @param {Render} render
 * @param {number} now
 */
function renderClock(render, now) {
  const paused = render.pauses.reduce(
    (sum, { from, until }) => sum + Math.max(0, Math.min(now, until) - from),
    0
  )
  return now - render.startedAt - paused
}

/**
 * @param {RenderTiming} timing
 * @param {number} renderingMs
 */
function percentAt({ renderMs, progressCurve }, renderingMs) {
  if (progressCurve) return Math.min(100, Math.max(0, progressCurve(renderingMs)))
  return renderMs <= 0 ? 100 : Math.min(100, (renderingMs / renderMs) * 100)
}
