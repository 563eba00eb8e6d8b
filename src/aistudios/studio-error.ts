import { ActionError } from '../shared/errors.js'

/**
 * What a failed call got, so that callers can tell an odd answer from a clear one:
 * - `unreachable`: no answer (a network error, a timeout);
 * - `busy`: a status that asks to come back later (5xx, 408, 429), whatever its body;
 * - `unreadable`: a 2xx that cannot be read (not the JSON envelope, an empty body, no data, a shape the
 *   schema does not know): it says nothing clear about the request;
 * - `not-found`: HTTP 404;
 * - `refused`: the API's clear answer (its error envelope, a redirect, any other status);
 * - `maybe-charged`: an export whose outcome cannot be known.
 */
export type StudioErrorKind =
  'unreachable' | 'busy' | 'unreadable' | 'not-found' | 'refused' | 'maybe-charged'

/** A failure of one call, after its retries. `transient` failures may succeed if tried again later. */
export class StudioError extends ActionError {
  readonly kind: StudioErrorKind
  readonly transient: boolean
  readonly status?: number
  readonly retryAfterMs?: number

  constructor(
    message: string,
    facts: { kind: StudioErrorKind; transient: boolean; status?: number; retryAfterMs?: number }
  ) {
    super(message)
    this.name = 'StudioError'
    this.kind = facts.kind
    this.transient = facts.transient
    this.status = facts.status
    this.retryAfterMs = facts.retryAfterMs
  }
}
