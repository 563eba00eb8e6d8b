import { request, type Dispatcher } from 'undici'
import { ZodType } from 'zod'
import { systemClock, type Clock } from '../shared/clock.js'
import { StoppedError, within } from '../shared/deadline.js'
import { messageOf } from '../shared/errors.js'
import { outboundDispatcher } from '../shared/http-agent.js'
import { describeFailure, errorCode } from '../shared/network-failure.js'
import { Redactor, redactSecretFields } from '../shared/redact.js'
import { retry, type RetryVerdict } from '../shared/retry.js'
import { parseRetryAfter } from '../shared/retry-after.js'
import { excerpt, exportMayHaveBeenCharged } from './charged.js'
import { readJson, writeJson } from './exact-json.js'
import { RateGate } from './rate-gate.js'
import { StudioError, type StudioErrorKind } from './studio-error.js'
import { ErrorEnvelopeSchema, SuccessEnvelopeSchema } from './schema.js'

/**
 * HTTP to the AI Studios API: one retry layer per kind of request, on the injected clock, with the one backoff.
 * - `read` (get project, token): up to 5 attempts on 5xx, 408, 429, timeouts, resets and non-JSON pages,
 *   waiting the backoff (1, 2, 4, 8 s, half-jittered) or the server's `Retry-After` (capped at 60 s).
 *   Worst case: 5 × request-timeout + 4 × 60 s.
 * - `poll` (progress): one attempt; the wait loop is the retry layer for polls.
 * - `spend` (the export): retried only when it surely never left (ECONNREFUSED) or when the server asked us
 *   to come back (429 with `Retry-After`), up to 4 attempts. Worst case: 4 × request-timeout + 3 × 60 s.
 * - `cleanup` (deleting the rendered project): retried on the same failures as a read, since deleting an id
 *   twice deletes nothing more; but only 3 attempts and `Retry-After` capped at 10 s, because the video is
 *   delivered by then and a delete that fails is a warning, not worth holding the job for.
 * A 429 with `Retry-After` (capped as above) pauses the whole client, not one request: every request of any
 * budget waits at the client's one gate until then (`RateGate`), and the request that met it is sent again
 * after the pause without using up an attempt (a poll's wait loop sends its own). The run's deadline bounds it.
 * Every attempt, headers and body, ends within request-timeout and with the run's signal.
 */
export type Budget = 'read' | 'poll' | 'spend' | 'cleanup'
export type Method = 'get' | 'post' | 'delete'
export { StudioError, type StudioErrorKind }

export interface TransportOptions {
  apiUrl: string
  /** The run's deadline and cancellation: aborts requests and the waits between retries. */
  signal: AbortSignal
  /** Per-attempt time limit, from sending to the last byte of the answer. */
  requestTimeoutMs: number
  /** Waits between retries run on it. */
  clock?: Clock
  /** Scrubs every known secret from text that came from AI Studios. */
  redactor?: Redactor
  /** Called before each retry, so the log shows why the run is slower than usual. */
  onRetry?: (line: string, budget: Budget) => void
  /**
   * Every answer as received (method, path, status, the body redacted), for a user whose account answers
   * differently from the documentation to report: --verbose, or the runner's step debug logging.
   */
  onExchange?: (line: string) => void
  /** Tests pass a dispatcher made from their own environment. */
  dispatcher?: Dispatcher
  random?: () => number
}

/** What a call got: its `data` parsed, and as sent, so that fields the schema does not know can be seen. */
export interface Received<T> {
  value: T
  raw: unknown
}

const ATTEMPTS: Record<Budget, number> = { read: 5, poll: 1, spend: 4, cleanup: 3 }
const RETRY_AFTER_CAP_MS: Record<Budget, number> = {
  read: 60_000,
  poll: 60_000,
  spend: 60_000,
  cleanup: 10_000
}
/** An answer as received, before it is judged. */
interface Answer {
  status: number
  text: string
  retryAfter: string | null
}

const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524])

export class Transport {
  private readonly clock: Clock
  private readonly redactor: Redactor
  private readonly dispatcher: Dispatcher
  private readonly gate: RateGate

  constructor(private readonly options: TransportOptions) {
    this.clock = options.clock ?? systemClock
    this.gate = new RateGate(this.clock)
    this.redactor = options.redactor ?? new Redactor()
    this.dispatcher = options.dispatcher ?? outboundDispatcher()
  }

  /** One call: the answer's `data`, parsed with `schema`, or a `StudioError` that says what went wrong. */
  async call<T>(
    budget: Budget,
    method: Method,
    path: string,
    schema: ZodType<T>,
    init: { authorization?: string; json?: unknown } = {}
  ): Promise<Received<T>> {
    const what = `${method.toUpperCase()} /${path}`
    return retry(() => this.attempt(budget, what, method, path, schema, init), {
      attempts: ATTEMPTS[budget],
      classify: error => worthRetrying(budget, error),
      clock: this.clock,
      signal: this.options.signal,
      retryAfterCapMs: RETRY_AFTER_CAP_MS[budget],
      random: this.options.random,
      onRetry: (error, delayMs, next) =>
        this.options.onRetry?.(
          isPause(error)
            ? `${messageOf(error)}; every request to AI Studios waits, ${what} again in ${Math.ceil(delayMs / 1000)} s`
            : `${messageOf(error)}; retry ${next - 1} of ${what} in ${Math.ceil(delayMs / 1000)} s`,
          budget
        )
    })
  }

  private async attempt<T>(
    budget: Budget,
    what: string,
    method: Method,
    path: string,
    schema: ZodType<T>,
    init: { authorization?: string; json?: unknown }
  ): Promise<Received<T>> {
    const { signal, requestTimeoutMs } = this.options
    await this.gate.pass(signal)
    let answer: Answer
    try {
      answer = await within(
        requestTimeoutMs,
        signal,
        () => new Error('no answer within the request timeout'),
        attemptSignal => this.exchange(method, path, init, attemptSignal)
      )
    } catch (error) {
      if (signal.aborted) {
        if (budget === 'spend')
          throw this.charged(what, 'the run was stopped while it was in flight')
        throw signal.reason
      }
      const reason = error instanceof StoppedError ? error.message : describeFailure(error)
      // Only an export that surely never left (refused connection) may be sent again.
      if (budget === 'spend' && errorCode(error) !== 'ECONNREFUSED')
        throw this.charged(what, reason)
      throw new StudioError(`AI Studios could not be reached for ${what}: ${reason}`, {
        kind: 'unreachable',
        transient: true
      })
    }
    return this.judge(budget, what, answer, schema)
  }

  /** One request and its whole answer, read within the attempt's signal. */
  private async exchange(
    method: Method,
    path: string,
    init: { authorization?: string; json?: unknown },
    signal: AbortSignal
  ): Promise<Answer> {
    const { requestTimeoutMs } = this.options
    const headers: Record<string, string> = { accept: 'application/json' }
    if (init.authorization !== undefined) headers.authorization = init.authorization
    if (init.json !== undefined) headers['content-type'] = 'application/json'
    const response = await request(new URL(path, withSlash(this.options.apiUrl)), {
      method: method.toUpperCase() as 'GET' | 'POST' | 'DELETE',
      headers,
      body: init.json === undefined ? undefined : writeJson(init.json),
      dispatcher: this.dispatcher,
      signal,
      // undici's own timers bound the wait for headers and every pause of the body; the attempt's bound
      // covers the whole exchange, so a body that trickles a byte at a time ends too.
      headersTimeout: requestTimeoutMs,
      bodyTimeout: requestTimeoutMs,
      // Credentials never follow a redirect: a 3xx is answered as an error below.
      maxRedirections: 0
    })
    const header = response.headers['retry-after']
    const text = await response.body.text()
    this.options.onExchange?.(
      `${method.toUpperCase()} /${path} -> HTTP ${response.statusCode}: ${this.redactor.redact(redactSecretFields(text))}`
    )
    return {
      status: response.statusCode,
      retryAfter: Array.isArray(header) ? (header[0] ?? null) : (header ?? null),
      text
    }
  }

  /** The answer as data, or the `StudioError` it is. */
  private judge<T>(
    budget: Budget,
    what: string,
    { status, text, retryAfter }: Answer,
    schema: ZodType<T>
  ): Received<T> {
    if (status >= 300 && status < 400) {
      throw new StudioError(
        `AI Studios answered ${what} with a redirect (HTTP ${status}), which is not followed so that the credentials go nowhere else: set \`api-url\` to the API's own address.`,
        { kind: 'refused', transient: false, status }
      )
    }
    const body = parseJson(text)
    const envelope = SuccessEnvelopeSchema.safeParse(body)
    if (status < 300 && envelope.success) {
      const data = schema.safeParse(envelope.data.data)
      if (data.success) return { value: data.data, raw: envelope.data.data }
      const issue = data.error.issues[0]
      const problem = `${issue?.path.join('.') || '(root)'}: ${issue?.message}`
      if (budget === 'spend')
        throw this.charged(what, `an answer it cannot read (${problem})`, text)
      throw new StudioError(
        this.redactor.redact(
          `AI Studios answered ${what} with data this action does not understand: ${problem}. Received: "${excerpt(text)}". Please report it with the project id.`
        ),
        { kind: 'unreadable', transient: false, status }
      )
    }
    const refused = ErrorEnvelopeSchema.safeParse(body)
    // A 200 that is not the envelope (a proxy's page, an empty body) says nothing about our request; a 200
    // with the error envelope is the API's clear answer (a failed render, a refusal).
    const unreadable = status < 300 && !refused.success
    if (budget === 'spend' && (status >= 500 || unreadable))
      throw this.charged(what, `HTTP ${status}`, text)
    const message = refused.success
      ? `AI Studios refused ${what}: ${refused.data.error?.msg ?? refused.data.message ?? 'no message'} (code ${refused.data.error?.code ?? 'none'}, HTTP ${status})`
      : // A non-JSON page (a proxy's or a load balancer's) says nothing about our request: try again later.
        `AI Studios answered ${what} with HTTP ${status} and a body that is not its JSON envelope: "${excerpt(text)}"`
    const kind: StudioErrorKind = TRANSIENT_STATUS.has(status)
      ? 'busy'
      : unreadable
        ? 'unreadable'
        : status === 404
          ? 'not-found'
          : 'refused'
    const retryAfterMs = parseRetryAfter(retryAfter, this.clock.now())
    if (status === 429 && retryAfterMs !== undefined)
      this.gate.pause(Math.min(retryAfterMs, RETRY_AFTER_CAP_MS[budget]))
    throw new StudioError(this.redactor.redact(message), {
      kind,
      transient: TRANSIENT_STATUS.has(status) || unreadable,
      status,
      retryAfterMs
    })
  }

  /** The one text for an export that may have started a render (and spent credits) although we cannot tell. */
  private charged(what: string, reason: string, received?: string): StudioError {
    return new StudioError(
      this.redactor.redact(exportMayHaveBeenCharged(this.options.apiUrl, what, reason, received)),
      { kind: 'maybe-charged', transient: false }
    )
  }
}

/** The server asked the client to come back later: a pause of the whole client, not a failure. */
function isPause(error: unknown): boolean {
  return error instanceof StudioError && error.status === 429 && error.retryAfterMs !== undefined
}

/**
 * Whether a failed attempt is tried again: any transient failure, except for an export, which is sent again
 * only when it surely never left (a refused connection) or when the server asked us to come back later.
 * A poll never is: its wait loop is its retry layer.
 */
function worthRetrying(budget: Budget, error: unknown): RetryVerdict {
  if (budget === 'poll' || !(error instanceof StudioError) || !error.transient) return false
  if (isPause(error)) return { afterMs: error.retryAfterMs, paused: true }
  if (budget === 'spend' && error.kind !== 'unreachable') return false
  return { afterMs: error.retryAfterMs }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

/** Numbers kept as written (`readJson`), so that a project goes back with the digits it came with. */
function parseJson(text: string): unknown {
  try {
    return readJson(text)
  } catch {
    return undefined
  }
}
