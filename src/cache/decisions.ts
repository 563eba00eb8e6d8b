import type { StudioClient } from '../aistudios/client.js'
import { StudioError } from '../aistudios/transport.js'
import { classifyProgress } from '../render/wait.js'
import type { Reporter } from '../shared/reporter.js'
import type { VideoCache } from './video-cache.js'

/**
 * The render a cut-short run started for this content, if AI Studios still has it going or done; when it says
 * the render failed or does not know it, undefined (and why), so the story exports anew. An answer that says
 * neither (unreadable, or no answer) is no reason to pay again: the render is resumed and the wait decides.
 */
export async function cachedRender(
  cache: VideoCache,
  hash: string,
  studio: StudioClient,
  reporter: Reporter
): Promise<string | undefined> {
  const renderId = await cache.lookupRender(hash)
  if (!renderId) return undefined
  try {
    const status = classifyProgress(await studio.progress(renderId))
    if (status.kind !== 'failed') {
      reporter.log(
        `Cache: resuming render ${renderId}, started earlier for this content (0 new exports).`
      )
      return renderId
    }
    reporter.log(`Cache: the cached render ${renderId} failed (${status.reason}); exporting anew.`)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    if (error instanceof StudioError && (error.transient || error.kind === 'unreadable')) {
      reporter.log(
        `Cache: AI Studios gave no clear answer about the cached render ${renderId} (${reason}); resuming it rather than exporting again.`
      )
      return renderId
    }
    reporter.log(
      `Cache: AI Studios cannot report the cached render ${renderId} (${reason}); exporting anew.`
    )
  }
  return undefined
}
