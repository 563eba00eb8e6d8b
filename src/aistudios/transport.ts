import ky, {
  HTTPError,
  isForceRetryError,
  isTimeoutError,
  type AfterResponseHook,
  type KyInstance,
  type Options
} from 'ky'
import { ZodType } from 'zod'
import { ActionError } from '../shared/errors.js'
import { parseRetryAfter } from '../shared/retry-after.js'
import { ErrorEnvelopeSchema, SuccessEnvelopeSchema } from './schema.js'

/**
 * HTTP to the AI Studios API, with two retry budgets that are never mixed:
 * - reads (get project, progress, token) retry 5xx, 408, 429, timeouts, resets and non-JSON pages, with
 *   exponential backoff and full jitter, honouring `Retry-After`;
 * - the export request spends credits, so it is retried only when it surely never reached the server
 *   (connection refused) or when the server asked us to come back (429 with `Retry-After`).
 */
export type Budget = 'read' | 'spend'

export interface TransportOptions {
  apiUrl: string
  /** The run's deadline and cancellation: aborts requests and the waits between retries. */
  signal: AbortSignal
  /** Per-attempt time limit. */
  requestTimeoutMs: number
  /** Called before each retry, so the log shows why the run is slower than usual. */
  onRetry?: (line: string) => void
}

/** A failure of one call, after its retries. `transient` failures may succeed if tried again later. */
export class StudioError extends ActionError {
  constructor(
    message: string,
    readonly transient: boolean,
    readonly status?: number,
    readonly retryAfterMs?: number
  ) {
    super(message)
    this.name = 'StudioError'
  }
}

const READ_RETRY_STATUS = [408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524]

export class Transport {
  private readonly clients: Record<Budget, KyInstance>

  constructor(private readonly options: TransportOptions) {
    const common: Options = {
      prefixUrl: options.apiUrl,
      signal: options.signal,
      timeout: options.requestTimeoutMs,
      throwHttpErrors: true,
      hooks: {
        beforeRetry: [
          ({ request, error, retryCount }) =>
            options.onRetry?.(
              `${describeFailure(error)}; retry ${retryCount} of ${request.method} ${new URL(request.url).pathname}`
            )
        ]
      }
    }
    this.clients = {
      read: ky.create({
        ...common,
        retry: {
          limit: 4,
          methods: ['get', 'post'],
          statusCodes: READ_RETRY_STATUS,
          afterStatusCodes: [429, 503],
          maxRetryAfter: 120_000,
          backoffLimit: 15_000,
          delay: attempt => 1000 * 2 ** (attempt - 1),
          jitter: true,
          retryOnTimeout: true
        },
        hooks: { ...common.hooks, afterResponse: [retryNonJson] }
      }),
      spend: ky.create({
        ...common,
        retry: {
          limit: 3,
          methods: ['post'],
          statusCodes: [429],
          afterStatusCodes: [429],
          maxRetryAfter: 120_000,
          shouldRetry: ({ error }) =>
            isConnectionRefused(error) ||
            (error instanceof HTTPError && error.response.headers.has('retry-after')
              ? undefined
              : false)
        }
      })
    }
  }

  /** One call: the answer's `data`, parsed with `schema`, or a `StudioError` that says what went wrong. */
  async call<T>(
    budget: Budget,
    method: 'get' | 'post',
    path: string,
    schema: ZodType<T>,
    init: { authorization?: string; json?: unknown } = {}
  ): Promise<T> {
    const what = `${method.toUpperCase()} /${path}`
    let status: number
    let text: string
    try {
      const response = await this.clients[budget](path, {
        method,
        json: init.json,
        headers: init.authorization === undefined ? {} : { authorization: init.authorization }
      })
      status = response.status
      text = await response.text()
    } catch (error) {
      if (this.options.signal.aborted) throw this.options.signal.reason
      if (!(error instanceof HTTPError)) throw toStudioError(error, what, budget)
      status = error.response.status
      if (budget === 'spend' && status >= 500) throw mayHaveBeenCharged(what, `HTTP ${status}`)
      text = await error.response.text().catch(() => '')
      return failure(what, status, text, error.response.headers.get('retry-after'))
    }
    return parseSuccess(what, status, text, schema)
  }
}

function parseSuccess<T>(what: string, status: number, text: string, schema: ZodType<T>): T {
  const body = parseJson(text)
  if (body === undefined) return failure(what, status, text, null)
  const ok = SuccessEnvelopeSchema.safeParse(body)
  if (!ok.success) return failure(what, status, text, null)
  const data = schema.safeParse(ok.data.data)
  if (!data.success) {
    const issue = data.error.issues[0]
    throw new StudioError(
      `AI Studios answered ${what} with data this action does not understand: ${issue?.path.join('.') || '(root)'}: ${issue?.message}. Please report it with the project id.`,
      false,
      status
    )
  }
  return data.data
}

function failure(what: string, status: number, text: string, retryAfter: string | null): never {
  const envelope = ErrorEnvelopeSchema.safeParse(parseJson(text))
  const transient = status >= 500 || status === 408 || status === 429
  const retryAfterMs = parseRetryAfter(retryAfter, Date.now())
  if (envelope.success) {
    const { code, msg } = envelope.data.error ?? {}
    throw new StudioError(
      `AI Studios refused ${what}: ${msg ?? 'no message'} (code ${code ?? 'none'}, HTTP ${status})`,
      transient,
      status,
      retryAfterMs
    )
  }
  const start = text.replace(/\s+/g, ' ').trim().slice(0, 200)
  throw new StudioError(
    `AI Studios answered ${what} with HTTP ${status} and a body that is not its JSON envelope: "${start}"`,
    // A non-JSON page (a proxy's or a load balancer's) says nothing about our request: try again later.
    true,
    status,
    retryAfterMs
  )
}

function toStudioError(error: unknown, what: string, budget: Budget): StudioError {
  if (isForceRetryError(error)) {
    return new StudioError(
      `AI Studios kept answering ${what} with a page that is not JSON: "${error.cause instanceof Error ? error.cause.message : ''}"`,
      true
    )
  }
  const reason = describeFailure(error)
  if (budget === 'spend' && !isConnectionRefused(error)) return mayHaveBeenCharged(what, reason)
  return new StudioError(`AI Studios could not be reached for ${what}: ${reason}`, true)
}

/** The export request failed in a way that does not tell whether the render started (and was charged). */
function mayHaveBeenCharged(what: string, reason: string): StudioError {
  return new StudioError(
    `The export request (${what}) failed with ${reason} and may have reached AI Studios: it was not sent again, so that you are not charged twice. Check the project list at https://app.aistudios.com for a new render; if one is running, re-run with \`resume-project-id\` set to its id.`,
    false
  )
}

/** A 200 that is not JSON is a proxy's or an outage page: worth another try. */
const retryNonJson: AfterResponseHook = async (_request, _options, response) => {
  if (!response.ok || isJsonType(response.headers.get('content-type'))) return response
  const text = await response.clone().text()
  if (parseJson(text) !== undefined) return response
  return ky.retry({
    code: 'NOT_JSON',
    cause: new Error(text.replace(/\s+/g, ' ').trim().slice(0, 200))
  })
}

function isJsonType(contentType: string | null): boolean {
  return contentType !== null && /\bjson\b/i.test(contentType)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof HTTPError) return `HTTP ${error.response.status}`
  if (isTimeoutError(error)) return 'no answer within the request timeout'
  if (isForceRetryError(error)) return 'a page that is not JSON'
  const code = errorCode(error)
  return code
    ? `a network error (${code})`
    : `an error (${error instanceof Error ? error.message : String(error)})`
}

function errorCode(error: unknown): string | undefined {
  // Not `instanceof Error`: errors from Node's fetch may come from another realm (a VM context in tests),
  // and ky then wraps them in a NonError that keeps the original as `value`.
  for (let e = error; typeof e === 'object' && e !== null; e = next(e)) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') return code
  }
  return undefined
}

function next(error: object): unknown {
  const { cause, value } = error as { cause?: unknown; value?: unknown }
  return cause ?? value
}

function isConnectionRefused(error: unknown): boolean {
  return errorCode(error) === 'ECONNREFUSED'
}
