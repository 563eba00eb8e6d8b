import type { parseSettings } from './parse.js'

/** Everything a run needs, checked before the first network call: what the parser gives. */
export type Settings = ReturnType<typeof parseSettings>

/**
 * One video's job: what to render, from what, and where it goes; the run's settings less what every video
 * of the run shares.
 */
export type VideoSettings = Omit<Settings, RunWide>

/** What the run shares among its videos: the account, the deadlines, the manifest, the cache, the comment and the export budget. */
type RunWide =
  | 'credentials'
  | 'apiUrl'
  | 'timeoutMs'
  | 'requestTimeoutMs'
  | 'manifest'
  | 'cache'
  | 'prComment'
  | 'maxExports'
