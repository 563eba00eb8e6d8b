import { describe, expect, it } from '@jest/globals'
import { conversation, productTour, releaseNotes } from '../../fixtures/projects.js'
import { failure, plan, where } from './helpers.js'

const setScript = (scene: string, script: string, extra = '') =>
  `scenes:\n  - scene: ${scene}\n${extra}    script: ${script}\n`

describe('the speech of current projects (scene.scripts[].org)', () => {
  it('replaces the entry of the scene, guarded by a test op, and reports both texts', async () => {
    const result = await plan(setScript('2', '"The dashboard, live."'), productTour())
    expect(result.project.scenes[2].scripts?.[0].org).toBe('The dashboard, live.')
    expect(result.ops).toEqual([
      {
        op: 'test',
        path: '/scenes/2/scripts/0/org',
        value: 'Here is the analytics dashboard in action.'
      },
      { op: 'replace', path: '/scenes/2/scripts/0/org', value: 'The dashboard, live.' }
    ])
    expect(result.changes).toEqual([
      {
        kind: 'script',
        scene: 2,
        avatar: { index: 0, id: 'aiModel-1h4ij7d5k92', type: 'aiModel' },
        paths: ['/scenes/2/scripts/0/org'],
        before: 'Here is the analytics dashboard in action.',
        after: 'The dashboard, live.',
        charsBefore: 42,
        charsAfter: 20
      }
    ])
  })

  it('uses the only entry of a scene without avatar clip', async () => {
    const project = productTour()
    project.scenes[2].clips.shift()
    const result = await plan(setScript('2', 'Voice over.'), project)
    expect(result.project.scenes[2].scripts?.[0].org).toBe('Voice over.')
    expect(result.changes[0]).not.toHaveProperty('avatar')
  })

  it("uses the only entry even when its modelId is not the avatar's (the docs say scenes hold one)", async () => {
    const project = productTour()
    const [entry] = project.scenes[0].scripts ?? []
    entry.modelId = 'M999'
    const result = await plan(setScript('0', 'Hi.'), project)
    expect(result.project.scenes[0].scripts?.[0].org).toBe('Hi.')
  })

  it('counts characters, not UTF-16 units', async () => {
    const result = await plan(setScript('0', '"Café 🎬"'), productTour())
    expect(result.changes[0]).toMatchObject({ after: 'Café 🎬', charsAfter: 6 })
  })

  it('counts the spoken text: markup is not spoken, an entity is one character', async () => {
    const result = await plan(
      setScript('0', '"<p>Tom &amp; <span>Jerry</span>&#33;</p>"'),
      productTour()
    )
    // The scene's current script is '<p>Welcome to the product tour.</p>'.
    expect(result.changes[0]).toMatchObject({ charsBefore: 28, charsAfter: 12 })
  })
})

describe('the speech of older projects (the avatar clip script.org)', () => {
  it('replaces the clip script when the scene has no scripts entries', async () => {
    const result = await plan(setScript('{ tag: host }', '"Version 2.5 is out."'), releaseNotes())
    expect(result.project.scenes[0].clips[0].script).toEqual({
      org: 'Version 2.5 is out.',
      tts: null
    })
    expect(result.changes).toMatchObject([
      {
        kind: 'script',
        scene: 0,
        avatar: { id: 'aiModel-0f2k8s1x7a1', tag: 'host' },
        paths: ['/scenes/0/clips/0/script/org'],
        before: 'Version 2.4 is out. Here is what changed.',
        after: 'Version 2.5 is out.'
      }
    ])
  })

  it('updates both places when a project has both, so they agree', async () => {
    const project = releaseNotes()
    project.scenes[1].scripts = [
      {
        org: 'Exports are now twice as fast.',
        isTTS: false,
        tts: null,
        modelId: 'M000045058',
        clothId: 'BG00002320'
      }
    ]
    const result = await plan(setScript('1', 'Exports are three times as fast.'), project)
    expect(result.project.scenes[1].scripts?.[0].org).toBe('Exports are three times as fast.')
    expect(result.project.scenes[1].clips[0].script).toEqual({
      org: 'Exports are three times as fast.',
      tts: null
    })
    expect(result.changes[0]).toMatchObject({
      paths: ['/scenes/1/scripts/0/org', '/scenes/1/clips/0/script/org']
    })
  })

  it('fails on a scene with neither shape, at the script', async () => {
    const project = releaseNotes()
    delete project.scenes[1].clips[0].script
    const error = await failure(() => plan(setScript('1', 'Hello'), project))
    expect(error.message).toBe(
      'patch.yaml line 3, column 13: scenes[0].script: scene 1 has no speech to edit: it has no `scripts` entries and no avatar clip with `script.org`'
    )
  })
})

describe('scenes with several avatars', () => {
  it('requires `avatar`, listing the avatars', async () => {
    const error = await failure(() => plan(setScript('0', 'Hello'), conversation()))
    expect(error.message).toBe(
      'patch.yaml line 3, column 13: scenes[0].script: scene 0 has 2 avatars (agent (aiModel-2a9c4e6g8i0), customer (aiModel-2a9c4f7h9j1)): add `avatar: { tag: … }` (or { id: … }) to the scene entry to say whose script this is'
    )
  })

  it("changes the entry whose modelId is the chosen avatar's model", async () => {
    const patch = [
      'scenes:',
      '  - scene: 0',
      '    avatar: { tag: customer }',
      '    script: I would like the Pro plan.',
      '  - scene: 0',
      '    avatar: { id: aiModel-2a9c4e6g8i0 }',
      '    script: Sure, let me help.'
    ].join('\n')
    const result = await plan(patch, conversation())
    expect(result.project.scenes[0].scripts?.map(entry => entry.org)).toEqual([
      'Sure, let me help.',
      'I would like the Pro plan.'
    ])
    expect(result.changes.map(change => change.kind === 'script' && change.avatar?.tag)).toEqual([
      'customer',
      'agent'
    ])
  })

  it('uses clothId to tell apart two entries of one model', async () => {
    const project = conversation()
    const [, second] = project.scenes[0].scripts ?? []
    second.modelId = 'M000045058'
    second.clothId = 'BG00000001'
    Object.assign(project.scenes[0].clips[1], {
      model: { ai_name: 'M000045058', emotion: 'BG00000001' }
    })
    const result = await plan(
      setScript('0', 'Customer line.', '    avatar: { tag: customer }\n'),
      project
    )
    expect(result.changes[0]).toMatchObject({ paths: ['/scenes/0/scripts/1/org'] })
  })

  it('fails when two entries belong to the same model and cloth', async () => {
    const project = conversation()
    const [, second] = project.scenes[0].scripts ?? []
    second.modelId = 'M000045058'
    second.clothId = 'BG00002320'
    const error = await failure(() =>
      plan(setScript('0', 'x', '    avatar: { tag: agent }\n'), project)
    )
    expect(error.message).toMatch(
      /scene 0 has 2 scripts entries for avatar model M000045058 \(entries 0, 1\): change it with a raw op under `ops` \(path \/scenes\/0\/scripts\/<k>\/org\)$/
    )
  })

  it('fails when no entry belongs to the avatar, never pairing them by position', async () => {
    const project = conversation()
    const [, second] = project.scenes[0].scripts ?? []
    second.modelId = 'M000000000'
    const error = await failure(() =>
      plan(setScript('0', 'x', '    avatar: { tag: customer }\n'), project)
    )
    expect(error.message).toContain(
      "cannot tell which of scene 0's 2 scripts entries (modelIds M000045058, M000000000) belongs to avatar aiModel-2a9c4f7h9j1 (model M000320746)"
    )
  })

  it('fails on an avatar selector that matches no avatar, listing them', async () => {
    const error = await failure(() =>
      plan(setScript('0', 'x', '    avatar: { tag: manager }\n'), conversation())
    )
    expect(error.message).toBe(
      'patch.yaml line 3, column 13: scenes[0].avatar: { tag: "manager" } matches no avatar in scene 0, which has avatars agent (aiModel-2a9c4e6g8i0), customer (aiModel-2a9c4f7h9j1)'
    )
  })

  it('does not take a clip of another type for an avatar', async () => {
    const error = await failure(() =>
      plan(setScript('0', 'x', '    avatar: { tag: hero-image }\n'), productTour())
    )
    expect(error.message).toContain(
      'matches no avatar in scene 0, which has avatars presenter (aiModel-1h4ij5h8e87)'
    )
  })
})

describe('script text', () => {
  it('drops the trailing newline of a block scalar', async () => {
    const result = await plan(
      'scenes:\n  - scene: 0\n    script: |\n      Line one.\n      Line two.\n',
      productTour()
    )
    expect(result.project.scenes[0].scripts?.[0].org).toBe('Line one.\nLine two.')
  })

  it.each([
    ['blank', '"  "'],
    ['empty', '""']
  ])('refuses a script that is %s', async (_name, script) => {
    const error = await failure(() => plan(setScript('0', script), productTour()))
    expect(error.message).toBe(
      'patch.yaml line 3, column 13: scenes[0].script: the script is empty once read and filled: write the speech, or remove `script` to keep the current one'
    )
  })

  it('makes no change and no op when the speech is already the same', async () => {
    const result = await plan(setScript('1', 'Plans start at 9 dollars a month.'), productTour())
    expect(result.changes).toEqual([])
    expect(result.ops).toEqual([])
  })

  it('refuses to set one scene script twice, naming the first edit', async () => {
    const error = await failure(() =>
      plan(
        'scenes:\n  - scene: 1\n    script: a\n  - scene: { tag: pricing }\n    script: b\n',
        productTour()
      )
    )
    expect(error.message).toBe(
      'patch.yaml line 5, column 13: scenes[1].script: changes /scenes/1/scripts/0/org again, after scenes[0].script (line 3): keep one of the two edits'
    )
    expect(where(error)).toBe('patch.yaml:5:13')
  })
})
