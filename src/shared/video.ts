/** The rendered file, as the uploads need it. */
export interface Video {
  path: string
  size: number
  /** SHA-256 of the file, hex. */
  sha256: string
}

/**
 * What names a companion of the video (a file made from it, e.g. the poster frame): the targets deliver it
 * beside the video, the cache keeps it in the video's entry, and the report sets its outputs, all from this.
 */
export interface CompanionKind {
  /** Its outputs are `<name>-path` and `<name>-url`. */
  readonly name: string
  /** Its link's label in the summary, e.g. `Poster`. */
  readonly label: string
  /** Appended to the video's file name (and to its artifact and asset names), e.g. `.jpg`. */
  readonly suffix: string
  readonly contentType: string
}

/** A companion made for this video: at `<video path><suffix>`. */
export interface Companion extends Video {
  kind: CompanionKind
  /** What made it besides the video (e.g. the poster's time): a cached one is reused only when it is the same. */
  recipe: string
}
