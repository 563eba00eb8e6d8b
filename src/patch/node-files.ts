import { readFile, realpath } from 'node:fs/promises'
import type { FileSource } from './files.js'

/** The file system as the engine reads it in a run. */
export const nodeFiles: FileSource = { realpath, readFile }
