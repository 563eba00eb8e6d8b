/** A tiny ISO-BMFF box builder for fixtures: enough to shape `moov`, `trak`, `mvhd`, `tkhd` and `hdlr`. */
export function box(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload)
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + body.length, 0)
  header.write(type, 4, 'latin1')
  return Buffer.concat([header, body])
}

/** The same box with size 1 and a 64-bit largesize. */
export function largeBox(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload)
  const header = Buffer.alloc(16)
  header.writeUInt32BE(1, 0)
  header.write(type, 4, 'latin1')
  header.writeBigUInt64BE(BigInt(16 + body.length), 8)
  return Buffer.concat([header, body])
}

/** A box with size 0: it runs to the end of the file. */
export function openBox(type: string, payload: Buffer): Buffer {
  const header = Buffer.alloc(8)
  header.write(type, 4, 'latin1')
  return Buffer.concat([header, payload])
}

export function mvhd(version: 0 | 1, timescale: number, duration: number): Buffer {
  if (version === 0) {
    const b = Buffer.alloc(100)
    b.writeUInt32BE(timescale, 12)
    b.writeUInt32BE(duration, 16)
    return box('mvhd', b)
  }
  const b = Buffer.alloc(112)
  b.writeUInt8(1, 0)
  b.writeUInt32BE(timescale, 20)
  b.writeBigUInt64BE(BigInt(duration), 24)
  return box('mvhd', b)
}

export function tkhd(version: 0 | 1, width: number, height: number): Buffer {
  const offset = version === 1 ? 88 : 76
  const b = Buffer.alloc(offset + 8)
  b.writeUInt8(version, 0)
  b.writeUInt32BE(width * 65536, offset)
  b.writeUInt32BE(height * 65536, offset + 4)
  return box('tkhd', b)
}

export function hdlr(handler: string): Buffer {
  const b = Buffer.alloc(24)
  b.write(handler, 8, 'latin1')
  return box('hdlr', b)
}

export function trak(handler: string, width: number, height: number, version: 0 | 1 = 0): Buffer {
  return box(
    'trak',
    tkhd(version, width, height),
    box('mdia', box('mdhd', Buffer.alloc(24)), hdlr(handler))
  )
}
