import path from 'node:path'
import { failAt } from '../patch/fail.js'
import { isInside, readNamedFile, type FileSource } from '../patch/files.js'
import { nodeFiles } from '../patch/node-files.js'
import { describePath, parseSource, type PathSegment, type Source } from '../patch/source.js'
import type { Resolution } from '../aistudios/export-request.js'
import type { SourceLocation } from '../shared/errors.js'
import { ManifestFileSchema, VIDEO_NAME, type VideoEntry } from './schema.js'

/** One video of the manifest, defaults applied; `at` is where its name is written. */
export interface ManifestVideo {
  name: string
  projectId: string
  patch?: string
  vars: Record<string, string>
  resolution?: Resolution
  workspaceId?: string
  outputPath: string
  assetName: string
  resumeProjectId?: string
  at: SourceLocation
}

export interface Manifest {
  file: string
  videos: ManifestVideo[]
}

export interface ManifestOptions {
  workspace: string
  files?: FileSource
  /**
   * Videos go up as workflow artifacts, each named after its file (a raw MP4 artifact takes the file's
   * name): two videos may then not share a file name, or the second would replace the first.
   */
  artifactNames?: boolean
}

/**
 * Reads a manifest (YAML or JSON, told by content) and checks it whole: every problem is an `ActionError`
 * located at the manifest's line and column, found before any video is exported.
 */
export async function loadManifest(
  file: string,
  { workspace, files = nodeFiles, artifactNames = false }: ManifestOptions
): Promise<Manifest> {
  const { shown, text } = await readNamedFile(files, workspace, file, 'the manifest file')
  if (text.trim() === '')
    throw failAt(
      { file: shown, line: 1, column: 1 },
      'the manifest is empty: write `videos:` with one entry per video'
    )
  const source = parseSource(text, shown)
  const videos = checkManifest(source, artifactNames)
  for (const video of videos)
    for (const [key, file] of [
      ['patch', video.patch],
      ['output-path', video.outputPath]
    ] as const)
      if (file !== undefined && !isInside(workspace, path.resolve(workspace, file)))
        throw failAt(
          source.locate(['videos', video.name, key]),
          `videos.${video.name}: ${key} "${file}" is outside the workspace: use a path inside the repository`
        )
  return { file: shown, videos }
}

function checkManifest(source: Source, artifactNames: boolean): ManifestVideo[] {
  const result = ManifestFileSchema.safeParse(source.data)
  if (!result.success) {
    const issue =
      result.error.issues.find(each => each.code === 'unrecognized_keys') ?? result.error.issues[0]
    const at: PathSegment[] = issue.path.map(s => (typeof s === 'number' ? s : String(s)))
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]
      throw failAt(
        source.locate([...at, key], 'key'),
        `${describePath([...at, key], false)}: unknown key; ${knownKeys(at)}`
      )
    }
    throw failAt(source.locate(at), `${describePath(at, false)}: ${issue.message}`)
  }
  const { defaults = {}, videos } = result.data
  const entries = Object.entries(videos)
  if (entries.length === 0)
    throw failAt(source.locate(['videos']), 'videos: is empty: give at least one video')
  const claimed = {
    'output-path': new Map<string, string>(),
    'asset-name': new Map<string, string>(),
    artifact: new Map<string, string>()
  }
  return entries.map(([name, entry]) => {
    const at = source.locate(['videos', name], 'key')
    if (!VIDEO_NAME.test(name))
      throw failAt(
        at,
        `videos.${JSON.stringify(name)}: a video name is lower-case letters, digits, '.', '_' and '-', starting with a letter or digit`
      )
    const merged: VideoEntry = { ...defaults, ...entry, vars: { ...defaults.vars, ...entry.vars } }
    if (merged['project-id'] === undefined)
      throw failAt(at, `videos.${name}: project-id is required (here or in defaults)`)
    const video: ManifestVideo = {
      name,
      projectId: merged['project-id'],
      vars: Object.fromEntries(Object.entries(merged.vars ?? {}).map(([k, v]) => [k, String(v)])),
      outputPath: merged['output-path'] ?? `videos/${name}.mp4`,
      assetName: merged['asset-name'] ?? `${name}.mp4`,
      ...(merged.patch === undefined ? {} : { patch: merged.patch }),
      ...(merged.resolution === undefined ? {} : { resolution: merged.resolution }),
      ...(merged['workspace-id'] === undefined ? {} : { workspaceId: merged['workspace-id'] }),
      ...(merged['resume-project-id'] === undefined
        ? {}
        : { resumeProjectId: merged['resume-project-id'] }),
      at
    }
    for (const key of ['output-path', 'asset-name'] as const) {
      const value = key === 'output-path' ? video.outputPath : video.assetName
      const other = claimed[key].get(value)
      if (other !== undefined)
        throw failAt(
          entry[key] === undefined ? at : source.locate(['videos', name, key]),
          `videos.${name}: ${key} "${value}" is also the ${key} of ${other}: give each video its own`
        )
      claimed[key].set(value, name)
    }
    const artifact = path.basename(video.outputPath)
    const owner = claimed.artifact.get(artifact)
    if (artifactNames && owner !== undefined)
      throw failAt(
        entry['output-path'] === undefined ? at : source.locate(['videos', name, 'output-path']),
        `videos.${name}: output-path "${video.outputPath}" has the file name of ${owner}'s, and each video's artifact is named after its file: give it a file name of its own, e.g. ${name}.mp4`
      )
    claimed.artifact.set(artifact, name)
    return video
  })
}

function knownKeys(at: readonly PathSegment[]): string {
  if (at.length === 0) return 'a manifest has `videos` and optional `defaults`'
  return 'a video takes project-id, patch, vars, resolution, workspace-id, output-path, asset-name, resume-project-id'
}
