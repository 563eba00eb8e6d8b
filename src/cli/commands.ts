import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { StudioClient } from '../aistudios/client.js'
import { RESOLUTIONS, type Resolution } from '../aistudios/export-request.js'
import type { UploadMode } from '../deliver/index.js'
import { outlineLines, projectOutline } from '../outline/outline.js'
import { starterPatch } from '../outline/starter.js'
import { planLines } from '../patch/index.js'
import { renderRun, type RunEdge, type RunSettings } from '../run/index.js'
import { resumableRender, resumeHint } from '../run/resume.js'
import type { VideoResult } from '../run/result.js'
import { systemClock } from '../shared/clock.js'
import type { RunSignal } from '../shared/deadline.js'
import { formatBytes } from '../shared/format.js'
import { readEnvironment } from './environment.js'
import { underRunSignal } from '../shared/process-signals.js'
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
  const timeoutMinutes = minutes(values['timeout-minutes'])
  const deadline = {
    timeoutMs: timeoutMinutes * 60_000,
    clock: systemClock,
    deadlineMessage: 'The deadline (--timeout-minutes) passed.',
    exitCode: () => 1
  }
  return underRunSignal(deadline, run => command(name, projectId, values, run))
}

async function command(
  name: CommandName,
  projectId: string | undefined,
  values: Values,
  run: RunSignal
): Promise<number> {
  const { credentials, apiUrl } = readEnvironment(process.env)
  const { reporter, stop } = await terminalReporter()
  const edge: RunEdge = {
    reporter,
    clock: systemClock,
    env: process.env,
    run,
    // Nothing to mask: the CLI never prints what the API hands out.
    onSecret: () => {},
    tempDir: process.cwd()
  }
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
    const common = {
      vars: await readVars(values),
      settings: { resolution: resolution(values.resolution) },
      workspace: process.cwd(),
      dryRun: false,
      delivery: { modes: new Set<UploadMode>(), overwrite: false }
    }
    if (projectId === undefined)
      return await renderManifest(String(values.manifest), values, {
        ...common,
        apiUrl,
        credentials,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
        edge
      })
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
    const settings: RunSettings = {
      ...common,
      apiUrl,
      credentials,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      cache: false,
      projectId,
      resumeProjectId: typeof values.resume === 'string' ? values.resume : undefined,
      patchPath: typeof values.patch === 'string' ? path.resolve(values.patch) : undefined,
      outputPath: typeof values.out === 'string' ? path.resolve(values.out) : undefined,
      dryRun: name === 'plan',
      maxParallel: 1,
      failFast: false,
      maxExports: 0
    }
    const { results } = await renderRun(settings, edge)
    stop()
    const [video] = results
    if (video.plan && name === 'plan') out(planLines(video.plan))
    if (video.status === 'failed') throw failureOf(video)
    if (video.report) {
      const { video: file, renderedProjectId } = video.report
      out([
        `path: ${file.path}`,
        `size: ${formatBytes(file.size)} (${file.size} bytes)`,
        `sha256: ${file.sha256}`,
        `rendered project: ${renderedProjectId}`
      ])
    }
    return 0
  } catch (error) {
    stop()
    throw error
  }
}

/**
 * Once an export may have been charged, every ending names it and how to fetch it without paying again; a
 * render that failed at AI Studios cannot be fetched.
 */
function failureOf(video: VideoResult): unknown {
  const { error } = video
  const render = resumableRender(video)
  if (render && error instanceof Error)
    error.message = `${error.message} The render is project ${render}. ${resumeHint(render, { setting: id => `--resume ${id}` })}`
  return error
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
