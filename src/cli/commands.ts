import { access, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { StudioClient } from '../aistudios/client.js'
import { outlineLines, projectOutline } from '../outline/outline.js'
import { starterPatch } from '../outline/starter.js'
import { planLines } from '../patch/index.js'
import { renderRun, type RunHost } from '../run/index.js'
import { resumableRender, resumeHint } from '../run/resume.js'
import type { VideoResult } from '../run/result.js'
import { systemClock } from '../shared/clock.js'
import type { RunSignal } from '../shared/deadline.js'
import { formatBytes } from '../shared/format.js'
import { signalExitCode, underRunSignal } from '../shared/process-signals.js'
import type { Settings } from '../settings/types.js'
import { runJson } from './json.js'
import { printManifestResults } from './manifest.js'
import { readTerminalSettings, type Values } from './settings.js'
import { terminalReporter } from './terminal.js'
import { UsageError, type CommandName } from './usage.js'

/** `projectId` is undefined only for `render --manifest`. */
export async function runCommand(
  name: CommandName,
  projectId: string | undefined,
  values: Values
): Promise<number> {
  const settings = await readTerminalSettings(name, projectId, values, process.env, process.cwd())
  // Before the project is fetched: a file in the way costs a request for nothing.
  if (name === 'init') await checkOut(values)
  const deadline = {
    timeoutMs: settings.timeoutMs,
    clock: systemClock,
    deadlineMessage: 'The deadline (--timeout-minutes) passed.',
    exitCode: signalExitCode,
    cancelMessage: (signal: NodeJS.Signals) =>
      `Stopped by ${signal === 'SIGINT' ? 'Ctrl-C (SIGINT)' : signal}.`
  }
  return underRunSignal(deadline, run => command(name, settings, values, run))
}

const out = (lines: string[]): void => void process.stdout.write(`${lines.join('\n')}\n`)

async function command(
  name: CommandName,
  settings: Settings,
  values: Values,
  run: RunSignal
): Promise<number> {
  const { reporter, stop } = await terminalReporter(process.stderr, values.verbose === true)
  try {
    if (name === 'outline' || name === 'init') {
      const studio = new StudioClient({
        apiUrl: settings.apiUrl,
        credentials: settings.credentials,
        signal: run.signal,
        requestTimeoutMs: settings.requestTimeoutMs,
        // Nothing to mask: the CLI never prints what the API hands out.
        onSecret: () => {},
        reporter
      })
      const project = await studio.getProject(settings.projectId)
      if (name === 'outline') {
        const outline = projectOutline(project)
        out(values.json ? [JSON.stringify(outline, null, 2)] : outlineLines(outline))
      } else await writeStarter(starterPatch(project, settings.projectId), values, reporter.log)
      return 0
    }
    if (name === 'plan' && !settings.patchPath) throw new UsageError('plan needs --patch FILE')
    const host: RunHost = {
      reporter,
      clock: systemClock,
      env: process.env,
      run,
      onSecret: () => {},
      tempDir: process.cwd()
    }
    const { results } = await renderRun(settings, host)
    stop()
    if (values.json) out([JSON.stringify(runJson(results, settings.workspace), null, 2)])
    if (settings.manifest) return printManifestResults(results, settings.workspace, !values.json)
    const [video] = results
    if (video.status === 'failed') throw failureOf(video)
    if (values.json) return 0
    if (video.plan && name === 'plan') out(planLines(video.plan))
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
  } finally {
    stop()
  }
}

/** `init --out FILE`: refused when FILE exists, unless `--force`. */
async function checkOut(values: Values): Promise<void> {
  if (typeof values.out !== 'string' || values.force) return
  const exists = await access(values.out).then(
    () => true,
    () => false
  )
  if (exists) throw outExists(values.out)
}

const outExists = (file: string): UsageError =>
  new UsageError(`--out ${file} exists: add --force to replace it, or name another file`)

/** `init`: the starter patch on stdout, or into `--out FILE` (its folders created), over a file only with `--force`. */
async function writeStarter(
  yaml: string,
  values: Values,
  log: (line: string) => void
): Promise<void> {
  if (typeof values.out !== 'string') return out([yaml.trimEnd()])
  const file = values.out
  await mkdir(path.dirname(path.resolve(file)), { recursive: true })
  // `wx` again: a file that appeared during the fetch is not overwritten either.
  await writeFile(file, yaml, { flag: values.force ? 'w' : 'wx' }).catch(
    (error: NodeJS.ErrnoException) => {
      throw error.code === 'EEXIST' ? outExists(file) : error
    }
  )
  log(`Wrote ${file}: edit what should change, then run plan with --patch ${file}.`)
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
