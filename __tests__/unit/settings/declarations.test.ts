import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'
import { DECLARATIONS } from '../../../src/settings/declarations.js'

/** The types of declarations.ts, as a schema: the JSON table is data, so the compiler can't check it. */
const Kind = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['text', 'secret', 'boolean', 'map', 'project-id', 'upload']) }),
  z.strictObject({ type: z.literal('file-name') }),
  z.strictObject({
    type: z.literal('whole'),
    min: z.int().nonnegative(),
    max: z.int().positive(),
    emptyMeans: z.string().optional()
  }),
  z.strictObject({ type: z.literal('positive'), max: z.number().positive(), example: z.number() }),
  z.strictObject({ type: z.literal('choice'), values: z.array(z.string()).min(2) }),
  z.strictObject({
    type: z.literal('url'),
    protocols: z.array(z.enum(['http:', 'https:'])).min(1),
    example: z.url()
  }),
  z.strictObject({ type: z.literal('path'), example: z.string().min(1) })
])
const Terminal = z.union([
  z.strictObject({ flag: z.string().regex(/^[a-z][a-z-]*$/), arg: z.string().min(1) }),
  z.strictObject({ argument: z.string().regex(/^<[a-z-]+>$/) }),
  z.strictObject({ env: z.string().regex(/^AISTUDIOS_[A-Z_]+$/) })
])
const Declaration = z.strictObject({
  name: z.string().regex(/^[a-z][a-z-]*$/),
  kind: Kind,
  default: z.string(),
  runnerDefault: z.string().optional(),
  description: z.string().min(10),
  cli: Terminal.optional(),
  secret: z.literal(true).optional()
})

describe('the settings table (declarations.json)', () => {
  it.each(DECLARATIONS.map(d => [d.name, d]))('%s has the declared shape', (_name, d) => {
    expect(() => Declaration.parse(d)).not.toThrow()
  })

  it('refuses an entry that is off the declared shape (the check can fail)', () => {
    const [first] = DECLARATIONS
    expect(() => Declaration.parse({ ...first, kind: { type: 'whole', min: 1 } })).toThrow()
    expect(() => Declaration.parse({ ...first, cli: { flag: 'x' } })).toThrow()
  })

  it('has secrets only of the secret kind, and one flag or variable per terminal name', () => {
    for (const d of DECLARATIONS) if (d.secret) expect(d.kind.type).toBe('secret')
    const names = DECLARATIONS.flatMap(d =>
      !d.cli ? [] : 'flag' in d.cli ? [d.cli.flag] : 'env' in d.cli ? [d.cli.env] : []
    )
    expect(new Set(names).size).toBe(names.length)
  })
})
