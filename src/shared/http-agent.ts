import { Agent, EnvHttpProxyAgent, type Dispatcher } from 'undici'

/*
 * Every outbound request of the action (AI Studios, the download) goes through one dispatcher that honours the
 * runner's proxy settings: `https_proxy`, `http_proxy` and `no_proxy` (or their upper-case forms), as
 * `@actions/http-client` does for the GitHub clients. Node's own `fetch` ignores them without a flag.
 */
let shared: Dispatcher | undefined

/** The process's one dispatcher, made on first use from the environment as it is then. */
export function outboundDispatcher(): Dispatcher {
  shared ??= createOutboundDispatcher()
  return shared
}

/** A dispatcher reading the proxy variables now; tests use it to see a changed environment. */
export function createOutboundDispatcher(env: NodeJS.ProcessEnv = process.env): Dispatcher {
  // Without a proxy a plain agent does the same, and spares the log undici's "experimental" warning.
  const proxied = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some(name => env[name])
  return proxied ? new EnvHttpProxyAgent() : new Agent()
}
