import { describe, expect, it } from '@jest/globals'
import { checkExportBudget } from '../../../src/manifest/guard.js'
import { runPool } from '../../../src/manifest/pool.js'

/** Stories that end only when the test says so, recording how many are in flight. */
function controlledStories() {
  const pending = new Map<string, { resolve: () => void; reject: (e: Error) => void }>()
  const started: string[] = []
  let inFlight = 0
  let maxInFlight = 0
  const story = (item: { name: string }) =>
    new Promise<string>((resolve, reject) => {
      started.push(item.name)
      maxInFlight = Math.max(maxInFlight, ++inFlight)
      const done = () => inFlight--
      pending.set(item.name, {
        resolve: () => (done(), resolve(`${item.name} ok`)),
        reject: error => (done(), reject(error))
      })
    })
  const settle = async (name: string, error?: Error) => {
    await waitFor(() => pending.has(name))
    const control = pending.get(name)!
    if (error) control.reject(error)
    else control.resolve()
  }
  return { story, started, settle, max: () => maxInFlight }
}

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise(resolve => setImmediate(resolve))
}

const items = (...names: string[]) => names.map(name => ({ name }))

describe('the pool', () => {
  it('keeps at most max-parallel stories in flight and gives every item its outcome, in order', async () => {
    const stories = controlledStories()
    const run = runPool(items('a', 'b', 'c', 'd'), stories.story, {
      maxParallel: 2,
      failFast: false
    })
    await waitFor(() => stories.started.length === 2)
    expect(stories.started).toEqual(['a', 'b'])
    await stories.settle('b', new Error('render failed'))
    await stories.settle('c')
    await stories.settle('a')
    await stories.settle('d')
    const outcomes = await run
    expect(stories.max()).toBe(2)
    expect(outcomes.map(outcome => [outcome.name, outcome.status])).toEqual([
      ['a', 'done'],
      ['b', 'failed'],
      ['c', 'done'],
      ['d', 'done']
    ])
    expect(outcomes[0]).toMatchObject({ value: 'a ok' })
    expect(outcomes[1]).toMatchObject({ error: new Error('render failed') })
  })

  it('with fail-fast starts nothing after a failure but awaits the stories already started', async () => {
    const stories = controlledStories()
    const run = runPool(items('a', 'b', 'c', 'd'), stories.story, {
      maxParallel: 2,
      failFast: true
    })
    await stories.settle('a', new Error('boom'))
    await waitFor(() => stories.started.length === 2)
    let finished = false
    void run.then(() => (finished = true))
    await new Promise(resolve => setImmediate(resolve))
    expect(finished).toBe(false)
    await stories.settle('b')
    const outcomes = await run
    expect(stories.started).toEqual(['a', 'b'])
    expect(outcomes.map(outcome => outcome.status)).toEqual([
      'failed',
      'done',
      'skipped',
      'skipped'
    ])
  })

  it('runs everything at once when max-parallel is above the count', async () => {
    const stories = controlledStories()
    const run = runPool(items('a', 'b', 'c'), stories.story, { maxParallel: 10, failFast: false })
    await waitFor(() => stories.started.length === 3)
    for (const name of ['c', 'b', 'a']) await stories.settle(name)
    expect((await run).every(outcome => outcome.status === 'done')).toBe(true)
    expect(stories.max()).toBe(3)
  })
})

describe('max-exports', () => {
  it('lets the need through up to the limit, and any need with 0', () => {
    expect(() => checkExportBudget(['a', 'b'], 2)).not.toThrow()
    expect(() => checkExportBudget(['a', 'b', 'c'], 0)).not.toThrow()
    expect(() => checkExportBudget([], 1)).not.toThrow()
  })

  it('refuses more, naming the videos and how to raise it', () => {
    expect(() => checkExportBudget(['a', 'b', 'c'], 2)).toThrow(
      '3 videos need an export (a, b, c), more than `max-exports` 2: nothing was exported; set `max-exports: 3` (or 0 for no limit)'
    )
  })
})
