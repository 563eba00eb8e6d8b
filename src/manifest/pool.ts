/** How one item's work ended. */
export type VideoOutcome<T> =
  | { name: string; status: 'done'; value: T }
  | { name: string; status: 'failed'; error: unknown }
  | { name: string; status: 'skipped' }

export interface PoolOptions {
  /** Items in flight at once (at least 1). */
  maxParallel: number
  /** After a failure no further item starts; those already started are still awaited. */
  failFast: boolean
}

/**
 * Runs `work` for each item, at most `maxParallel` at a time, in the items' order. A failure ends
 * that item only; every item gets an outcome, in the items' order.
 */
export async function runPool<I extends { name: string }, T>(
  items: readonly I[],
  work: (item: I) => Promise<T>,
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
        outcomes[index] = { name: item.name, status: 'done', value: await work(item) }
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
