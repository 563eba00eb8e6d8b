import type { parseSettings } from './parse.js'

/** Everything a run needs, checked before the first network call: what the parser gives. */
export type Settings = ReturnType<typeof parseSettings>

/**
 * One video's job: what to render, from what, and where it goes; the run's settings less what every video
 * of the run shares (the account, the deadlines, the manifest, the cache and the comment).
 */
export type VideoSettings = Omit<
  Settings,
  'credentials' | 'apiUrl' | 'timeoutMs' | 'requestTimeoutMs' | 'manifest' | 'cache' | 'prComment'
>
