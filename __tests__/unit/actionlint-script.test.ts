import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../../sim/runner.js'

/** `node script/actionlint.js ARGS` in `cwd`: its exit code and output. */
function actionlint(args: string[], cwd: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>(resolve =>
    execFile(
      process.execPath,
      [path.join(ROOT, 'script/actionlint.js'), ...args],
      { cwd },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
    )
  )
}

describe('script/actionlint.js FILE|FOLDER ...', () => {
  it("lints a user's own files and folders, from where it runs, and says where each problem is", async () => {
    const repo = await mkdtemp(path.join(os.tmpdir(), 'actionlint-'))
    await mkdir(path.join(repo, '.github/workflows'), { recursive: true })
    const good =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n'
    await writeFile(path.join(repo, '.github/workflows/good.yml'), good)
    await writeFile(path.join(repo, 'bad.yml'), good.replace('runs-on', 'runs-onn'))
    const folder = await actionlint(['.github/workflows'], repo)
    expect(folder).toMatchObject({ code: 0, stdout: 'actionlint: 1 workflows, 0 problems\n' })
    const bad = await actionlint(['bad.yml', '.github/workflows'], repo)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/^bad\.yml:4:5: /m)
    const missing = await actionlint(['nowhere.yml'], repo)
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'actionlint: nowhere.yml: no such file or folder\n'
    })
  })
})
