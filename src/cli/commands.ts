import { writeFile } from 'node:fs/promises'
import { startRunSignal } from '../action/run-signal.js'
import { StudioClient } from '../aistudios/client.js'
import { outlineLines, projectOutline } from '../outline/outline.js'
import { starterPatch } from '../outline/starter.js'
import { planLines } from '../patch/index.js'
import { RenderFailedError } from '../render/wait.js'
import { systemClock } from '../shared/clock.js'
import { formatBytes } from '../shared/format.js'
import { renderVideo } from '../story.js'
import { renderManifest } from './manifest.js'
import { readTerminalSettings, type Values } from './settings.js'
import { terminalReporter } from './terminal.js'
import { UsageError, type CommandName } from './usage.js'

/** `projectId` is undefined only for `render --manifest`. */
export async function runCommand(
  name: CommandName,
  projectId: string | undefined,
  values: Values
): Promise<number> {
  const { manifest, ...job } = await readTerminalSettings(
    name,
    projectId,
    values,
    process.env,
    process.cwd()
  )
  const run = startRunSignal(job.timeoutMs)
  const { reporter, stop } = await terminalReporter()
  let renderId: string | undefined
  try {
    const studio = new StudioClient({
      apiUrl: job.apiUrl,
      credentials: job.credentials,
      signal: run.signal,
      requestTimeoutMs: job.requestTimeoutMs,
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
      allowHttp: new URL(job.apiUrl).protocol === 'http:'
    }
    if (manifest) return await renderManifest(manifest, job, context)
    if (name === 'outline') {
      const outline = projectOutline(await studio.getProject(job.projectId))
      if (values.json) out([JSON.stringify(outline, null, 2)])
      else out(outlineLines(outline))
      return 0
    }
    if (name === 'init') {
      const yaml = starterPatch(await studio.getProject(job.projectId), job.projectId)
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
    if (name === 'plan' && !job.patchPath) throw new UsageError('plan needs --patch FILE')
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
    run.dispose()
  }
}
