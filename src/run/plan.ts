import { describeRequest, exportRequest } from '../aistudios/export-request.js'
import type { Project } from '../aistudios/schema.js'
import { contentHash } from '../cache/content-hash.js'
import { loadPatch, planEdits, planLines } from '../patch/index.js'
import { ActionError } from '../shared/errors.js'
import { defaultOutputPath } from '../shared/output-path.js'
import { checkOutputPath } from '../shared/workspace-files.js'
import type { DryRun, PlannedVideo, RunContext, VideoJob } from './job.js'

type PlanContext = Pick<RunContext, 'studio' | 'reporter' | 'cache'>
type FetchProject = (projectId: string) => Promise<Project>

/**
 * The plan phase fetches each distinct project once, however many videos render it: a manifest of 500
 * videos of 3 projects asks AI Studios 3 times, and holds 3 projects. The patch never changes what it is
 * given (`planEdits` works on a copy), so the videos share the fetched value; a failed fetch fails them all.
 */
export function fetchOncePerProject(studio: RunContext['studio']): FetchProject {
  const fetched = new Map<string, Promise<Project>>()
  return projectId => {
    const known = fetched.get(projectId)
    if (known) return known
    const fetching = studio.getProject(projectId)
    fetched.set(projectId, fetching)
    return fetching
  }
}

/**
 * The checks that need only the project: the patch loaded and applied to the fetched project (vars,
 * placeholders, selectors), the export request, its content hash and the output path. Reads, never writes.
 */
export async function planVideo(
  job: VideoJob,
  context: PlanContext,
  fetchProject: FetchProject
): Promise<PlannedVideo> {
  const { reporter } = context
  const patch = job.patchPath
    ? await loadPatch(job.patchPath, { workspace: job.workspace })
    : undefined
  // Fetched even without a patch: what AI Studios can render is checked before the export, and an edit in
  // the editor changes the content hash.
  const source = await fetchProject(job.projectId)
  const plan = patch ? planEdits(source, patch, job.vars) : undefined
  if (plan) {
    const count = plan.changes.length
    reporter.log(`Plan: ${count} change${count === 1 ? '' : 's'}`)
    for (const line of planLines(plan)) reporter.log(line)
  }
  const rendered = plan?.project ?? source
  if (rendered.scenes.length === 0)
    throw new ActionError(
      `Project ${job.projectId} has no scenes${plan ? ' once the patch is applied' : ''}: AI Studios cannot render an empty project; add a scene in the editor${plan ? ', or keep the patch from removing every scene' : ''}.`
    )
  const request = exportRequest(job.projectId, job.settings, plan?.project)
  const hash = contentHash(request, source)
  reporter.log(`Content hash: ${hash}`)
  const videoPath = job.outputPath ?? defaultOutputPath(job.workspace, rendered.name, job.projectId)
  // Before anything is spent: a directory or a symlink out of the workspace would only fail after the render.
  await checkOutputPath(job.workspace, videoPath)
  return {
    job,
    plan,
    request,
    videoPath,
    contentHash: hash,
    ...(patch ? {} : { unpatched: source })
  }
}

/** What a real run would do, from the cache's own answer; nothing is restored or written. */
export async function dryRunOf(planned: PlannedVideo, context: PlanContext): Promise<DryRun> {
  const { job, contentHash: hash } = planned
  const { cache, reporter } = context
  const request = describeRequest(planned.request)
  const result = (needsExport: boolean, cacheHit = false): DryRun => ({
    request,
    cacheHit,
    needsExport,
    cacheOn: cache !== undefined
  })
  if (job.resumeProjectId) {
    reporter.log(`A real run would resume project ${job.resumeProjectId}: no new export.`)
    return result(false)
  }
  if (!cache) return result(true)
  if (await cache.lookupOnly(hash)) {
    reporter.log('A real run would reuse the cached video: no render needed.')
    return result(false, true)
  }
  const renderId = await cache.lookupRender(hash)
  if (renderId) {
    reporter.log(
      `A real run would resume render ${renderId}, started earlier for this content: no new export.`
    )
    return result(false)
  }
  reporter.log('A real run would export: no cached video for this content.')
  return result(true)
}
