import * as core from '@actions/core'
import path from 'node:path'
import { StudioClient } from './aistudios/client.js'
import { systemClock } from './shared/clock.js'
import { downloadVideo } from './download/index.js'
import { maskSecretInputs, readInputs } from './action/inputs.js'
import { ActionError } from './shared/errors.js'
import { describeRequest, exportRequest } from './aistudios/export-request.js'
import { defaultOutputPath } from './shared/output-path.js'
import { loadPatch, planEdits } from './patch/index.js'
import {
  group,
  log,
  reportDryRun,
  reportFailure,
  reportPlan,
  reportResult,
  warn
} from './action/report.js'
import { startRunSignal, type RunSignal } from './action/run-signal.js'
import { waitForRender } from './render/wait.js'

/** The story of a run: inputs, plan, export, wait, download, deliver, report. */
export async function run(): Promise<void> {
  const read = (name: string): string => core.getInput(name)
  maskSecretInputs(read)
  let renderedProjectId: string | undefined
  let runSignal: RunSignal | undefined
  try {
    const inputs = readInputs(read, process.env)
    runSignal = startRunSignal(inputs.timeoutMs)
    const { signal, deadline } = runSignal
    const studio = new StudioClient({
      apiUrl: inputs.apiUrl,
      credentials: inputs.credentials,
      signal,
      requestTimeoutMs: inputs.requestTimeoutMs,
      onSecret: secret => core.setSecret(secret),
      onRetry: warn
    })

    const patch = inputs.patchPath
      ? await loadPatch(inputs.patchPath, { workspace: inputs.workspace })
      : undefined
    const source =
      patch || !inputs.outputPath ? await studio.getProject(inputs.projectId) : undefined
    const plan = source && patch ? planEdits(source, patch, inputs.vars) : undefined
    if (plan) reportPlan(plan)
    const request = exportRequest(inputs.projectId, inputs, plan)
    const videoPath =
      inputs.outputPath ??
      defaultOutputPath(inputs.workspace, (plan?.project ?? source)?.name, inputs.projectId)
    if (inputs.dryRun) return await reportDryRun(inputs.projectId, describeRequest(request))

    // Loaded here, not at start-up: the GitHub clients are most of the bundle, and bad input or a dry run
    // should answer at once.
    const { prepareDelivery, deliverVideo } = await import('./deliver/index.js')
    const delivery = await group('Checking where the video goes', () =>
      prepareDelivery(inputs.delivery, path.basename(videoPath), process.env, log)
    )

    const renderId = inputs.resumeProjectId ?? (await studio.startExport(request))
    // The render's pace is learnt from here: the export request's own retries are not render time.
    const startedAt = Date.now()
    renderedProjectId = renderId
    log(
      inputs.resumeProjectId
        ? `Resuming the render of project ${renderId}.`
        : `Export started: project ${renderId}.`
    )
    const done = await group(`Rendering project ${renderId}`, () =>
      waitForRender({
        progress: id => studio.progress(id),
        projectId: renderId,
        startedAt,
        deadline,
        signal,
        clock: systemClock,
        log,
        warn
      })
    )
    const renderMs = Date.now() - startedAt

    const video = await group('Downloading the video', () =>
      downloadVideo({
        url: done.downloadUrl,
        dest: videoPath,
        signal,
        allowHttp: new URL(inputs.apiUrl).protocol === 'http:',
        refreshUrl: () => freshDownloadUrl(studio, renderId),
        log,
        warn
      })
    )
    // `timeout-minutes` bounds the export, the render and the download; the upload is GitHub's to time.
    runSignal.dispose()
    const links = await group('Delivering the video', () => deliverVideo(delivery, video, log))
    await reportResult({
      sourceProjectId: inputs.projectId,
      renderedProjectId: renderId,
      resolution: inputs.resolution,
      renderMs,
      downloadUrl: done.downloadUrl,
      video,
      videoPath: path.relative(inputs.workspace, video.path),
      delivery: links
    })
  } catch (error) {
    await reportFailure(error, renderedProjectId)
  } finally {
    runSignal?.dispose()
  }
}

/** The progress endpoint hands out the current download URL; asking it never starts another render. */
async function freshDownloadUrl(studio: StudioClient, projectId: string): Promise<string> {
  const { downloadUrl } = await studio.progress(projectId)
  if (!downloadUrl)
    throw new ActionError(`AI Studios no longer offers a download URL for project ${projectId}.`)
  return downloadUrl
}
