import path from 'node:path'

/** `videos/<slug of the project name>.mp4` in the workspace; the project id when the name has no letters. */
export function defaultOutputPath(
  workspace: string,
  projectName: string | undefined,
  projectId: string
): string {
  return path.join(workspace, 'videos', `${slug(projectName ?? '') || projectId}.mp4`)
}

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '')
}
