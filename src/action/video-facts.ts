import type { DeliveryLink } from '../deliver/target.js'
import { projectOutline } from '../outline/outline.js'
import type { Plan } from '../patch/index.js'
import { spokenLength } from '../patch/spoken.js'
import type { RenderReport } from '../run/job.js'
import { formatBytes } from '../shared/format.js'
import { link } from './summary.js'

/** Where a delivered video can be watched, and what a reviewer sees before opening it. */
export interface Watch {
  /** The delivery targets' links, in their order; a poster's is labelled `Poster`. */
  links: DeliveryLink[]
  /** Seconds. */
  duration: number
  width: number
  height: number
  /** Bytes. */
  size: number
}

export const watchOf = (report: RenderReport): Watch => ({
  links: report.delivery.links,
  duration: report.facts.duration,
  width: report.facts.width,
  height: report.facts.height,
  size: report.video.size
})

const POSTER = 'Poster'

/**
 * "Watch · 3.0 s · 320x180 · 2.0 KiB · Poster". Whatever the targets, the first link that is not a poster
 * is the video itself (an artifact, a release asset), which GitHub opens in the browser. A poster is a link
 * only: whether GitHub would show it as an image (a public repository's asset) is not knowable from here.
 */
export function watchHtml(watch: Watch): string {
  const [video] = watch.links.filter(each => each.label !== POSTER)
  return [
    video ? link('Watch', video.url) : '',
    `${watch.duration.toFixed(1)} s`,
    `${watch.width}x${watch.height}`,
    formatBytes(watch.size),
    ...watch.links.filter(each => each.label === POSTER).map(each => link(POSTER, each.url))
  ]
    .filter(Boolean)
    .join(' · ')
}

/** The targets' links after the video's own: a release's page, say. */
export function otherLinksHtml(watch: Watch): string {
  const [, ...others] = watch.links.filter(each => each.label !== POSTER)
  return others.map(each => link(each.text, each.url)).join(' · ')
}

/**
 * What the patched project says of its scenes: how many, and the characters each speaks (a scene with no
 * speech, 0; speech that cannot be told apart, a dash). No timings: those are only known of the video.
 */
export function scenesLine(plan: Plan): string {
  const { scenes } = projectOutline(plan.project)
  const chars = scenes.map(scene =>
    scene.scripts.some(script => script.text === null)
      ? '—'
      : String(scene.scripts.reduce((sum, script) => sum + spokenLength(script.text ?? ''), 0))
  )
  const count = `${scenes.length} scene${scenes.length === 1 ? '' : 's'}`
  return scenes.length ? `${count}; characters of script per scene: ${chars.join(', ')}` : count
}
