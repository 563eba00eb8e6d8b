import type { TargetName } from './targets.js'

export type UploadMode = TargetName

export interface DeliveryOptions {
  /** Empty for `upload: none`. */
  modes: Set<UploadMode>
  /** Undefined: the repository's default retention. */
  retentionDays?: number
  /** Replace an artifact or release asset of the same name instead of failing. */
  overwrite: boolean
  /** Set when `modes` has 'release'. */
  releaseTag?: string
  /** Undefined: the video file's name. */
  assetName?: string
  /** Set when `modes` has 'release'. */
  token?: string
}
