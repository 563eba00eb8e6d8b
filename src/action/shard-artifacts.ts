import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import { deliverVideo, prepareDelivery } from '../deliver/index.js'
import { shardLabel, type Shard } from '../manifest/shard.js'
import type { StoredFile } from '../run/gather.js'
import type { VideoResult } from '../run/result.js'
import { SHARD_FILE_PREFIX, shardFileName, shardFileText } from '../run/shard-file.js'
import type { Clock } from '../shared/clock.js'
import { within } from '../shared/deadline.js'
import { ActionError, messageOf } from '../shared/errors.js'
import type { Settings } from '../settings/types.js'
import type { Runner } from './runner.js'

/** Where the run is: RUNNER_TEMP for the file, the clock of the upload's retries, the job's cancel. */
export interface ShardHost {
  tempDir: string
  clock: Clock
  cancelled: AbortSignal
}

/**
 * Stores a shard's results as an artifact of the workflow run, through the videos' own artifact delivery
 * (checked, retried, replaced on a re-run of the job), for the gather job, which posts the pull request's
 * comment. A shard whose results cannot be stored fails: the gather would report its videos as missing.
 */
export async function storeShardResults(
  runner: Runner,
  settings: Settings,
  results: readonly VideoResult[],
  shard: Shard,
  { tempDir, clock, cancelled }: ShardHost
): Promise<void> {
  if (settings.prComment)
    runner.log(
      `pr-comment: shard ${shardLabel(shard)} leaves the pull request's comment to the gather job (gather: true).`
    )
  const file = path.join(tempDir, shardFileName(shard))
  const text = shardFileText(shard, results)
  await writeFile(file, text)
  const video = {
    path: file,
    size: Buffer.byteLength(text),
    sha256: createHash('sha256').update(text).digest('hex')
  }
  const log = (line: string): void => runner.log(line)
  const options = {
    modes: new Set(['artifact'] as const),
    overwrite: true,
    retentionDays: settings.delivery.retentionDays
  }
  try {
    // On the process's time, as a video's delivery: the bound is for I/O that no clock sees.
    await within(
      settings.uploadTimeoutMs,
      cancelled,
      () =>
        new ActionError(
          `The upload did not finish within \`upload-timeout-minutes\` (${settings.uploadTimeoutMs / 60_000}).`,
          { input: 'upload-timeout-minutes' }
        ),
      async bound => {
        const prepared = await prepareDelivery(options, file, runner.env, log, clock)
        await deliverVideo(prepared, video, log, bound)
      }
    )
  } catch (error) {
    runner.error(
      `Shard ${shardLabel(shard)}: its results could not be stored for the gather job, which will report its videos as missing: ${messageOf(error)}`
    )
    runner.fail()
  }
}

/**
 * Every shard's results stored in this workflow run: the newest artifact of each name, downloaded into a
 * directory of its own under `tempDir`.
 */
export async function fetchShardResults(tempDir: string): Promise<StoredFile[]> {
  const client = new DefaultArtifactClient()
  try {
    const { artifacts } = await client.listArtifacts({ latest: true })
    const shards = artifacts.filter(artifact => artifact.name.startsWith(SHARD_FILE_PREFIX))
    const files: StoredFile[] = []
    for (const artifact of shards) {
      const dir = await mkdtemp(path.join(tempDir, 'shard-'))
      await client.downloadArtifact(artifact.id, { path: dir })
      const [name] = await readdir(dir)
      files.push({ name: artifact.name, text: await readFile(path.join(dir, name), 'utf8') })
    }
    return files
  } catch (error) {
    throw new ActionError(
      `The gather could not read this workflow run's artifacts: ${messageOf(error).split('\n')[0]}. It needs the Actions runtime of a job (not a container step that drops it); re-run the job.`,
      { input: 'gather' }
    )
  }
}
