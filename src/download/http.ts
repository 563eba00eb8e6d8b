/** One GET of the video, following redirects, with an idle timeout; no credentials are ever sent. */
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
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
  signal: AbortSignal
  allowHttp: boolean
  idleTimeoutMs: number
}

function get(
  url: URL,
  headers: Record<string, string>,
  settings: Settings
): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http
  return new Promise<IncomingMessage>((resolve, reject) => {
    // The global agent, so that NODE_USE_ENV_PROXY (Node 24) can route this through a proxy;
    // its idle sockets do not keep the process alive. No Authorization header: the AI Studios
    // token never goes to this host.
    const request = client.get(url, {
      signal: settings.signal,
      headers: { 'accept-encoding': 'identity', 'user-agent': 'aistudios-render', ...headers }
    })
    let response: IncomingMessage | undefined
    request.on('response', answer => {
      response = answer
      resolve(answer)
    })
    // Also swallows the request's late errors: once the response has come, they reach it too.
    request.on('error', reject)
    request.setTimeout(settings.idleTimeoutMs, () => {
      // Destroying the response itself keeps this reason; through the request it becomes "aborted".
      const idle = new TransientError(`no data for ${settings.idleTimeoutMs / 1000} s`)
      if (response) response.destroy(idle)
      else request.destroy(idle)
    })
  })
}

export async function getFollowingRedirects(
  url: URL,
  headers: Record<string, string>,
  settings: Settings
): Promise<IncomingMessage> {
  let current = url
  for (let hop = 0; ; hop++) {
    const response = await get(current, headers, settings)
    const location = response.headers.location
    if (!isRedirect(response.statusCode ?? 0) || !location) return response
    response.destroy()
    if (hop === MAX_REDIRECTS) {
      throw new ActionError(`The video download URL redirected more than ${MAX_REDIRECTS} times.`)
    }
    current = redirectTarget(current, location, settings.allowHttp)
  }
}
