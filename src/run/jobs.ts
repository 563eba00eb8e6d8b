import path from 'node:path'
import { loadManifest, type ManifestVideo } from '../manifest/load.js'
import { selectShard, selectVideos } from '../manifest/select.js'
import type { Settings, VideoSettings } from '../settings/types.js'
import type { VideoJob } from './job.js'
import type { RunResult, ShardTaken } from './result.js'

/**
 * The run's videos: the step's one video (a manifest of one), or the selected videos of its manifest (`only`),
 * and of those only its shard's with `shard`.
 */
export async function videoJobs(
  settings: Settings
): Promise<{ kind: RunResult['kind']; jobs: VideoJob[]; shard?: ShardTaken }> {
  const { manifest } = settings
  const base = videoSettingsOf(settings)
  if (!manifest) return { kind: 'single', jobs: [jobOf(base)] }
  const loaded = await loadManifest(manifest.file, {
    workspace: base.workspace,
    artifactNames: base.delivery.modes.has('artifact')
  })
  const selected = selectVideos(loaded.videos, manifest.only)
  const { shard } = manifest
  const videos = shard ? selectShard(selected, shard) : selected
  const jobs = videos.map(video => jobOf(base, video))
  if (!shard) return { kind: 'manifest', jobs }
  return { kind: 'manifest', jobs, shard: { ...shard, selected: selected.length } }
}

/** What each video takes of the run's settings: every setting but the run's own (a new one comes along). */
function videoSettingsOf(settings: Settings): VideoSettings {
  const {
    credentials,
    apiUrl,
    timeoutMs,
    requestTimeoutMs,
    manifest,
    cache,
    prComment,
    maxExports,
    ...video
  } = settings
  return video
}

/** The step's video, or a manifest's video: the step's settings with its keys over them (`vars` merged). */
function jobOf(base: VideoSettings, video?: ManifestVideo): VideoJob {
  const job: VideoJob = { ...base, name: base.projectId }
  if (!video) return job
  return {
    ...job,
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
