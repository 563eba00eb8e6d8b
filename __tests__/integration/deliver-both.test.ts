// The whole delivery flow as main.ts runs it: inputs → prepare (before the render) → deliver.
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { runnerEnv } from '../../sim/github/env.js'
import { startReleasesApi } from '../../sim/github/releases.js'
import { startResultsService } from '../../sim/github/results.js'
import { DELIVERY_OUTPUTS, deliverVideo, prepareDelivery } from '../../src/deliver/index.js'
import { parseDeliveryOptions, type RawDeliveryInputs } from '../helpers/delivery-inputs.js'
import { failureOf, logSink, tempDir, useEnv, writeVideo } from './deliver-fixtures.js'

let results: Awaited<ReturnType<typeof startResultsService>>
let releases: Awaited<ReturnType<typeof startReleasesApi>>
let dir: string
let restoreEnv: () => void

const inputs = (overrides: Partial<RawDeliveryInputs>): RawDeliveryInputs => ({
  upload: 'artifact,release',
  'retention-days': '',
  overwrite: '',
  'release-tag': '',
  'asset-name': '',
  'github-token': 'ghs_test',
  ...overrides
})

async function start(): Promise<void> {
  // The in-memory blob store: Azurite is covered by deliver-artifact.test.ts.
  results = await startResultsService({ blob: 'memory' })
  releases = await startReleasesApi()
  releases.addRelease({ tag: 'v2.0.0', draft: true })
  restoreEnv = useEnv(
    runnerEnv({
      results,
      releases,
      workspace: dir,
      runnerTemp: path.join(dir, 'runner-temp'),
      eventName: 'release',
      ref: 'refs/tags/v2.0.0'
    })
  )
}

beforeEach(() => {
  dir = tempDir('deliver-both')
})

afterEach(async () => {
  restoreEnv()
  await Promise.all([results.close(), releases.close()])
  fs.rmSync(dir, { recursive: true, force: true })
})

it('uploads to both, taking the release tag from the release event', async () => {
  await start()
  const video = writeVideo(dir, 'demo.mp4', 300 * 1024)
  const { log, lines } = logSink()

  const options = parseDeliveryOptions(inputs({}), process.env)
  const prepared = await prepareDelivery(options, 'demo.mp4', process.env, log)
  const result = await deliverVideo(prepared, video, log)

  expect(options.releaseTag).toBe('v2.0.0')
  expect((await results.readArtifactBytes('demo.mp4')).equals(video.bytes)).toBe(true)
  const [asset] = releases.state.releases[0].assets
  expect(asset.bytes.equals(video.bytes)).toBe(true)
  expect(Object.keys(result.outputs)).toEqual([...DELIVERY_OUTPUTS])
  expect(Object.keys(result.outputs).sort()).toEqual(
    [
      'artifact-digest',
      'artifact-id',
      'artifact-url',
      'asset-url',
      'release-id',
      'release-url'
    ].sort()
  )
  expect(result.links.map(l => l.label)).toEqual(['Artifact', 'Release asset', 'Release'])
  expect(lines).toContain(
    'Release v2.0.0 (draft) found (id 1); the video will be uploaded as demo.mp4.'
  )
})

it('says where the artifact is when the release upload then fails', async () => {
  await start()
  const video = writeVideo(dir, 'demo.mp4', 1024)
  const prepared = await prepareDelivery(
    parseDeliveryOptions(inputs({}), process.env),
    'demo.mp4',
    process.env,
    () => {}
  )
  // Write access was proven before the render; it is withdrawn during it.
  releases.inject({
    route: 'upload',
    kind: 'status',
    status: 403,
    msg: 'Resource not accessible by integration'
  })

  const error = await failureOf(deliverVideo(prepared, video, () => {}))

  const id = results.artifacts[0].id
  expect(error.message).toMatch(
    new RegExp(
      `^The video was uploaded as workflow artifact https://github.com/o/r/actions/runs/4242/artifacts/${id}, ` +
        'but not to the release: The github-token may not upload demo.mp4 to release v2.0.0'
    )
  )
})

it('does nothing at all for upload: none', async () => {
  await start()
  const video = writeVideo(dir, 'demo.mp4', 1024)

  const options = parseDeliveryOptions(inputs({ upload: 'none' }), process.env)
  const result = await deliverVideo(
    await prepareDelivery(options, 'demo.mp4', process.env, () => {}),
    video,
    () => {}
  )

  expect(result).toEqual({ outputs: {}, links: [], where: '' })
  expect(results.requests).toEqual([])
  expect(releases.requests).toEqual([])
})
