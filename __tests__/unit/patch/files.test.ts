import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadPatch, nodeFiles, planEdits } from '../../../src/patch/index.js'
import { productTour } from '../../fixtures/projects.js'
import { CONTEXT, failure, load, memoryFiles, plan, where, WORKSPACE } from './helpers.js'

const withFile = (file: string) =>
  `scenes:\n  - scene: { tag: pricing }\n    script: { file: ${file} }\n`

describe('script files', () => {
  it('reads a file relative to the patch file, fills it, and drops its trailing newline', async () => {
    const result = await plan(withFile('scripts/pricing.md'), productTour(), {
      file: 'videos/tour.yaml',
      files: { 'videos/scripts/pricing.md': 'Plans now start at {{ version }}.\n\n' }
    })
    expect(result.project.scenes[1].scripts?.[0].org).toBe('Plans now start at 1.4.0.')
  })

  it('turns Windows line breaks into \\n', async () => {
    const result = await plan(withFile('a.md'), productTour(), {
      files: { 'a.md': 'One.\r\nTwo.\r\n' }
    })
    expect(result.project.scenes[1].scripts?.[0].org).toBe('One.\nTwo.')
  })

  it('reads a file in a parent folder that is still in the workspace', async () => {
    const files = memoryFiles({
      'videos/tour.yaml': withFile('../scripts/a.md'),
      'scripts/a.md': 'Hi.'
    })
    const patch = await loadPatch('videos/tour.yaml', { workspace: WORKSPACE, files })
    expect(patch.scenes[0].script).toMatchObject({ text: 'Hi.', file: 'scripts/a.md' })
  })

  it('points a placeholder error at its line and column in the script file', async () => {
    const error = await failure(() =>
      plan(withFile('a.md'), productTour(), {
        files: { 'a.md': 'Line one.\nPlans at {{ price }}.\n' }
      })
    )
    expect(where(error)).toBe('a.md:2:10')
    expect(error.message).toMatch(
      /^a\.md line 2, column 10: scenes\[0\]\.script\.file: unknown placeholder \{\{ price \}\}/
    )
  })

  it.each([
    [
      'missing',
      'gone.md',
      {},
      'gone.md does not exist: check the path, and that the file is committed'
    ],
    [
      'outside the workspace',
      '../../etc/passwd',
      {},
      '../../etc/passwd is outside the workspace: keep scripts in the repository'
    ],
    [
      'an absolute path',
      '/ws/a.md',
      { 'a.md': 'x' },
      '/ws/a.md is an absolute path: write it relative to the patch file'
    ],
    [
      'not UTF-8',
      'latin1.md',
      { 'latin1.md': new Uint8Array([0x43, 0x61, 0x66, 0xe9]) },
      'latin1.md is not valid UTF-8 text: save it with the UTF-8 encoding'
    ]
  ])('refuses a file that is %s, at the file key', async (_name, file, files, message) => {
    const error = await failure(() => load(withFile(file), { files }))
    expect(error.message).toBe(`patch.yaml line 3, column 21: scenes[0].script.file: ${message}`)
    expect(where(error)).toBe('patch.yaml:3:21')
  })

  it('opens nothing outside the workspace', async () => {
    const files = memoryFiles({ 'patch.yaml': withFile('../secret.md') })
    await failure(() => loadPatch('patch.yaml', { workspace: WORKSPACE, files }))
    expect(files.opened).toEqual([path.join(WORKSPACE, 'patch.yaml')])
  })
})

describe('script files on disk (nodeFiles)', () => {
  let root: string
  let workspace: string

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'patch-files-'))
    workspace = path.join(root, 'repo')
    await mkdir(path.join(workspace, 'scripts'), { recursive: true })
    await writeFile(path.join(root, 'secret.txt'), 'outside')
    await writeFile(
      path.join(workspace, 'scripts', 'pricing.md'),
      '\uFEFFPlans now start at 19 dollars.\n'
    )
    await symlink(path.join(root, 'secret.txt'), path.join(workspace, 'scripts', 'leak.md'))
    await symlink(
      path.join(workspace, 'scripts', 'pricing.md'),
      path.join(workspace, 'scripts', 'alias.md')
    )
    await writeFile(path.join(workspace, 'ok.yaml'), withFile('scripts/alias.md'))
    await writeFile(path.join(workspace, 'leak.yaml'), withFile('scripts/leak.md'))
    await writeFile(path.join(workspace, 'dir.yaml'), withFile('scripts'))
    await writeFile(path.join(root, 'passwd.yaml'), 'name: outside-secret\n')
    await symlink(path.join(root, 'passwd.yaml'), path.join(workspace, 'passwd.yaml'))
    await mkdir(path.join(root, 'elsewhere'))
    await writeFile(path.join(root, 'elsewhere', 'inner.yaml'), 'name: outside-secret\n')
    await symlink(path.join(root, 'elsewhere'), path.join(workspace, 'linked'))
    execFileSync('mkfifo', [path.join(workspace, 'fifo.md')])
    // A device inside the workspace cannot be made without root; a socket is the same class (not a file).
    await new Promise<void>(resolve => {
      const server = net.createServer().listen(path.join(workspace, 'device.md'), () => {
        server.unref()
        resolve()
      })
    })
    await writeFile(path.join(workspace, 'scripts', 'big.md'), Buffer.alloc(2 * 1024 * 1024, 'a'))
    await writeFile(path.join(workspace, 'big.yaml'), withFile('scripts/big.md'))
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('follows a symlink that stays in the workspace, and drops a byte-order mark', async () => {
    const patch = await loadPatch('ok.yaml', { workspace, files: nodeFiles })
    const result = planEdits(productTour(), patch, CONTEXT)
    expect(result.project.scenes[1].scripts?.[0].org).toBe('Plans now start at 19 dollars.')
  })

  it('refuses a symlink that points out of the workspace', async () => {
    const error = await failure(() => loadPatch('leak.yaml', { workspace }))
    expect(error.message).toMatch(
      /scenes\[0\]\.script\.file: scripts\/leak\.md resolves \(through a symlink\) to a place outside the workspace: keep it in the repository$/
    )
    expect(error.details.location).toEqual({ file: 'leak.yaml', line: 3, column: 21 })
  })

  it('refuses a patch file that is a symlink out of the workspace, or lies in a symlinked folder that is', async () => {
    for (const file of ['passwd.yaml', 'linked/inner.yaml']) {
      const error = await failure(() => loadPatch(file, { workspace }))
      expect(error.message).toMatch(
        /the patch file resolves \(through a symlink\) to a place outside/
      )
      expect(error.message).not.toContain('outside-secret')
    }
  })

  it('refuses a FIFO at once instead of waiting for a writer, and a device', async () => {
    for (const file of ['fifo.md', 'device.md']) {
      await writeFile(path.join(workspace, `${file}.yaml`), withFile(file))
      const error = await failure(() => loadPatch(`${file}.yaml`, { workspace }))
      expect(error.message).toContain(`${file} is not a regular file (a pipe, socket or device)`)
    }
  })

  it('refuses a script larger than the cap before reading it', async () => {
    const error = await failure(() => loadPatch('big.yaml', { workspace }))
    expect(error.message).toContain('scripts/big.md is 2 MiB: it may be at most 1 MiB')
  })

  it('refuses a directory', async () => {
    const error = await failure(() => loadPatch('dir.yaml', { workspace }))
    expect(error.message).toContain('scenes[0].script.file: scripts is a directory, not a file')
  })

  it('names a patch file that does not exist', async () => {
    const error = await failure(() => loadPatch(path.join(workspace, 'none.yaml'), { workspace }))
    expect(error.message).toBe(
      'none.yaml: the patch file does not exist: check the path, and that the file is committed'
    )
  })
})
