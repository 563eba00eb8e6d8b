import path from 'node:path'
import { loadManifest, type ManifestVideo } from '../manifest/load.js'
import { selectVideos } from '../manifest/select.js'
import type { VideoJob } from './job.js'
import type { RunResult } from './result.js'

/** The settings a run's videos are made from: the step's own video, or a manifest's with the step's defaults. */
export interface JobSettings extends Omit<VideoJob, 'name' | 'at'> {
  /** Set when the run renders a manifest's videos; the step's own project and patch are then unset. */
  manifest?: { file: string; only: string }
}

/** The run's videos: the step's one video (a manifest of one), or the selected videos of its manifest. */
export async function videoJobs(
  settings: JobSettings
): Promise<{ kind: RunResult['kind']; jobs: VideoJob[] }> {
  const { manifest, ...base } = settings
  if (!manifest) return { kind: 'single', jobs: [{ ...base, name: base.projectId }] }
  const loaded = await loadManifest(manifest.file, {
    workspace: base.workspace,
    artifactNames: base.delivery.modes.has('artifact')
  })
  const videos = selectVideos(loaded.videos, manifest.only)
  return { kind: 'manifest', jobs: videos.map(video => jobOf(base, video)) }
}

/** The step's settings with one video's keys over them (`vars` merged over the step's `vars`). */
function jobOf(base: Omit<JobSettings, 'manifest'>, video: ManifestVideo): VideoJob {
  return {
    ...base,
    name: video.name,
    at: video.at,
    projectId: video.projectId,
    resumeProjectId: video.resumeProjectId,
    patchPath: video.patch === undefined ? undefined : path.resolve(base.workspace, video.patch),
    vars: { ...base.vars, ...video.vars },
    settings: {
      ...base.settings,
      ...(video.resolution === undefined ? {} : { resolution: video.resolution }),
      ...(video.workspaceId === undefined ? {} : { workspaceId: video.workspaceId })
    },
    outputPath: path.resolve(base.workspace, video.outputPath),
    delivery: { ...base.delivery, assetName: video.assetName }
  }
}
