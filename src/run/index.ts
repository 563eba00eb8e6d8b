import type { Clock } from '../shared/clock.js'
import type { RunSignal } from '../shared/deadline.js'
import type { Redactor } from '../shared/redact.js'
import type { Reporter } from '../shared/reporter.js'
import type { Settings } from '../settings/types.js'
import { shardLine } from '../manifest/shard.js'
import { videoJobs } from './jobs.js'
import type { RunResult } from './result.js'
import { runVideos } from './videos.js'

/** What the action or the CLI gives the run: where to report, the clock, the run's signal. */
export interface RunHost {
  reporter: Reporter
  clock: Clock
  env: NodeJS.ProcessEnv
  run: RunSignal
  /** Scrubs the secrets from text that came from AI Studios. */
  redactor?: Redactor
  /** A secret the client learns (a minted token) is handed to the host to mask. */
  onSecret(secret: string): void
  /** The cache's staging directory (RUNNER_TEMP in a workflow). */
  tempDir: string
}

/**
 * A run: the client and the cache, the videos (one, or a manifest's), each planned and checked before any
 * export, then made; the result of every video. Loaded by the action and the CLI only once the settings are read, so a bad
 * setting answers at once.
 */
export async function renderRun(settings: Settings, host: RunHost): Promise<RunResult> {
  const { StudioClient } = await import('../aistudios/client.js')
  const { signal, cancelled, deadline } = host.run
  const studio = new StudioClient({
    apiUrl: settings.apiUrl,
    credentials: settings.credentials,
    signal,
    requestTimeoutMs: settings.requestTimeoutMs,
    clock: host.clock,
    reporter: host.reporter,
    redactor: host.redactor,
    onSecret: host.onSecret
  })
  const cache = settings.cache
    ? await (
        await import('../cache/video-cache.js')
      ).VideoCache.open({ reporter: host.reporter, tempDir: host.tempDir, env: host.env, signal })
    : undefined
  const { kind, jobs, shard } = await videoJobs(settings)
  if (shard)
    host.reporter.log(
      shardLine(
        shard,
        jobs.map(job => job.name),
        shard.selected
      )
    )
  const pool = settings.manifest ?? { maxParallel: 1, failFast: false }
  const options = { ...pool, maxExports: settings.maxExports, dryRun: settings.dryRun }
  const run = await runVideos(kind, jobs, options, {
    studio,
    signal,
    cancelled,
    deadline,
    clock: host.clock,
    env: host.env,
    reporter: host.reporter,
    allowHttp: new URL(settings.apiUrl).protocol === 'http:',
    ...(cache ? { cache } : {})
  })
  return shard ? { ...run, shard } : run
}
