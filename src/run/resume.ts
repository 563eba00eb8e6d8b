import { RenderFailedError } from '../render/wait.js'
import type { VideoResult } from './result.js'

/**
 * The render a failed video can be fetched from without a new export: the one it started or resumed, unless
 * AI Studios said that render failed (there is nothing to fetch then).
 */
export function resumableRender(
  result: Pick<VideoResult, 'renderId' | 'error'>
): string | undefined {
  return result.error instanceof RenderFailedError ? undefined : result.renderId
}

/**
 * The one sentence that tells how to fetch a paid-for render: a single video names the setting in the words
 * of the user's edge; a manifest's video names its manifest key, the same at every edge.
 */
export function resumeHint(
  renderId: string,
  where: { video: string } | { setting: (renderId: string) => string }
): string {
  return 'video' in where
    ? `To download it without a new export, set \`resume-project-id: ${renderId}\` on video ${where.video} in the manifest.`
    : `To download it without a new export, re-run with ${where.setting(renderId)}.`
}
