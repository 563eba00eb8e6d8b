/**
 * Knows every secret of the run (api-key, user-key, minted tokens, github-token) and scrubs them from any text
 * that came from outside before it reaches an error message, a log line, the summary or an output: the job
 * summary is not masked by the runner the way the log is.
 */
export class Redactor {
  private readonly secrets = new Set<string>()

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const secret of secrets) this.add(secret)
  }

  add(secret: string | undefined): void {
    // Very short values would blank out ordinary words; the runner's masking draws the same line.
    if (secret !== undefined && secret.trim().length >= 4) this.secrets.add(secret)
  }

  redact(text: string): string {
    let out = text
    // Longest first, so a secret that contains another is replaced whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length))
      out = out.split(secret).join('***')
    return out
  }
}

/** A JSON field whose name says it holds a credential: `token`, `apiKey`, `user_key`, `password`, ... */
const SECRET_FIELD =
  /("[A-Za-z0-9_-]*(?:token|key|secret|password|authorization)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi

/**
 * JSON text with the string value of every field named like a credential blanked: for text logged before the
 * secrets it carries are known (a token answer, as it arrives).
 */
export function redactSecretFields(text: string): string {
  return text.replace(SECRET_FIELD, '$1"***"')
}
