/*
 * The patch engine: load a committed patch file, plan its edits against a fetched project, and describe
 * them. Nothing here talks to the network; files are read through a passed-in `FileSource`.
 */
export { loadPatch, type LoadOptions } from './load.js'
export { planEdits } from './plan.js'
export { planJson, planLines, planTable } from './describe.js'
export { patchJsonSchema } from './schema.js'
export { nodeFiles } from './node-files.js'
export type { FileSource } from './files.js'
export type { Change, ClipInfo, Context, JsonValue, PatchDocument, PatchOp, Plan } from './types.js'
