// @ts-check
/*
 * Fault injection: a queue of misbehaviours that the next matching requests suffer, each `times` times, then
 * gone. The reliability matrix drives the real action through these, one row per fault.
 */

/**
 * @typedef {'token' | 'auth' | 'project' | 'create' | 'export' | 'progress' | 'delete' | 'download'} FaultRoute
 * @typedef {{ times?: number }} FaultCount
 * @typedef {FaultCount & { route: FaultRoute, kind: 'status', status: number, retryAfter?: string, html?: boolean }} StatusFault
 *   Answer `status` with the JSON error envelope (or an HTML error page when `html`).
 * @typedef {FaultCount & { route: FaultRoute, kind: 'html200' }} Html200Fault
 *   Answer 200 with a proxy's HTML login page.
 * @typedef {FaultCount & { route: FaultRoute, kind: 'reset', processed?: boolean }} ResetFault
 *   Reset the connection instead of answering. With `processed` (API routes only) the request is carried out
 *   first and only the answer is lost: the export that happened although the client saw an error.
 * @typedef {FaultCount & { route: Exclude<FaultRoute, 'download'>, kind: 'stallBody' }} StallBodyFault
 *   Carry the request out, send the headers and the first bytes of the answer, then nothing more (until
 *   `close()`): the body read that never ends.
 * @typedef {FaultCount & { route: FaultRoute, kind: 'hang', ms?: number }} HangFault
 *   Never answer (until `close()`), or answer normally after `ms`.
 * @typedef {FaultCount & { route: 'download', kind: 'cut', afterBytes: number }} CutFault
 *   Send the headers with the full Content-Length, then `afterBytes` bytes, then close the connection.
 * @typedef {FaultCount & { route: 'download', kind: 'ignoreRange' }} IgnoreRangeFault
 *   Answer 200 with the whole file to a request that asked for a Range.
 * @typedef {FaultCount & { route: 'download', kind: 'expire', status?: number }} ExpireFault
 *   The download URL dies (answer `status`, default 403) and a new one is minted for the progress endpoint.
 * @typedef {FaultCount & { route: 'progress', kind: 'stall', ms: number }} StallFault
 *   The render clock stops for `ms` (of the simulator's clock) from this request on.
 * @typedef {FaultCount & { route: 'progress', kind: 'backwards', by: number }} BackwardsFault
 *   This answer reports `by` points less progress than the truth.
 * @typedef {FaultCount & { route: 'progress', kind: 'odd', answer: 'notFound' | 'noData' | 'unparseable' | 'empty' | 'unknownShape' }} OddFault
 *   This answer says nothing clear: 404 not found, `data: null`, a progress that is not a number, a 200 with
 *   an empty body, or `data` of a shape nobody documents (a list).
 * @typedef {FaultCount & { route: Exclude<FaultRoute, 'download' | 'auth'>, kind: 'extraField', field: string, value: unknown }} ExtraFieldFault
 *   A successful answer's `data` carries one more field, at `field` (a dotted path, e.g. `project.voice`).
 * @typedef {FaultCount & { route: 'progress', kind: 'doneState', state: string }} DoneStateFault
 *   Once the render is complete, this answer signals it by `state` (and the URL) with a progress below 100.
 * @typedef {FaultCount & { route: 'export' | 'create', kind: 'refuse' }} RefuseFault
 *   Reset the connection before reading the request. A true "connection refused" needs no simulator: point
 *   the client at a closed port.
 * @typedef {StatusFault | Html200Fault | ResetFault | StallBodyFault | HangFault | CutFault | IgnoreRangeFault | ExpireFault
 *   | StallFault | BackwardsFault | OddFault | DoneStateFault | RefuseFault | ExtraFieldFault} Fault
 * @typedef {Fault['kind']} FaultKind
 * @typedef {{ method: string, range: boolean }} RequestTraits
 * @typedef {ReturnType<typeof createFaultQueue>} FaultQueue
 */

/** @type {readonly FaultRoute[]} */
const ROUTES = ['token', 'auth', 'project', 'create', 'export', 'progress', 'delete', 'download']

/** @type {Record<FaultKind, readonly FaultRoute[]>} */
const ROUTES_OF_KIND = {
  status: ROUTES,
  html200: ROUTES,
  reset: ROUTES,
  hang: ROUTES,
  stallBody: ROUTES.filter(route => route !== 'download'),
  cut: ['download'],
  ignoreRange: ['download'],
  expire: ['download'],
  stall: ['progress'],
  backwards: ['progress'],
  odd: ['progress'],
  doneState: ['progress'],
  refuse: ['export', 'create'],
  extraField: ['token', 'project', 'create', 'export', 'progress']
}

export function createFaultQueue() {
  /** @type {Array<{ fault: Fault, remaining: number }>} */
  let queue = []
  return {
    /** @param {Fault} fault */
    inject(fault) {
      validate(fault)
      queue.push({ fault: { ...fault }, remaining: fault.times ?? 1 })
    },
    clear() {
      queue = []
    },
    /**
     * The fault the request suffers, if any, counted as used.
     * @param {FaultRoute} route
     * @param {RequestTraits} traits
     * @returns {Fault | undefined}
     */
    take(route, traits) {
      const entry = queue.find(({ fault }) => fault.route === route && bites(fault, traits))
      if (!entry) return undefined
      entry.remaining -= 1
      if (entry.remaining <= 0) queue = queue.filter(other => other !== entry)
      return entry.fault
    }
  }
}

/**
 * A fault that could not show on a request is kept for the next one: a HEAD cannot be cut, and ignoring a
 * Range means nothing to a request without one.
 * @param {Fault} fault
 * @param {RequestTraits} traits
 */
function bites(fault, traits) {
  if (fault.kind === 'cut') return traits.method === 'GET'
  if (fault.kind === 'ignoreRange') return traits.range
  return true
}

/**
 * Mistakes in a test's fault table fail loudly at `inject`, not as a puzzling pass.
 * @param {Fault} fault
 */
function validate(fault) {
  const routes = ROUTES_OF_KIND[fault.kind]
  if (!routes) throw new TypeError(`Unknown fault kind: ${fault.kind}`)
  if (!routes.includes(fault.route)) {
    throw new TypeError(`Fault ${fault.kind} applies to ${routes.join('|')}, not ${fault.route}`)
  }
  const times = fault.times ?? 1
  if (!(times === Infinity || (Number.isInteger(times) && times > 0))) {
    throw new TypeError(`Fault times must be a positive integer or Infinity, got ${times}`)
  }
  const problem = paramProblem(fault)
  if (problem) throw new TypeError(`Fault ${fault.kind}: ${problem}`)
}

/** @param {Fault} fault */
function paramProblem(fault) {
  switch (fault.kind) {
    case 'status':
      return isErrorStatus(fault.status) ? null : 'status must be 400..599'
    case 'expire':
      return fault.status === undefined || isErrorStatus(fault.status)
        ? null
        : 'status must be 400..599'
    case 'reset':
      return fault.processed && fault.route === 'download' ? 'processed is for API routes' : null
    case 'hang':
      return fault.ms === undefined || fault.ms >= 0 ? null : 'ms must be >= 0'
    case 'cut':
      return Number.isInteger(fault.afterBytes) && fault.afterBytes >= 0
        ? null
        : 'afterBytes must be an integer >= 0'
    case 'stall':
      return fault.ms > 0 ? null : 'ms must be > 0'
    case 'backwards':
      return fault.by > 0 ? null : 'by must be > 0'
    case 'extraField':
      return typeof fault.field === 'string' && fault.field !== '' ? null : 'field is required'
    default:
      return null
  }
}

/** @param {unknown} status */
function isErrorStatus(status) {
  return Number.isInteger(status) && Number(status) >= 400 && Number(status) <= 599
}
