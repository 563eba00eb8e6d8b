import { shardLabel } from '../manifest/shard.js'
import type { GatheredRun } from '../run/gather.js'
import { spendingLine } from '../run/result.js'
import type { Settings } from '../settings/types.js'
import type { Runner } from './runner.js'
import { commentOnRun, reportRun } from './run-report.js'
import { fetchShardResults } from './shard-artifacts.js'
import { escapeHtml, heading, paragraph } from './summary.js'

/**
 * The gather job of a sharded run (`gather: true`): the shards' stored results merged in the manifest's
 * order, reported once: the run's totals, the outputs, the job summary and the pull request's one comment.
 * A missing shard's videos are failed, so the step fails (after reporting) as it does for a failed video.
 */
export async function gatherShards(
  runner: Runner,
  settings: Settings,
  { tempDir, cancelled }: { tempDir: string; cancelled: AbortSignal }
): Promise<void> {
  const files = await fetchShardResults(tempDir)
  const { gatherRun } = await import('../run/gather.js')
  const gathered = await gatherRun(settings, files)
  const totals = totalsLine(gathered)
  runner.log(totals)
  for (const shard of gathered.missing)
    runner.error(
      `Shard ${shardLabel(shard)} stored no results: its job was cancelled, or failed before it finished.`
    )
  await runner.summary(heading('AI Studios sharded run', 2) + paragraph(escapeHtml(totals)))
  await reportRun(runner, gathered.run, gathered.count)
  if (settings.prComment)
    await commentOnRun(
      runner,
      settings.prComment.token,
      { manifest: settings.manifest!.file },
      gathered.run,
      cancelled
    )
}

/**
 * The run's totals: "7 of 8 shards reported (missing: 3/8), 52 videos: 40 exports (…), 10 from the cache,
 * 0 resumed; 2 failed, 0 skipped."
 */
function totalsLine({ run, expected, reported, missing }: GatheredRun): string {
  const counted = (status: string): number =>
    run.results.filter(result => result.status === status).length
  const absent = missing.length > 0 ? ` (missing: ${missing.map(shardLabel).join(', ')})` : ''
  const spent = spendingLine(run.results).replace(/\.$/, '')
  return `${reported.length} of ${expected} shards reported${absent}, ${run.results.length} videos: ${spent}; ${counted('failed')} failed, ${counted('skipped')} skipped.`
}
