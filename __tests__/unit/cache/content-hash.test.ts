import { describe, expect, it } from '@jest/globals'
import { readJson } from '../../../src/aistudios/exact-json.js'
import { exportRequest, type ExportSettings } from '../../../src/aistudios/export-request.js'
import { ProjectSchema, type Project } from '../../../src/aistudios/schema.js'
import { canonicalJson, contentHash } from '../../../src/cache/content-hash.js'
import { productTour } from '../../fixtures/projects.js'
import { plan } from '../patch/helpers.js'

const SETTINGS: ExportSettings = { resolution: '1080', workspaceId: 'ws-1' }

async function patchedHash(
  text: string,
  settings = SETTINGS,
  file = 'patch.yaml'
): Promise<string> {
  const project = productTour()
  const edited = (await plan(text, project, { file })).project
  return contentHash(exportRequest('p-1', settings, edited), project)
}

const YAML = 'scenes:\n  - scene: 2\n    script: "The dashboard, live."\n'

describe('the content hash', () => {
  it('is v2- and 64 hex digits', async () => {
    expect(await patchedHash(YAML)).toMatch(/^v2-[0-9a-f]{64}$/)
  })

  it('ignores whitespace, comments and key order in the patch file', async () => {
    const base = await patchedHash(YAML)
    const commented =
      '# why: shorter line\nscenes:\n\n  - scene:   2   # the dashboard\n    script:   "The dashboard, live."\n'
    const reordered = 'scenes:\n  - script: "The dashboard, live."\n    scene: 2\n'
    expect(await patchedHash(commented)).toBe(base)
    expect(await patchedHash(reordered)).toBe(base)
  })

  it('changes with anything that is sent: the script, the resolution, the workspace', async () => {
    const base = await patchedHash(YAML)
    const others = [
      await patchedHash(YAML.replace('live.', 'live!')),
      await patchedHash(YAML, { ...SETTINGS, resolution: '720' }),
      await patchedHash(YAML, { resolution: '1080' })
    ]
    expect(new Set([base, ...others]).size).toBe(4)
  })

  it('ignores webhookUrl', async () => {
    expect(
      await patchedHash(YAML, { ...SETTINGS, webhookUrl: 'https://hooks.example.com/a' })
    ).toBe(await patchedHash(YAML))
  })

  it('for a plain export, follows the fetched project, not its id', () => {
    const project = productTour()
    const plain = (p: Project, id = 'p-1') => contentHash(exportRequest(id, SETTINGS, undefined), p)
    expect(plain(project, 'p-2')).toBe(plain(project))
    const edited = structuredClone(project)
    if (edited.scenes[0].scripts) edited.scenes[0].scripts[0].org = 'Edited in the editor.'
    expect(plain(edited)).not.toBe(plain(project))
    // Fields the server owns (state, ids) do not determine the video.
    expect(plain({ ...project, state: 'other' } as Project)).toBe(plain(project))
  })

  it('does not mix up a plain export with a create of the same content', () => {
    const project = productTour()
    expect(contentHash(exportRequest('p-1', SETTINGS, project), project)).not.toBe(
      contentHash(exportRequest('p-1', SETTINGS, undefined), project)
    )
  })
})

describe('the content hash and the pronunciations', () => {
  const withDictionary = (words: Record<string, string>): Project =>
    ({ ...productTour(), dictionary: words }) as Project

  it('changes with the dictionary for a plain export: an edit in the editor renders again', () => {
    const plain = (p: Project) => contentHash(exportRequest('p-1', SETTINGS, undefined), p)
    const before = plain(withDictionary({ SQL: 'sequel' }))
    expect(plain(withDictionary({ SQL: 'ess queue ell' }))).not.toBe(before)
    expect(plain(productTour())).not.toBe(before)
    expect(plain(withDictionary({ SQL: 'sequel' }))).toBe(before)
  })

  it('changes with the dictionary for a create, as it is sent', async () => {
    const patched = async (p: Project) =>
      contentHash(exportRequest('p-1', SETTINGS, (await plan(YAML, p)).project), p)
    const request = exportRequest('p-1', SETTINGS, withDictionary({ SQL: 'sequel' }))
    expect(request.route === 'create' && request.body.dictionary).toEqual({ SQL: 'sequel' })
    expect(await patched(withDictionary({ SQL: 'sequel' }))).not.toBe(
      await patched(withDictionary({ SQL: 'ess queue ell' }))
    )
  })
})

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and drops undefined members', () => {
    expect(canonicalJson({ b: [{ y: 1, x: 2 }, 3], a: 'é', c: undefined, d: null })).toBe(
      '{"a":"é","b":[{"x":2,"y":1},3],"d":null}'
    )
  })
})

describe('the content hash and numbers JSON.parse cannot hold', () => {
  /** The sample project as AI Studios would send it, with `seed` (a field nobody documents) on a clip. */
  const withSeed = (seed: string): Project => {
    const text = JSON.stringify(productTour()).replace('"clips":[{', `"clips":[{"seed":${seed},`)
    return ProjectSchema.parse(readJson(text))
  }

  it('differs for projects that differ only in the last digit of a 64-bit integer', async () => {
    // The case: JSON.parse reads both as the same double.
    expect(JSON.parse('12345678901234567890')).toBe(JSON.parse('12345678901234567891'))
    const [a, b] = [withSeed('12345678901234567890'), withSeed('12345678901234567891')]
    const plain = (p: Project) => contentHash(exportRequest('p-1', SETTINGS, undefined), p)
    const patched = async (p: Project) =>
      contentHash(exportRequest('p-1', SETTINGS, (await plan(YAML, p)).project), p)
    expect(plain(a)).not.toBe(plain(b))
    expect(await patched(a)).not.toBe(await patched(b))
    expect(plain(withSeed('12345678901234567890'))).toBe(plain(a))
  })

  it('hashes a number by its text: 1e400 is not null, and 1.0 is not 1', () => {
    const canonical = (seed: string) =>
      canonicalJson(exportRequest('p-1', SETTINGS, withSeed(seed)).body)
    expect(canonical('1e400')).toContain('"seed":1e400,')
    expect(canonical('12345678901234567890')).toContain('"seed":12345678901234567890,')
    expect(canonical('1.0')).toContain('"seed":1.0,')
    expect(canonical('0.1')).toContain('"seed":0.1,')
  })
})
