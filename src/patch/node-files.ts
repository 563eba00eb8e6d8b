import { realpath } from 'node:fs/promises'
import { readRegularFile } from '../shared/workspace-files.js'
import { MAX_TEXT_BYTES, type FileSource } from './files.js'

/**
 * The file system as the engine reads it in a run: only regular files, never more than a text file may
 * hold, so a FIFO or a device is refused instead of hanging the run.
 */
export const nodeFiles: FileSource = {
  realpath,
  readFile: file => readRegularFile(file, MAX_TEXT_BYTES)
}
