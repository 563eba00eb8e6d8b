import type { Reporter } from '../shared/reporter.js'
import type { VideoCache } from './video-cache.js'

/**
 * What AI Studios says of a render: still going or done, failed (or not known to it), or no clear answer
 * (unreadable, or no answer at all). The caller asks; the cache does not talk to AI Studios.
 */
export type RenderProbe = (
  renderId: string
) => Promise<{ state: 'going' } | { state: 'failed' | 'unclear'; reason: string }>

/**
 * The render a cut-short run started for this content, if AI Studios still has it going or done; when it says
 * the render failed or does not know it, undefined (and why), so the run exports anew. An answer that says
 * neither is no reason to pay again: the render is resumed and the wait decides.
 */
export async function cachedRender(
  cache: VideoCache,
  hash: string,
  probe: RenderProbe,
  reporter: Reporter
): Promise<string | undefined> {
  const renderId = await cache.lookupRender(hash)
  if (!renderId) return undefined
  const answer = await probe(renderId)
  if (answer.state === 'going') {
    reporter.log(
      `Cache: resuming render ${renderId}, started earlier for this content (0 new exports).`
    )
    return renderId
  }
  if (answer.state === 'unclear') {
    reporter.log(
      `Cache: AI Studios gave no clear answer about the cached render ${renderId} (${answer.reason}); resuming it rather than exporting again.`
    )
    return renderId
  }
  reporter.log(
    `Cache: the cached render ${renderId} cannot be resumed (${answer.reason}); exporting anew.`
  )
  return undefined
}
