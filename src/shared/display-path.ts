import path from 'node:path'
import { isInside } from './workspace-files.js'

/** A path as messages show it: relative to the workspace, with forward slashes; as given when outside it. */
export function displayPath(workspace: string, file: string): string {
  return isInside(workspace, file) ? path.relative(workspace, file).split(path.sep).join('/') : file
}
