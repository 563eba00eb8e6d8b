/** One GET of the video, following redirects, with an idle timeout; no credentials are ever sent. */
import type { IncomingHttpHeaders } from 'node:http'
import type { Readable } from 'node:stream'
import { errors, request, type Dispatcher } from 'undici'
import { ActionError } from '../shared/errors.js'
import { isRedirect, redirectTarget } from './verdicts.js'

export const MAX_REDIRECTS = 5

/** Ends an attempt but not the download. */
export class TransientError extends Error {
  constructor(
    message: string,
    readonly delayMs?: number
  ) {
    super(message)
  }
}

export interface Settings {
  /** From createOutboundDispatcher(), closed with the download. */
  dispatcher: Dispatcher
  signal: AbortSignal
  allowHttp: boolean
  idleTimeoutMs: number
}

export interface Answer {
  statusCode: number
  headers: IncomingHttpHeaders
  body: Readable
}

async function get(url: URL, headers: Record<string, string>, settings: Settings): Promise<Answer> {
  // No Authorization header: the AI Studios token never goes to this host.
  const answer = await request(url, {
    dispatcher: settings.dispatcher,
    signal: settings.signal,
    headers: { 'accept-encoding': 'identity', 'user-agent': 'aistudios-render', ...headers },
    headersTimeout: settings.idleTimeoutMs,
    bodyTimeout: settings.idleTimeoutMs
  }).catch((error: unknown) => {
    throw idleOr(error, settings)
  })
  return { statusCode: answer.statusCode, headers: answer.headers, body: answer.body }
}

/** Drops a body not wanted; undici reports a destroyed body as an error, which nobody awaits here. */
export function discard(answer: Answer): void {
  answer.body.on('error', () => {})
  answer.body.destroy()
}

/** undici's timeouts, as the reason a user reads; anything else unchanged. */
export function idleOr<E>(error: E, settings: Settings): E | TransientError {
  return error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError
    ? new TransientError(`no data for ${settings.idleTimeoutMs / 1000} s`)
    : error
}

export async function getFollowingRedirects(
  url: URL,
  headers: Record<string, string>,
  settings: Settings
): Promise<Answer> {
  let current = url
  for (let hop = 0; ; hop++) {
    const response = await get(current, headers, settings)
    const location = response.headers.location
    if (!isRedirect(response.statusCode) || typeof location !== 'string') return response
    discard(response)
    if (hop === MAX_REDIRECTS) {
      throw new ActionError(`The video download URL redirected more than ${MAX_REDIRECTS} times.`)
    }
    current = redirectTarget(current, location, settings.allowHttp)
  }
}
