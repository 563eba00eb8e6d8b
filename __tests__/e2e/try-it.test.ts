import { describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { FIXTURE_MP4 } from '../../sim/aistudios/server.js'
import { ROOT } from '../../sim/runner.js'
import { sha256File } from './harness.js'

/*
 * README.md's "Try it in one minute", as a user runs it: `npm run demo` (script/demo.js) and the simulator for
 * the CLI (script/sim.js), which runs in the foreground, prints its URL first, and takes a new port each time.
 */

const exited = (child: ChildProcess) =>
  new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))

/** The first line the simulator prints, once it is there. */
function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      text += String(chunk)
      if (text.includes('\n')) resolve(text.split('\n')[0])
    })
    child.once('exit', code => reject(new Error(`script/sim.js exited (${code}) before its URL`)))
  })
}

describe('Try it in one minute', () => {
  it('node script/sim.js: the URL first, a new port each time, in the foreground until Ctrl-C', async () => {
    const sims = [0, 1].map(() =>
      spawn(process.execPath, ['script/sim.js'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    )
    try {
      const urls = await Promise.all(sims.map(firstLine))
      for (const url of urls) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(new Set(urls).size).toBe(2)
      // Still serving after printing: it is the foreground process, not a daemon.
      const answer = await fetch(`${urls[0]}/api/odin/v3/editor/project/x`)
      expect(answer.status).toBe(401)
      expect(sims.map(sim => sim.exitCode)).toEqual([null, null])
      const codes = sims.map(exited)
      for (const sim of sims) sim.kill('SIGINT')
      expect(await Promise.all(codes)).toEqual([0, 0])
    } finally {
      for (const sim of sims) if (sim.exitCode === null) sim.kill('SIGKILL')
    }
  })

  it('npm run demo leaves the verified MP4 in .demo/product-tour.mp4', async () => {
    const video = path.join(ROOT, '.demo/product-tour.mp4')
    await rm(video, { force: true })
    const demo = spawn(process.execPath, ['script/demo.js'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    demo.stdout!.on('data', chunk => (output += String(chunk)))
    demo.stderr!.on('data', chunk => (output += String(chunk)))
    const code = await exited(demo)
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' })
    expect(output).toContain(`The video: ${video}`)
    expect(await sha256File(video)).toBe(await sha256File(FIXTURE_MP4))
  })
})
