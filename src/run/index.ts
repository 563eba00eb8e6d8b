import type { Credentials } from '../aistudios/client.js'
import type { Clock } from '../shared/clock.js'
import type { RunSignal } from '../shared/deadline.js'
import type { Redactor } from '../shared/redact.js'
import type { Reporter } from '../shared/reporter.js'
import { videoJobs, type JobSettings } from './jobs.js'
import type { RunResult } from './result.js'
import { runVideos, type RunOptions } from './videos.js'

/** Everything a run needs, from either edge. */
export interface RunSettings extends JobSettings, Omit<RunOptions, 'dryRun'> {
  apiUrl: string
  credentials: Credentials
  requestTimeoutMs: number
  cache: boolean
}

/** What the edge the run starts from gives it: where to report, the clock, the run's signal. */
export interface RunEdge {
  reporter: Reporter
  clock: Clock
  env: NodeJS.ProcessEnv
  run: RunSignal
  /** Scrubs the secrets from text that came from AI Studios. */
  redactor?: Redactor
  /** A secret the client learns (a minted token) is handed to the edge to mask. */
  onSecret(secret: string): void
  /** The cache's staging directory (RUNNER_TEMP in a workflow). */
  tempDir: string
}

/**
 * A run: the client and the cache, the videos (one, or a manifest's), each planned and checked before any
 * export, then made; the result of every video. Loaded by the edges only once the settings are read, so a bad
 * setting answers at once.
 */
export async function renderRun(settings: RunSettings, edge: RunEdge): Promise<RunResult> {
  const { StudioClient } = await import('../aistudios/client.js')
  const { signal, cancelled, deadline } = edge.run
  const studio = new StudioClient({
    apiUrl: settings.apiUrl,
    credentials: settings.credentials,
    signal,
    requestTimeoutMs: settings.requestTimeoutMs,
    clock: edge.clock,
    reporter: edge.reporter,
    redactor: edge.redactor,
    onSecret: edge.onSecret
  })
  const cache = settings.cache
    ? await (
        await import('../cache/video-cache.js')
      ).VideoCache.open({ reporter: edge.reporter, tempDir: edge.tempDir, env: edge.env, signal })
    : undefined
  const { kind, jobs } = await videoJobs(settings)
  return runVideos(kind, jobs, settings, {
    studio,
    signal,
    cancelled,
    deadline,
    clock: edge.clock,
    env: edge.env,
    reporter: edge.reporter,
    allowHttp: new URL(settings.apiUrl).protocol === 'http:',
    ...(cache ? { cache } : {})
  })
}
