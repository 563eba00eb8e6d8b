import type { Dispatcher } from 'undici'
import type { Clock } from '../shared/clock.js'
import { ActionError } from '../shared/errors.js'
import { Redactor } from '../shared/redact.js'
import type { Reporter } from '../shared/reporter.js'
import type { ExportRequest } from './export-request.js'
import { UnknownFieldLog } from './known-fields.js'
import { StudioError, Transport, type Budget, type Method } from './transport.js'
import {
  DELETE_ANSWER,
  EXPORT_ANSWER,
  PROGRESS_ANSWER,
  PROJECT_ANSWER,
  TOKEN_ANSWER,
  type AnswerSpec,
  type ProgressData,
  type Project
} from './schema.js'

export type Credentials = { apiKey: string } | { appId: string; userKey: string }

export interface ClientOptions {
  apiUrl: string
  credentials: Credentials
  /** The run's deadline and cancellation. */
  signal: AbortSignal
  /** Per-attempt time limit (request-timeout-seconds), headers and body. */
  requestTimeoutMs: number
  clock?: Clock
  /** Retries and answers of a shape the action does not know are told here. */
  reporter?: Pick<Reporter, 'log' | 'warn' | 'debug' | 'notice'>
  /** Scrubs secrets from text that came from AI Studios; the credentials and minted tokens are added to it. */
  redactor?: Redactor
  /** Masks a secret in every later log line (`core.setSecret`); called before the secret can be logged. */
  onSecret: (secret: string) => void
  /** Tests only: a dispatcher other than the process's one. */
  dispatcher?: Dispatcher
}

const V3 = 'api/odin/v3'

/** The AI Studios v3 endpoints the action uses. */
export class StudioClient {
  private readonly transport: Transport
  private readonly redactor: Redactor
  private readonly unknownFields = new UnknownFieldLog()
  private token?: Promise<string>

  constructor(private readonly options: ClientOptions) {
    this.redactor = options.redactor ?? new Redactor()
    const credentials = options.credentials
    if ('apiKey' in credentials) this.redactor.add(credentials.apiKey)
    else this.redactor.add(credentials.userKey)
    this.transport = new Transport({
      apiUrl: options.apiUrl,
      signal: options.signal,
      requestTimeoutMs: options.requestTimeoutMs,
      clock: options.clock,
      redactor: this.redactor,
      dispatcher: options.dispatcher,
      ...(options.reporter?.debug
        ? { onExchange: options.reporter.debug.bind(options.reporter) }
        : {}),
      // A cleanup's retries are no news: the video is delivered, and its final failure warns once.
      onRetry: (line, budget) =>
        budget === 'cleanup' ? options.reporter?.log(line) : options.reporter?.warn(line)
    })
  }

  async getProject(projectId: string): Promise<Project> {
    const data = await this.authorized(
      'read',
      'get',
      `${V3}/editor/project/${encodeURIComponent(projectId)}`,
      PROJECT_ANSWER
    )
    return data.project
  }

  /** Sends the one request that spends credits; returns the id of the project being rendered. */
  async startExport(request: ExportRequest): Promise<string> {
    const data = await this.authorized(
      'spend',
      'post',
      `${V3}/${request.path}`,
      EXPORT_ANSWER,
      request.body
    )
    // For route C the official samples poll the id they sent, so the answer's id is probably the same.
    return data.projectId
  }

  /**
   * One progress check, never retried here: the wait loop is the retry layer for polls. An answer it cannot
   * read is a `StudioError` of kind `unreadable`, which the wait loop tells apart from a failed render.
   */
  async progress(projectId: string): Promise<ProgressData> {
    return this.authorized(
      'poll',
      'get',
      `${V3}/editor/progress/${encodeURIComponent(projectId)}`,
      PROGRESS_ANSWER
    )
  }

  /**
   * Deletes projects from the account; returns how many AI Studios says it deleted (0 when they were gone
   * already, e.g. after a retry whose first answer was lost).
   */
  async deleteProjects(ids: string[]): Promise<number> {
    const data = await this.authorized('cleanup', 'delete', `${V3}/editor/project`, DELETE_ANSWER, {
      ids
    })
    return data.deletedCount
  }

  /** Every answer is read here: parsed with its schema, and its unknown fields told once a run. */
  private async read<T>(
    answer: AnswerSpec<T>,
    budget: Budget,
    method: Method,
    path: string,
    init: { authorization?: string; json?: unknown }
  ): Promise<T> {
    const { value, raw } = await this.transport.call(budget, method, path, answer.schema, init)
    const line = this.unknownFields.line(answer.name, raw, answer.known, answer.secret)
    const reporter = this.options.reporter
    if (line && reporter?.notice) reporter.notice(this.redactor.redact(line))
    else if (line) reporter?.log(this.redactor.redact(line))
    return value
  }

  /**
   * A call with the Authorization header. A minted token can expire mid-run (it lives 24 h, a job can start
   * near its end): a 401 to a minted token is one step, a fresh token and the call once more, not a retry
   * (the transport owns those). Calls that met the same expired token share the one new token. A fixed
   * `api-key` that is refused is the user's to fix.
   */
  private async authorized<T>(
    budget: Budget,
    method: Method,
    path: string,
    answer: AnswerSpec<T>,
    json?: unknown
  ): Promise<T> {
    const credentials = this.options.credentials
    const call = (authorization: string): Promise<T> =>
      this.read(answer, budget, method, path, { authorization, json })
    if ('apiKey' in credentials)
      return call(credentials.apiKey).catch((error: unknown) => {
        throw isUnauthorized(error)
          ? new ActionError(
              `AI Studios rejected the \`api-key\` (HTTP 401): check that \`api-key\` holds a valid key (sent raw, without "Bearer"), or use \`app-id\` and \`user-key\` instead.`,
              { input: 'api-key' }
            )
          : error
      })
    const used = (this.token ??= this.mintToken(credentials))
    try {
      return await call(await used)
    } catch (error) {
      if (!isUnauthorized(error)) throw error
    }
    if (this.token === used) this.token = undefined
    return call(await (this.token ??= this.mintToken(credentials))).catch((error: unknown) => {
      throw isUnauthorized(error)
        ? new ActionError(
            `AI Studios rejected a freshly minted token (HTTP 401): ${error.message}`,
            { input: 'user-key' }
          )
        : error
    })
  }

  private async mintToken(credentials: { appId: string; userKey: string }): Promise<string> {
    try {
      // Minting a token spends nothing, so it is retried like a read.
      const { token } = await this.read(TOKEN_ANSWER, 'read', 'post', `${V3}/auth/token`, {
        json: { appId: credentials.appId, userKey: credentials.userKey }
      })
      this.redactor.add(token)
      this.options.onSecret(token)
      return token
    } catch (error) {
      this.token = undefined
      if (error instanceof StudioError && (error.status === 401 || error.status === 403)) {
        throw new ActionError(
          `AI Studios refused to mint a token for \`app-id\` and \`user-key\` (HTTP ${error.status}): check both (the user key is shown once at https://account.aistudios.com/user/api-key).`,
          { input: 'user-key' }
        )
      }
      throw error
    }
  }
}

function isUnauthorized(error: unknown): error is StudioError {
  return error instanceof StudioError && error.status === 401
}
