import type { Clock } from '../shared/clock.js'

/**
 * The client's one rate behaviour. A 429 with `Retry-After` is about the account, not about the request that
 * met it: every request of the client (plan fetches, exports, polls, by any of the pool's workers) waits
 * until the pause is over, so a manifest's videos back off together instead of each worker hammering on
 * until it meets its own 429.
 */
export class RateGate {
  private until = 0

  constructor(private readonly clock: Clock) {}

  /** Returns once no pause holds (at once when none does); aborted with `signal`. */
  async pass(signal: AbortSignal): Promise<void> {
    // A pause may be extended while this waits: wait again until the latest one is over.
    for (let now = this.clock.now(); now < this.until; now = this.clock.now())
      await this.clock.sleep(this.until - now, signal)
  }

  /** The server asked the client to come back in `ms`; a later pause never shortens an earlier one. */
  pause(ms: number): void {
    this.until = Math.max(this.until, this.clock.now() + ms)
  }
}
