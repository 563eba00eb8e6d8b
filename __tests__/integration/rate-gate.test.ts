import { afterEach, describe, expect, it } from '@jest/globals'
import { StudioClient } from '../../src/aistudios/client.js'
import {
  LEGACY_PROJECT_ID,
  SAMPLE_PROJECT_ID,
  startAiStudiosSim,
  type Sim
} from '../../sim/aistudios/server.js'

let sim: Sim | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

describe("the client's one rate gate", () => {
  it('holds every request of the client, of any kind, until the end of a 429 pause, and fails none', async () => {
    // The wall clock: on simulated time the retry's sleep would move the clock while the others' requests fly.
    sim = await startAiStudiosSim({ renderMs: 60_000 })
    const started = sim
    started.inject({ route: 'project', kind: 'status', status: 429, retryAfter: '2' })
    const others: Promise<unknown>[] = []
    const studio = new StudioClient({
      apiUrl: started.apiUrl,
      credentials: { apiKey: 'sim-api-key' },
      signal: new AbortController().signal,
      requestTimeoutMs: 5000,
      onSecret: () => undefined,
      // Told once the 429 is read and the pause set: the requests sent from here on must wait for its end.
      reporter: {
        log: () => undefined,
        warn: () => {
          others.push(
            studio.getProject(LEGACY_PROJECT_ID),
            studio.progress(SAMPLE_PROJECT_ID).catch(() => 'no render: answered, not held'),
            studio.startExport({
              route: 'export',
              path: 'editor/project/export',
              body: { projectId: LEGACY_PROJECT_ID, resolution: '1080' }
            })
          )
        }
      }
    })
    await expect(studio.getProject(SAMPLE_PROJECT_ID)).resolves.toMatchObject({
      _id: SAMPLE_PROJECT_ID
    })
    await Promise.all(others)
    expect(others).toHaveLength(3)
    const [paused, ...after] = started.requests
    expect(paused.fault).toBe('status')
    expect(after).toHaveLength(4)
    for (const request of after) expect(request.at - paused.at).toBeGreaterThanOrEqual(2000)
    expect(started.exports).toHaveLength(1)
  })
})
