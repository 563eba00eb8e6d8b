import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { StudioClient } from '../aistudios/client.js'
import { RESOLUTIONS, type Resolution } from '../aistudios/export-request.js'
import { outlineLines, projectOutline } from '../outline/outline.js'
import { starterPatch } from '../outline/starter.js'
import { planLines } from '../patch/index.js'
import { RenderFailedError } from '../render/wait.js'
import { systemClock } from '../shared/clock.js'
import { startRunSignal } from '../shared/deadline.js'
import { formatBytes } from '../shared/format.js'
import { cancelOnProcessSignals } from '../shared/process-signals.js'
import { renderVideo, type VideoJob } from '../story.js'
import { readEnvironment } from './environment.js'
import { renderManifest } from './manifest.js'
import { terminalReporter } from './terminal.js'
import { UsageError, type CommandName } from './usage.js'

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>

const DEFAULT_TIMEOUT_MINUTES = 30
const REQUEST_TIMEOUT_MS = 60_000

/** `projectId` is undefined only for `render --manifest`. */
export async function runCommand(
  name: CommandName,
  projectId: string | undefined,
  values: Values
): Promise<number> {
  const { credentials, apiUrl } = readEnvironment(process.env)
  const timeoutMinutes = minutes(values['timeout-minutes'])
  const run = startRunSignal(
    timeoutMinutes * 60_000,
    systemClock.now(),
    'The deadline (`--timeout-minutes`) passed.'
  )
  const stopListening = cancelOnProcessSignals(run.cancel, name => `Cancelled (${name}).`)
  const { reporter, stop } = await terminalReporter()
  let renderId: string | undefined
  try {
    const studio = new StudioClient({
      apiUrl,
      credentials,
      signal: run.signal,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      // Nothing to mask: the CLI never prints what the API hands out.
      onSecret: () => {},
      reporter
    })
    const out = (lines: string[]): void => void process.stdout.write(`${lines.join('\n')}\n`)
    const context = {
      studio,
      signal: run.signal,
      deadline: run.deadline,
      clock: systemClock,
      env: process.env,
      reporter,
      allowHttp: new URL(apiUrl).protocol === 'http:'
    }
    const common: Omit<VideoJob, 'projectId' | 'outputPath'> = {
      vars: await readVars(values),
      settings: { resolution: resolution(values.resolution) },
      workspace: process.cwd(),
      dryRun: false,
      delivery: { modes: new Set(), overwrite: false }
    }
    if (projectId === undefined)
      return await renderManifest(String(values.manifest), values, common, context)
    if (name === 'outline') {
      const outline = projectOutline(await studio.getProject(projectId))
      if (values.json) out([JSON.stringify(outline, null, 2)])
      else out(outlineLines(outline))
      return 0
    }
    if (name === 'init') {
      const yaml = starterPatch(await studio.getProject(projectId), projectId)
      if (typeof values.out === 'string') {
        await writeFile(values.out, yaml, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
          throw error.code === 'EEXIST'
            ? new UsageError(`--out ${values.out} exists: remove it or name another file`)
            : error
        })
        reporter.log(
          `Wrote ${values.out}: edit what should change, then run plan with --patch ${values.out}.`
        )
      } else out([yaml.trimEnd()])
      return 0
    }
    if (name === 'plan' && typeof values.patch !== 'string')
      throw new UsageError('plan needs --patch FILE')
    const job: VideoJob = {
      ...common,
      projectId,
      resumeProjectId: typeof values.resume === 'string' ? values.resume : undefined,
      patchPath: typeof values.patch === 'string' ? path.resolve(values.patch) : undefined,
      outputPath: typeof values.out === 'string' ? path.resolve(values.out) : undefined,
      dryRun: name === 'plan'
    }
    const result = await renderVideo(job, {
      ...context,
      onPlan: plan => out(planLines(plan)),
      onRender: id => (renderId = id)
    })
    stop()
    if (result.kind === 'rendered') {
      const { video, renderedProjectId } = result.report
      out([
        `path: ${video.path}`,
        `size: ${formatBytes(video.size)} (${video.size} bytes)`,
        `sha256: ${video.sha256}`,
        `rendered project: ${renderedProjectId}`
      ])
    }
    return 0
  } catch (error) {
    stop()
    // Once an export may have been charged, every ending names it and how to fetch it without paying again;
    // a render that failed at AI Studios cannot be fetched.
    if (renderId && error instanceof Error && !(error instanceof RenderFailedError))
      error.message = `${error.message} The render is project ${renderId}: fetch it with --resume ${renderId}.`
    throw error
  } finally {
    stopListening()
    run.dispose()
  }
}

function minutes(value: Values[string]): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MINUTES
  const number = Number(value)
  if (typeof value !== 'string' || !(number > 0) || number > 24 * 60)
    throw new UsageError(
      `--timeout-minutes "${String(value)}" must be a number of minutes, e.g. 30`
    )
  return number
}

function resolution(value: Values[string]): Resolution {
  if (value === undefined) return '1080'
  const found = RESOLUTIONS.find(each => each === String(value).toLowerCase())
  if (!found)
    throw new UsageError(`--resolution "${String(value)}": use one of ${RESOLUTIONS.join(', ')}`)
  return found
}

/** `--vars FILE` (a YAML or JSON map), then each `--var NAME=VALUE` over it. */
async function readVars(values: Values): Promise<Record<string, string>> {
  const vars: Record<string, string> = {}
  if (typeof values.vars === 'string') {
    const file = values.vars
    let map: unknown
    try {
      map = parseYaml(await readFile(file, 'utf8'))
    } catch (error) {
      throw new UsageError(`--vars ${file}: ${(error as Error).message.split('\n')[0]}`)
    }
    if (map === null || typeof map !== 'object' || Array.isArray(map))
      throw new UsageError(
        `--vars ${file} must hold a map of names to values, e.g. "version: 1.2.0"`
      )
    for (const [key, value] of Object.entries(map)) {
      if (value === null || typeof value === 'object')
        throw new UsageError(`--vars ${file} gives "${key}" no text or number value`)
      vars[key] = String(value)
    }
  }
  for (const pair of (values.var ?? []) as string[]) {
    const equals = pair.indexOf('=')
    if (equals < 1)
      throw new UsageError(`--var "${pair}" must be NAME=VALUE, e.g. --var version=1.2.0`)
    vars[pair.slice(0, equals)] = pair.slice(equals + 1)
  }
  return vars
}
