import { checkExportBudget } from '../manifest/guard.js'
import { runPool, type PoolOptions, type VideoOutcome } from '../manifest/pool.js'
import { failAt } from '../patch/fail.js'
import { ActionError } from '../shared/errors.js'
import { prefixed, type Reporter } from '../shared/reporter.js'
import type { PlannedVideo, RunContext, VideoJob } from './job.js'
import { FailedAfterExport, makeVideo } from './make.js'
import { dryRunOf, fetchOncePerProject, planVideo } from './plan.js'
import { prepareVideo } from './prepare.js'
import type { RunResult, VideoResult } from './result.js'

export interface RunOptions extends PoolOptions {
  /** The most exports the run may start (`max-exports`); 0: no limit. */
  maxExports: number
  dryRun: boolean
}

/**
 * Every video of a run, one path whether it is one video or a manifest's hundred. First every video is planned
 * and prepared (its patch applied to its fetched project, its delivery checked, the cache asked) and the
 * `max-exports` guard counts what is left to export: any failure there ends the run with nothing exported.
 * Then the videos are made, at most `maxParallel` at once, and a failure ends its own video only.
 */
export async function runVideos(
  kind: RunResult['kind'],
  jobs: readonly VideoJob[],
  options: RunOptions,
  context: RunContext
): Promise<RunResult> {
  const contextOf = videoContexts(kind, jobs, context)
  // The checks run `max-parallel` at a time and never stop at a failure: every mistake shows in one run.
  const checks: PoolOptions = { maxParallel: options.maxParallel, failFast: false }
  const stopped = (results: VideoResult[]): RunResult => {
    const failed = results.filter(result => result.status === 'failed').length
    if (kind === 'manifest')
      context.reporter.log(
        `Nothing was exported: the checks of ${failed} of ${jobs.length} videos failed; fix them and run again.`
      )
    return { kind, results }
  }

  const fetchProject = fetchOncePerProject(context.studio)
  const planning = await runPool(
    jobs,
    job =>
      planVideo(job, contextOf(job), fetchProject).catch((error: unknown) => {
        throw locatedIn(job, error)
      }),
    checks
  )
  // Two videos of one content would pay twice for one video, and with no patch would render one project
  // twice at once: refused, with the cache or without it.
  const planOutcomes = oncePerContent(jobs, planning)
  const planned = allDone(planOutcomes)
  if (!planned)
    return stopped(
      planOutcomes.map((outcome, i) =>
        resultOf(jobs[i], outcome.status === 'done' ? outcome.value : undefined, outcome)
      )
    )

  if (options.dryRun) {
    const outcomes = await runPool(
      named(planned),
      each => dryRunOf(each, contextOf(each.job)),
      checks
    )
    const results = outcomes.map((outcome, i) =>
      outcome.status === 'done'
        ? { ...resultOf(jobs[i], planned[i]), status: 'planned' as const, dryRun: outcome.value }
        : resultOf(jobs[i], planned[i], outcome)
    )
    if (kind === 'manifest') logDryRun(results, context.reporter)
    return { kind, results }
  }

  const prepareOutcomes = await runPool(
    named(planned),
    each => prepareVideo(each, contextOf(each.job)),
    checks
  )
  const ready = allDone(prepareOutcomes)
  if (!ready)
    return stopped(prepareOutcomes.map((outcome, i) => resultOf(jobs[i], planned[i], outcome)))
  checkExportBudget(
    ready.filter(each => each.source.kind === 'export').map(each => each.job.name),
    options.maxExports
  )

  const outcomes = await runPool(
    named(ready),
    each => makeVideo(each, contextOf(each.job)),
    options
  )
  const results = outcomes.map((outcome, i): VideoResult => {
    const { source } = ready[i]
    if (outcome.status !== 'done') {
      const failed = resultOf(jobs[i], ready[i], outcome)
      // A render this run's export started is paid for, whatever became of it afterwards.
      return source.kind === 'export' && failed.renderId ? { ...failed, exported: true } : failed
    }
    const status =
      source.kind === 'cached-video' ? 'cached' : source.kind === 'resume' ? 'resumed' : 'rendered'
    return {
      ...resultOf(jobs[i], ready[i]),
      status,
      renderId: outcome.value.renderedProjectId,
      report: outcome.value,
      ...(status === 'rendered' ? { exported: true } : {})
    }
  })
  return { kind, results }
}

/**
 * A video's result from what is known of it (its plan, when planning got that far) and how its last step
 * ended: failed, or else skipped (another video's checks failed, or fail-fast stopped the pool).
 */
function resultOf(
  job: VideoJob,
  planned: PlannedVideo | undefined,
  ending?: VideoOutcome<unknown>
): VideoResult {
  const base: VideoResult = {
    name: job.name,
    status: 'skipped',
    sourceProjectId: job.projectId,
    ...(planned?.plan ? { plan: planned.plan } : {}),
    ...(planned?.contentHash ? { contentHash: planned.contentHash } : {}),
    ...(planned?.unpatched ? { unpatched: planned.unpatched } : {})
  }
  if (ending?.status !== 'failed') return base
  const { error } = ending
  return error instanceof FailedAfterExport
    ? { ...base, status: 'failed', error: error.failure, renderId: error.renderId }
    : { ...base, status: 'failed', error }
}

/** The values of a checking step, when every video passed it. */
function allDone<T>(outcomes: readonly VideoOutcome<T>[]): T[] | undefined {
  const values = outcomes.flatMap(outcome => (outcome.status === 'done' ? [outcome.value] : []))
  return values.length === outcomes.length ? values : undefined
}

/** The pool names its items: a video's name is its job's. */
function named<T extends { job: VideoJob }>(items: readonly T[]): (T & { name: string })[] {
  return items.map(item => ({ ...item, name: item.job.name }))
}

/** The log names the videos a real run would render. */
function logDryRun(results: readonly VideoResult[], reporter: Reporter): void {
  const toRender = results.filter(result => result.dryRun?.needsExport).map(result => result.name)
  reporter.log(
    toRender.length === 0
      ? `Dry run: none of the ${results.length} videos needs a render.`
      : `Dry run: ${toRender.length} of ${results.length} videos would need a render: ${toRender.join(', ')}.`
  )
}

/**
 * Two videos of the same content (project, edits, vars and resolution) would each pay for an export, and
 * their cache entries are one: the second is refused at its entry, before anything is spent.
 */
function oncePerContent(
  jobs: readonly VideoJob[],
  outcomes: VideoOutcome<PlannedVideo>[]
): VideoOutcome<PlannedVideo>[] {
  const first = new Map<string, string>()
  return outcomes.map((outcome, index) => {
    const hash = outcome.status === 'done' ? outcome.value.contentHash : undefined
    const at = jobs[index].at
    if (!hash || !at) return outcome
    const earlier = first.get(hash)
    if (earlier === undefined) {
      first.set(hash, outcome.name)
      return outcome
    }
    const error = failAt(
      at,
      `video \`${outcome.name}\` renders the same content as \`${earlier}\` (same project, edits and resolution), so it would be paid for twice: remove one of them, or copy the other's video in a later step.`
    )
    return { name: outcome.name, status: 'failed', error }
  })
}

/**
 * A planning failure of a manifest's video that names no place in a file (the project cannot be fetched, the
 * output path is a folder) is about the video's own entry: it is located there, so every failure points somewhere.
 */
function locatedIn(job: VideoJob, error: unknown): unknown {
  if (!job.at || !(error instanceof ActionError) || error.details.location) return error
  const located = failAt(job.at, error.message)
  return new ActionError(located.message, { ...error.details, ...located.details })
}

/**
 * A manifest's videos render side by side and the runner's groups cannot nest or interleave: a video's group
 * becomes a line that names it, and every line carries the video's prefix. A single video reports as it is.
 */
function videoContexts(
  kind: RunResult['kind'],
  jobs: readonly VideoJob[],
  context: RunContext
): (job: VideoJob) => RunContext {
  if (kind === 'single') return () => context
  const { reporter } = context
  const flat: Reporter = {
    log: reporter.log,
    warn: reporter.warn,
    debug: reporter.debug,
    notice: reporter.notice,
    group: async (name, work) => {
      reporter.log(`${name}…`)
      return work()
    }
  }
  const contexts = new Map(
    jobs.map(job => [job.name, { ...context, reporter: prefixed(flat, `[${job.name}] `) }])
  )
  return job => contexts.get(job.name) ?? context
}
