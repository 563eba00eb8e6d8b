import type { Credentials } from '../aistudios/client.js'
import { UsageError } from './usage.js'

const DEFAULT_API_URL = 'https://app.aistudios.com'

/** Credentials and host from the environment; never echoed, only the variables' names are. */
export function readEnvironment(env: NodeJS.ProcessEnv): {
  credentials: Credentials
  apiUrl: string
} {
  const apiKey = env.AISTUDIOS_API_KEY
  const appId = env.AISTUDIOS_APP_ID
  const userKey = env.AISTUDIOS_USER_KEY
  let credentials: Credentials
  if (apiKey && (appId || userKey))
    throw new UsageError(
      'AISTUDIOS_API_KEY is set together with AISTUDIOS_APP_ID/AISTUDIOS_USER_KEY: keep one of the two'
    )
  if (apiKey) credentials = { apiKey }
  else if (appId && userKey) credentials = { appId, userKey }
  else
    throw new UsageError(
      `no credentials: set AISTUDIOS_API_KEY, or AISTUDIOS_APP_ID and AISTUDIOS_USER_KEY${appId || userKey ? ` (${appId ? 'AISTUDIOS_USER_KEY' : 'AISTUDIOS_APP_ID'} is missing)` : ''}`
    )
  return { credentials, apiUrl: apiUrl(env.AISTUDIOS_API_URL || DEFAULT_API_URL) }
}

function apiUrl(text: string): string {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new UsageError(`AISTUDIOS_API_URL is not a URL: use e.g. ${DEFAULT_API_URL}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`AISTUDIOS_API_URL must be an http(s) URL, e.g. ${DEFAULT_API_URL}`)
  return url.href.replace(/\/+$/, '')
}
