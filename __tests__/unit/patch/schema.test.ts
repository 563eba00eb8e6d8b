import { describe, expect, it } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { patchJsonSchema } from '../../../src/patch/index.js'

describe('schema/patch.schema.json', () => {
  it('is what the zod schema generates (else run: node script/gen-patch-schema.js)', async () => {
    const committed: unknown = JSON.parse(
      await readFile(path.resolve('schema/patch.schema.json'), 'utf8')
    )
    expect(committed).toEqual(patchJsonSchema())
  })

  it('closes every map of the scene-edit document, so editors flag unknown keys', () => {
    const text = JSON.stringify(patchJsonSchema())
    const closed = text.match(/"additionalProperties":false/g) ?? []
    // the document, scene entry, 2×3 selectors, avatar 2, script file, clip edit, 6 ops
    expect(closed.length).toBeGreaterThanOrEqual(15)
    expect(text).toContain('"required":["scene"]')
  })
})
