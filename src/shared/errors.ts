/** Where in a user's file a problem is, for annotations (`core.error` with file/line). */
export interface SourceLocation {
  file: string
  line?: number
  column?: number
}

export interface ActionErrorDetails {
  /** The action input at fault, e.g. `timeout-minutes`. */
  input?: string
  /** The place in a patch or vars file at fault. */
  location?: SourceLocation
}

/**
 * The one error type the action reports to users: its message is a single line that names what is wrong
 * and how to fix it. Anything else that reaches the top is a bug and is reported with less polish.
 */
export class ActionError extends Error {
  readonly details: ActionErrorDetails

  constructor(message: string, details: ActionErrorDetails = {}) {
    super(message)
    this.name = 'ActionError'
    this.details = details
  }
}

/** The message of any thrown value, without a stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
