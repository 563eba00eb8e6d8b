/**
 * The first place where `text` breaks strict JSON (RFC 8259), or undefined when it is valid JSON.
 *
 * The YAML parser reads JSON too, but it accepts what JSON does not (comments, trailing commas, single
 * quotes) and words its errors in YAML terms; and `JSON.parse` gives no position in most of its messages
 * (V8: `Unexpected token 'x', "…" is not valid JSON`). Hence this small scanner, which only checks syntax.
 */
export function jsonSyntaxError(text: string): { offset: number; message: string } | undefined {
  try {
    new Scanner(text).document()
    return undefined
  } catch (error) {
    if (error instanceof JsonSyntaxProblem) return { offset: error.offset, message: error.message }
    throw error
  }
}

class JsonSyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERAL = /true|false|null/y
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y

class Scanner {
  private i = 0

  constructor(private readonly text: string) {}

  document(): void {
    this.space()
    this.value()
    this.space()
    if (this.i < this.text.length)
      this.fail(`unexpected ${this.found()} after the end of the JSON value`)
  }

  private value(): void {
    const c = this.text[this.i]
    if (c === '{') return this.container('}', () => this.member())
    if (c === '[') return this.container(']', () => this.value())
    if (c === '"') return this.string()
    if (c === '-' || (c >= '0' && c <= '9')) return this.sticky(NUMBER, 'invalid number')
    if (c === 't' || c === 'f' || c === 'n')
      return this.sticky(LITERAL, `expected a value, found ${this.found()}`)
    this.fail(`expected a value, found ${this.found()}`)
  }

  /** `{ member, … }` or `[ value, … ]`. */
  private container(close: '}' | ']', item: () => void): void {
    this.i++
    this.space()
    if (this.text[this.i] === close) {
      this.i++
      return
    }
    for (;;) {
      item()
      this.space()
      const c = this.text[this.i]
      if (c === close) {
        this.i++
        return
      }
      if (c !== ',') this.fail(`expected ',' or '${close}', found ${this.found()}`)
      this.i++
      this.space()
      const next = this.text[this.i]
      if (next === '}' || next === ']')
        this.fail(`trailing comma before '${next}': JSON allows none`)
    }
  }

  private member(): void {
    if (this.text[this.i] !== '"')
      this.fail(`expected a property name in double quotes, found ${this.found()}`)
    this.string()
    this.space()
    if (this.text[this.i] !== ':')
      this.fail(`expected ':' after the property name, found ${this.found()}`)
    this.i++
    this.space()
    this.value()
  }

  private string(): void {
    const start = this.i
    this.i++
    for (;;) {
      const c = this.text[this.i]
      if (c === undefined) {
        this.i = start
        this.fail('this string has no closing "')
      }
      if (c === '"') {
        this.i++
        return
      }
      if (c === '\\')
        this.sticky(ESCAPE, 'invalid escape: use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX')
      else if (c < ' ')
        this.fail('a line break or control character inside a string: write it as \\n or \\t')
      else this.i++
    }
  }

  private sticky(pattern: RegExp, message: string): void {
    pattern.lastIndex = this.i
    if (!pattern.test(this.text)) this.fail(message)
    this.i = pattern.lastIndex
  }

  private space(): void {
    while (' \t\n\r'.includes(this.text[this.i] ?? 'x')) this.i++
  }

  private found(): string {
    const c = this.text[this.i]
    if (c === undefined) return 'the end of the file'
    if (c === '/' || c === '#')
      return `'${c}' (JSON has no comments: write the patch in YAML to use # comments)`
    return `'${c}'`
  }

  private fail(message: string): never {
    // A file that ends too early is reported where its text ends, not on the empty last line.
    const offset = this.i < this.text.length ? this.i : this.text.trimEnd().length
    throw new JsonSyntaxProblem(message, offset)
  }
}
