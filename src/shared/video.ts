/** The rendered file, as the uploads need it. */
export interface Video {
  path: string
  size: number
  /** SHA-256 of the file, hex. */
  sha256: string
}
