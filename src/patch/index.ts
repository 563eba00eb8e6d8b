/*
 * The patch engine: load a committed patch file, plan its edits against a fetched project, and describe
 * them. Nothing here talks to the network; files are read through a passed-in `FileSource` (files.ts).
 */
export { loadPatch } from './load.js'
export { planEdits } from './plan.js'
export { planJson, planLines, planTable } from './describe.js'
export { patchJsonSchema } from './schema.js'
export { nodeFiles } from './node-files.js'
export type { Change, PatchDocument, Plan } from './types.js'
