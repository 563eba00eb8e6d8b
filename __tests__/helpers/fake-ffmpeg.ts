import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/**
 * A stand-in for ffmpeg (CI has none, and the simulator's videos are not for decoding): a node script called
 * `ffmpeg` in a directory of its own, to put first on a run's PATH. It reads the arguments the run passes
 * (`-ss`, `-i`, the output last), refuses an input that does not exist, writes a minimal JPEG (SOI, a JFIF
 * header, EOI) to the output and records its arguments, one JSON line per call. The failing one records its
 * arguments too, then exits 1 with a message on stderr as ffmpeg does.
 */
export interface FakeFfmpeg {
  /** The directory that holds `ffmpeg`. */
  dir: string
  /** A PATH with `dir` first, then node's own directory and the test's PATH. */
  path: string
  /** The arguments of each call so far. */
  calls(): Promise<string[][]>
}

const SCRIPT = (fails: boolean): string => `#!/usr/bin/env node
const fs = require('node:fs')
const path = require('node:path')
const args = process.argv.slice(2)
fs.appendFileSync(path.join(__dirname, 'calls.jsonl'), JSON.stringify(args) + '\\n')
const input = args[args.indexOf('-i') + 1]
if (!input || !fs.existsSync(input)) {
  process.stderr.write(input + ': No such file or directory\\n')
  process.exit(1)
}
if (${fails}) {
  process.stderr.write('[mov,mp4,m4a] moov atom not found\\n' + input + ': Invalid data found when processing input\\n')
  process.exit(1)
}
const jfif = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00])
fs.writeFileSync(args[args.length - 1], Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, Buffer.from([0xff, 0xd9])]))
`

export async function fakeFfmpeg(kind: 'works' | 'fails' = 'works'): Promise<FakeFfmpeg> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `fake-ffmpeg-${kind}-`))
  const file = path.join(dir, 'ffmpeg')
  await writeFile(file, SCRIPT(kind === 'fails'))
  await chmod(file, 0o755)
  const calls = path.join(dir, 'calls.jsonl')
  return {
    dir,
    path: [dir, path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
    calls: async () =>
      existsSync(calls)
        ? (await readFile(calls, 'utf8'))
            .split('\n')
            .filter(Boolean)
            .map(line => JSON.parse(line) as string[])
        : []
  }
}

/** A PATH without any ffmpeg: an empty directory (enough for a run that spawns nothing else). */
export async function pathWithoutFfmpeg(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'no-ffmpeg-'))
}
