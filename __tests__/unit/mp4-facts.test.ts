import { describe, expect, it } from '@jest/globals'
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { frameMismatch, readMp4Facts } from '../../src/download/mp4-facts.js'
import { ActionError } from '../../src/shared/errors.js'
import { box, largeBox, mvhd, openBox, trak } from '../helpers/mp4-boxes.js'

const ftyp = box('ftyp', Buffer.from('isom\0\0\x02\0isomavc1', 'latin1'))

async function factsOf(bytes: Buffer): Promise<Awaited<ReturnType<typeof readMp4Facts>>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mp4-facts-'))
  try {
    const file = path.join(dir, 'video.mp4')
    await writeFile(file, bytes)
    return await factsAtPath(file)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function factsAtPath(file: string): Promise<Awaited<ReturnType<typeof readMp4Facts>>> {
  const handle = await open(file, 'r')
  try {
    return await readMp4Facts(handle)
  } finally {
    await handle.close()
  }
}

describe('readMp4Facts', () => {
  it('reads the committed sample (moov before mdat)', async () => {
    await expect(factsAtPath('sim/fixtures/sample.mp4')).resolves.toEqual({
      duration: 3,
      width: 320,
      height: 180
    })
  })

  it('finds moov after mdat and picks the video track, not the first one', async () => {
    const moov = box('moov', mvhd(0, 1000, 12345), trak('soun', 0, 0), trak('vide', 1920, 1080))
    const facts = await factsOf(Buffer.concat([ftyp, box('mdat', Buffer.alloc(4096, 7)), moov]))
    expect(facts).toEqual({ duration: 12.345, width: 1920, height: 1080 })
  })

  it('reads mvhd and tkhd version 1 and a 64-bit mdat', async () => {
    const moov = box('moov', mvhd(1, 90000, 90000 * 61 + 45), trak('vide', 1080, 1920, 1))
    const facts = await factsOf(Buffer.concat([ftyp, largeBox('mdat', Buffer.alloc(100)), moov]))
    expect(facts).toEqual({ duration: 61.001, width: 1080, height: 1920 })
  })

  it('reads a moov whose size is 0 (to the end of the file)', async () => {
    const moov = openBox('moov', Buffer.concat([mvhd(0, 600, 1800), trak('vide', 854, 480)]))
    await expect(
      factsOf(Buffer.concat([ftyp, box('mdat', Buffer.alloc(10)), moov]))
    ).resolves.toEqual({
      duration: 3,
      width: 854,
      height: 480
    })
  })

  it.each([
    ['no video track', box('moov', mvhd(0, 1000, 3000), trak('soun', 0, 0)), /no video track/],
    ['a zero duration', box('moov', mvhd(0, 1000, 0), trak('vide', 1280, 720)), /zero duration/],
    ['no moov', box('free', Buffer.alloc(4)), /no movie box/]
  ])('fails on %s', async (_name, tail, message) => {
    const result = factsOf(Buffer.concat([ftyp, box('mdat', Buffer.alloc(8)), tail]))
    await expect(result).rejects.toThrow(ActionError)
    await expect(result).rejects.toThrow(message)
  })

  it('fails on a box that claims more bytes than the file has', async () => {
    const broken = Buffer.concat([ftyp, box('mdat', Buffer.alloc(8))])
    broken.writeUInt32BE(10_000, ftyp.length)
    await expect(factsOf(broken)).rejects.toThrow(/damaged: box 'mdat'/)
  })
})

describe('frameMismatch', () => {
  it.each([
    ['1080', 1920, 1080],
    ['1080', 1080, 1920],
    ['4k', 3840, 2160],
    ['720', 720, 1280],
    ['480', 854, 480],
    ['480', 640, 480]
  ])('%s accepts %ix%i', (resolution, width, height) => {
    expect(frameMismatch(resolution, { width, height })).toBeUndefined()
  })

  it('names the frame and what was asked for', () => {
    expect(frameMismatch('1080', { width: 1280, height: 720 })).toBe(
      'The video is 1280x720 but resolution 1080 asks for 1920x1080 or 1080x1920.'
    )
  })
})
