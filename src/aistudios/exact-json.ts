/**
 * JSON that keeps every number as it was written. `JSON.parse` reads 12345678901234567890 as
 * 12345678901234567000 and 1e400 as Infinity (written back as null); a project sent back to AI Studios must
 * carry what it came with. Node 20 has neither the reviver's `context.source` nor `JSON.rawJSON` (Node 21+),
 * hence this reader and writer.
 *
 * A number that `JSON.stringify` would write back as the same text stays a number; any other (beyond 2^53,
 * more digits than a double holds, out of range, `1.0`, `1e5`, `-0`) is an `ExactNumber`: a plain object,
 * so that it survives `structuredClone` and JSON copies (the patch engine makes both) and zod's loose objects.
 */
const EXACT = '$exactNumber'

export interface ExactNumber {
  readonly [EXACT]: string
}

export function isExactNumber(value: unknown): value is ExactNumber {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)[EXACT] === 'string' &&
    Object.keys(value).length === 1
  )
}

/** For a schema that reads a number: an `ExactNumber` as the nearest double, anything else as it is. */
export function plainNumber(value: unknown): unknown {
  return isExactNumber(value) ? Number(value[EXACT]) : value
}

/**
 * Parses strict JSON (RFC 8259, as `JSON.parse` accepts it) with every number kept as written. Throws a
 * `SyntaxError` on anything else, and on an object with the key `$exactNumber`, which it could not give back.
 */
export function readJson(text: string): unknown {
  const reader = new Reader(text)
  const value = reader.value()
  reader.end()
  return value
}

/**
 * The JSON text of a value read by `readJson` (or built of plain data): `ExactNumber`s as their text,
 * members that are `undefined` left out and array items that are `undefined` written as null, as
 * `JSON.stringify` does. `sortKeys` sorts object keys at every depth, for a canonical form.
 */
export function writeJson(value: unknown, sortKeys = false): string {
  if (isExactNumber(value)) return value[EXACT]
  if (Array.isArray(value))
    return `[${value.map(item => writeJson(item ?? null, sortKeys)).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    const keys = Object.keys(record)
    if (sortKeys) keys.sort()
    const members = keys
      .filter(key => record[key] !== undefined)
      .map(key => `${JSON.stringify(key)}:${writeJson(record[key], sortKeys)}`)
    return `{${members.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

const WHITESPACE = /[ \t\n\r]*/y
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
// The unrolled form (no alternation under a star) matches a long string without deep backtracking. JSON
// forbids raw control characters in a string, hence the range the rule below would flag.
// eslint-disable-next-line no-control-regex
const STRING = /"[^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\u0000-\u001f]*)*"/y
const LITERALS = [
  ['true', true],
  ['false', false],
  ['null', null]
] as const

class Reader {
  private at = 0

  constructor(private readonly text: string) {}

  value(): unknown {
    this.skipWhitespace()
    switch (this.text[this.at]) {
      case '{':
        return this.object()
      case '[':
        return this.array()
      case '"':
        return this.string()
    }
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length
        return value
      }
    }
    return this.number()
  }

  end(): void {
    this.skipWhitespace()
    if (this.at < this.text.length) this.fail()
  }

  private object(): Record<string, unknown> {
    const object: Record<string, unknown> = {}
    this.at++
    if (this.next('}')) return object
    do {
      this.skipWhitespace()
      if (this.text[this.at] !== '"') this.fail()
      const key = this.string()
      if (key === EXACT) throw new SyntaxError(`JSON key ${EXACT} is reserved for exact numbers`)
      this.expect(':')
      const value = this.value()
      // As JSON.parse does: `__proto__` is an own property, not the prototype.
      if (key === '__proto__')
        Object.defineProperty(object, key, {
          value,
          writable: true,
          enumerable: true,
          configurable: true
        })
      else object[key] = value
    } while (this.next(','))
    this.expect('}')
    return object
  }

  private array(): unknown[] {
    const array: unknown[] = []
    this.at++
    if (this.next(']')) return array
    do array.push(this.value())
    while (this.next(','))
    this.expect(']')
    return array
  }

  private string(): string {
    const token = this.token(STRING)
    return token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1)
  }

  private number(): number | ExactNumber {
    const text = this.token(NUMBER)
    const value = Number(text)
    return String(value) === text ? value : { [EXACT]: text }
  }

  private token(pattern: RegExp): string {
    pattern.lastIndex = this.at
    const match = pattern.exec(this.text)
    if (!match) this.fail()
    this.at = pattern.lastIndex
    return match[0]
  }

  /** Skips whitespace, then steps over `char` if it is next. */
  private next(char: string): boolean {
    this.skipWhitespace()
    if (this.text[this.at] !== char) return false
    this.at++
    return true
  }

  private expect(char: string): void {
    if (!this.next(char)) this.fail()
  }

  private skipWhitespace(): void {
    WHITESPACE.lastIndex = this.at
    WHITESPACE.exec(this.text)
    this.at = WHITESPACE.lastIndex
  }

  private fail(): never {
    const found = this.at < this.text.length ? `token ${JSON.stringify(this.text[this.at])}` : 'end'
    throw new SyntaxError(`Unexpected ${found} in JSON at position ${this.at}`)
  }
}
