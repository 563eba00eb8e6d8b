/** The system or library code of a failed request (`ECONNREFUSED`, `UND_ERR_SOCKET`), through its causes. */
export function errorCode(error: unknown): string | undefined {
  // Not `instanceof Error`: errors may come from another realm (a VM context in tests).
  for (let e = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string') return code
  }
  return undefined
}

/** A failed request in a few words: its code when it has one, else its message. */
export function describeFailure(error: unknown): string {
  const code = errorCode(error)
  return code
    ? `a network error (${code})`
    : `an error (${error instanceof Error ? error.message : String(error)})`
}
