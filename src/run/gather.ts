import { shardLabel, shardOf, shardsOf, type Shard } from '../manifest/shard.js'
import { ActionError } from '../shared/errors.js'
import type { Settings } from '../settings/types.js'
import { videoJobs } from './jobs.js'
import type { RunResult, VideoResult } from './result.js'
import { readShardFile, SHARD_FILE_PREFIX } from './shard-file.js'

/** A stored file of the workflow run: its artifact's name and its text. */
export interface StoredFile {
  name: string
  text: string
}

/** A sharded run put back together: every selected video in the manifest's order, and the shards that are not there. */
export interface GatheredRun {
  run: RunResult
  /** How many shards the run was split into (`n` of `i/n`). */
  count: number
  /** How many of them hold a selected video: the matrix's jobs. */
  expected: number
  /** The shards that stored their results. */
  reported: Shard[]
  /** The shards that hold a selected video but stored no results (cancelled, or failed before storing them). */
  missing: Shard[]
}

/**
 * Merges the shards' results into one run, in the manifest's order (the gather's own manifest and `only`). A
 * video no shard reported is failed, naming its shard, so the report shows it and the gather fails.
 */
export async function gatherRun(
  settings: Settings,
  files: readonly StoredFile[]
): Promise<GatheredRun> {
  if (files.length === 0)
    throw new ActionError(
      `No shard stored its results in this workflow run (no artifact named ${SHARD_FILE_PREFIX}*): run the shard jobs with \`shard\` first, and the gather job after them (\`needs:\` and \`if: always()\`).`,
      { input: 'gather' }
    )
  const shards = files.map(file => readShardFile(file.name, file.text))
  const count = shards[0].shard.count
  const other = shards.find(each => each.shard.count !== count)
  if (other)
    throw new ActionError(
      `This workflow run holds shards of ${count} and of ${other.shard.count}: every shard job of a run must have the same count; re-run the workflow.`,
      { input: 'gather' }
    )
  const byName = new Map(shards.flatMap(each => each.results).map(result => [result.name, result]))
  const { jobs } = await videoJobs(settings)
  const missing = new Set<number>()
  const results = jobs.map((job): VideoResult => {
    const found = byName.get(job.name)
    if (found) return found
    const index = shardOf(job.name, count)
    missing.add(index)
    return {
      name: job.name,
      status: 'failed',
      sourceProjectId: job.projectId,
      error: new ActionError(
        `its shard ${shardLabel({ index, count })} stored no results (the job was cancelled, or failed before it finished): re-run that job, then the gather.`
      )
    }
  })
  return {
    run: { kind: 'manifest', results },
    count,
    expected: shardsOf(
      jobs.map(job => job.name),
      count
    ).length,
    reported: shards.map(each => each.shard).sort((a, b) => a.index - b.index),
    missing: [...missing].sort((a, b) => a - b).map(index => ({ index, count }))
  }
}
