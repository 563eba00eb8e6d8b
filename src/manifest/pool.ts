/** How one video's story ended. */
export type VideoOutcome<T> =
  | { name: string; status: 'done'; value: T }
  | { name: string; status: 'failed'; error: unknown }
  | { name: string; status: 'skipped' }

export interface PoolOptions {
  /** Stories in flight at once (at least 1). */
  maxParallel: number
  /** After a failure no further story starts; those already started are still awaited. */
  failFast: boolean
}

/**
 * Runs one story per item, at most `maxParallel` at a time, in the items' order. A story's failure ends
 * that item only; every item gets an outcome, in the items' order.
 */
export async function runPool<I extends { name: string }, T>(
  items: readonly I[],
  story: (item: I) => Promise<T>,
  { maxParallel, failFast }: PoolOptions
): Promise<VideoOutcome<T>[]> {
  const outcomes: VideoOutcome<T>[] = items.map(item => ({ name: item.name, status: 'skipped' }))
  let next = 0
  let failed = false
  const worker = async (): Promise<void> => {
    while (next < items.length && !(failFast && failed)) {
      const index = next++
      const item = items[index]
      try {
        outcomes[index] = { name: item.name, status: 'done', value: await story(item) }
      } catch (error) {
        failed = true
        outcomes[index] = { name: item.name, status: 'failed', error }
      }
    }
  }
  const width = Math.max(1, Math.min(maxParallel, items.length))
  await Promise.all(Array.from({ length: width }, worker))
  return outcomes
}
