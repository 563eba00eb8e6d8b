import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { loadManifest } from '../../../src/manifest/load.js'
import { manifestJsonSchema } from '../../../src/manifest/schema.js'
import { selectVideos } from '../../../src/manifest/select.js'
import { ActionError } from '../../../src/shared/errors.js'
import { memoryFiles, WORKSPACE } from '../patch/helpers.js'

const load = (text: string) =>
  loadManifest('videos.yaml', { workspace: WORKSPACE, files: memoryFiles({ 'videos.yaml': text }) })

async function failure(text: string): Promise<ActionError> {
  const error = await load(text).then(
    () => undefined,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(ActionError)
  return error as ActionError
}

const ISSUE_EXAMPLE = [
  'defaults:',
  "  resolution: '1080'",
  '  vars: { brand: Acme }',
  'videos:',
  '  tour-en:',
  '    project-id: 65fa6b07dca2e367461a2925',
  '    patch: videos/tour.yaml',
  '    vars: { lang: en, greeting: Welcome }',
  '  tour-ko:',
  '    project-id: 65fa6b07dca2e367461a2925',
  '    patch: videos/tour.yaml',
  '    vars: { lang: ko, greeting: 환영합니다, brand: 에크미 }',
  '  onboarding:',
  '    project-id: 7711aa07dca2e367461a2999',
  "    resolution: '720'",
  '    output-path: out/onboarding.mp4'
].join('\n')

describe('the manifest', () => {
  it('applies the defaults under each video and names outputs after the video', async () => {
    const manifest = await load(ISSUE_EXAMPLE)
    expect(manifest.videos.map(video => video.name)).toEqual(['tour-en', 'tour-ko', 'onboarding'])
    const [en, ko, onboarding] = manifest.videos
    expect(en).toMatchObject({
      projectId: '65fa6b07dca2e367461a2925',
      patch: 'videos/tour.yaml',
      resolution: '1080',
      vars: { brand: 'Acme', lang: 'en', greeting: 'Welcome' },
      outputPath: 'videos/tour-en.mp4',
      assetName: 'tour-en.mp4',
      at: { file: 'videos.yaml', line: 5, column: 3 }
    })
    expect(ko.vars).toEqual({ brand: '에크미', lang: 'ko', greeting: '환영합니다' })
    expect(onboarding).toMatchObject({
      resolution: '720',
      outputPath: 'out/onboarding.mp4',
      assetName: 'onboarding.mp4'
    })
    expect(onboarding.patch).toBeUndefined()
  })

  it('reads JSON too', async () => {
    const manifest = await load('{"videos": {"a": {"project-id": "p1", "vars": {"n": 2}}}}')
    expect(manifest.videos[0]).toMatchObject({ name: 'a', vars: { n: '2' } })
  })

  it.each([
    [
      'an unknown key of a video, at the key',
      'videos:\n  a:\n    project-id: p\n    resolutoin: "720"',
      'videos.yaml line 4, column 5: videos.a.resolutoin: unknown key',
      { line: 4, column: 5 }
    ],
    [
      'an unknown top-level key',
      'video:\n  a: {project-id: p}',
      'videos.yaml line 1, column 1: video: unknown key',
      { line: 1, column: 1 }
    ],
    [
      'an unknown key in defaults',
      'defaults:\n  projectid: p\nvideos:\n  a: {project-id: p}',
      'videos.yaml line 2, column 3: defaults.projectid: unknown key',
      { line: 2, column: 3 }
    ],
    [
      'a bad video name, at the name',
      'videos:\n  ok: {project-id: p}\n  Tour_EN: {project-id: p}',
      'videos.yaml line 3, column 3: videos."Tour_EN": a video name is lower-case',
      { line: 3, column: 3 }
    ],
    [
      'a missing project-id',
      'videos:\n  a: {patch: p.yaml}',
      'videos.yaml line 2, column 3: videos.a: project-id is required',
      { line: 2, column: 3 }
    ],
    [
      'a bad resolution',
      "videos:\n  a: {project-id: p, resolution: '2k'}",
      'videos.yaml line 2, column 34: videos.a.resolution:',
      { line: 2, column: 34 }
    ],
    [
      'two videos with one output path, at the second',
      'videos:\n  a: {project-id: p, output-path: v.mp4}\n  b:\n    project-id: q\n    output-path: v.mp4',
      'videos.yaml line 5, column 18: videos.b: output-path "v.mp4" is also the output-path of a',
      { line: 5, column: 18 }
    ],
    [
      'two videos with one asset name by default',
      'videos:\n  a: {project-id: p, asset-name: b.mp4}\n  b: {project-id: q}',
      'videos.yaml line 3, column 3: videos.b: asset-name "b.mp4" is also the asset-name of a',
      { line: 3, column: 3 }
    ],
    [
      'a patch outside the workspace',
      'videos:\n  a:\n    project-id: p\n    patch: ../elsewhere.yaml',
      'videos.yaml line 4, column 12: videos.a: patch "../elsewhere.yaml" is outside the workspace',
      { line: 4, column: 12 }
    ],
    ['no videos', 'videos: {}', 'videos.yaml line 1, column 9: videos: is empty', { line: 1 }],
    ['an empty file', '\n', 'videos.yaml line 1, column 1: the manifest is empty', { line: 1 }]
  ])('locates %s', async (_, text, message, at) => {
    const error = await failure(text)
    expect(error.message).toContain(message)
    expect(error.details.location).toMatchObject({ file: 'videos.yaml', ...at })
  })

  it('refuses two videos whose artifacts would share a file name, when artifacts are uploaded', async () => {
    const text =
      'videos:\n  en: {project-id: p, output-path: out/en/tour.mp4}\n  ko:\n    project-id: p\n    output-path: out/ko/tour.mp4'
    const files = memoryFiles({ 'videos.yaml': text })
    // Without artifacts the files only need their own paths.
    await expect(
      loadManifest('videos.yaml', { workspace: WORKSPACE, files })
    ).resolves.toBeDefined()
    const error: unknown = await loadManifest('videos.yaml', {
      workspace: WORKSPACE,
      files,
      artifactNames: true
    }).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).message).toBe(
      'videos.yaml line 5, column 18: videos.ko: output-path "out/ko/tour.mp4" has the file name of en\'s, and each video\'s artifact is named after its file: give it a file name of its own, e.g. ko.mp4'
    )
  })

  it('names a missing manifest file', async () => {
    const error: unknown = await loadManifest('nope.yaml', {
      workspace: WORKSPACE,
      files: memoryFiles({})
    }).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).message).toMatch(/^nope\.yaml: the manifest file /)
  })
})

describe('only', () => {
  it('selects the named videos in manifest order, comma- or newline-separated', async () => {
    const { videos } = await load(ISSUE_EXAMPLE)
    expect(selectVideos(videos, '').map(video => video.name)).toHaveLength(3)
    expect(selectVideos(videos, 'onboarding, tour-en').map(v => v.name)).toEqual([
      'tour-en',
      'onboarding'
    ])
    expect(selectVideos(videos, 'tour-ko\n\n').map(v => v.name)).toEqual(['tour-ko'])
  })

  it('names the videos it does not know, and the ones it does', async () => {
    const { videos } = await load(ISSUE_EXAMPLE)
    expect(() => selectVideos(videos, 'tour-en,tour-fr')).toThrow(
      'Input `only` names "tour-fr", not in the manifest: use one of tour-en, tour-ko, onboarding.'
    )
  })
})

describe('schema/manifest.schema.json', () => {
  it('is what the zod schema generates (else run: node script/gen-patch-schema.js)', async () => {
    const committed: unknown = JSON.parse(
      await readFile(path.resolve('schema/manifest.schema.json'), 'utf8')
    )
    expect(committed).toEqual(manifestJsonSchema())
  })
})
