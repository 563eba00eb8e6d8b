import { spawn, type ChildProcessByStdio } from 'node:child_process'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { newWorkspace, ROOT } from '../../sim/runner.js'

const CLI = path.join(ROOT, 'dist/cli.js')

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * `dist/cli.js` as a shell runs it: `env` is its whole environment (with PATH), `cwd` a fresh workspace unless
 * given. `done` settles when it exits; `child` is there to send it a signal.
 */
export async function startCli(
  args: string[],
  options: { cwd?: string; env: Record<string, string> }
): Promise<{ child: ChildProcessByStdio<null, Readable, Readable>; done: Promise<CliResult> }> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? (await newWorkspace()),
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const done = new Promise<CliResult>(resolve =>
    child.on('close', code => resolve({ code, stdout, stderr }))
  )
  return { child, done }
}
