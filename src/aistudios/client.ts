import { ZodType } from 'zod'
import { ActionError } from '../shared/errors.js'
import type { ExportRequest } from './export-request.js'
import { StudioError, Transport, type Budget, type TransportOptions } from './transport.js'
import {
  ExportDataSchema,
  GetProjectDataSchema,
  ProgressDataSchema,
  TokenDataSchema,
  type ProgressData,
  type Project
} from './schema.js'

export type Credentials = { apiKey: string } | { appId: string; userKey: string }

export interface ClientOptions extends TransportOptions {
  credentials: Credentials
  /** Masks a secret in every later log line (`core.setSecret`); called before the secret can be logged. */
  onSecret: (secret: string) => void
}

const V3 = 'api/odin/v3'

/** The AI Studios v3 endpoints the action uses. */
export class StudioClient {
  private readonly transport: Transport
  private token?: Promise<string>

  constructor(private readonly options: ClientOptions) {
    this.transport = new Transport(options)
  }

  async getProject(projectId: string): Promise<Project> {
    const data = await this.authorized(
      'read',
      'get',
      `${V3}/editor/project/${encodeURIComponent(projectId)}`,
      GetProjectDataSchema
    )
    return data.project
  }

  /** Sends the one request that spends credits; returns the id of the project being rendered. */
  async startExport(request: ExportRequest): Promise<string> {
    const data = await this.authorized(
      'spend',
      'post',
      `${V3}/${request.path}`,
      ExportDataSchema,
      request.body
    )
    // For route C the official samples poll the id they sent, so the answer's id is probably the same.
    return data.projectId
  }

  async progress(projectId: string): Promise<ProgressData> {
    return this.authorized(
      'read',
      'get',
      `${V3}/editor/progress/${encodeURIComponent(projectId)}`,
      ProgressDataSchema
    )
  }

  /**
   * A call with the Authorization header. A minted token can expire mid-run (it lives 24 h, a job can start
   * near its end): on 401 it is minted again, once. A fixed `api-key` that is refused is the user's to fix.
   */
  private async authorized<T>(
    budget: Budget,
    method: 'get' | 'post',
    path: string,
    schema: ZodType<T>,
    json?: unknown
  ): Promise<T> {
    const call = async (): Promise<T> =>
      this.transport.call(budget, method, path, schema, {
        authorization: await this.authorization(),
        json
      })
    try {
      return await call()
    } catch (error) {
      if (!(error instanceof StudioError) || error.status !== 401) throw error
      if ('apiKey' in this.options.credentials) {
        throw new ActionError(
          `AI Studios rejected the \`api-key\` (HTTP 401): check the secret holds a valid key (sent raw, without "Bearer"), or use \`app-id\` and \`user-key\` instead.`,
          { input: 'api-key' }
        )
      }
      this.token = undefined
      try {
        return await call()
      } catch (retryError) {
        if (retryError instanceof StudioError && retryError.status === 401) {
          throw new ActionError(
            `AI Studios rejected a freshly minted token (HTTP 401): ${retryError.message}`,
            { input: 'user-key' }
          )
        }
        throw retryError
      }
    }
  }

  private async authorization(): Promise<string> {
    const credentials = this.options.credentials
    if ('apiKey' in credentials) return credentials.apiKey
    this.token ??= this.mintToken(credentials)
    return this.token
  }

  private async mintToken(credentials: { appId: string; userKey: string }): Promise<string> {
    try {
      // Minting a token spends nothing, so it is retried like a read.
      const { token } = await this.transport.call(
        'read',
        'post',
        `${V3}/auth/token`,
        TokenDataSchema,
        {
          json: { appId: credentials.appId, userKey: credentials.userKey }
        }
      )
      this.options.onSecret(token)
      return token
    } catch (error) {
      this.token = undefined
      if (error instanceof StudioError && (error.status === 401 || error.status === 403)) {
        throw new ActionError(
          `AI Studios refused to mint a token for \`app-id\` and \`user-key\` (HTTP ${error.status}): check both secrets (the user key is shown once at https://account.aistudios.com/user/api-key).`,
          { input: 'user-key' }
        )
      }
      throw error
    }
  }
}
