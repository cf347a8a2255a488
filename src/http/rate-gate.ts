/**
 * The gate every request of a run passes before it is sent: shut for everyone while a 429's
 * Retry-After runs, and, with --rate, paced by one token bucket. Requests pass in the order they
 * arrive; only the first in line sleeps, so the clock is read afresh for every grant.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { TokenBucket } from './token-bucket.ts';

/** The time source; tests pass one whose sleep moves its own clock. */
export interface GateClock {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const REAL_CLOCK: GateClock = { now: () => performance.now(), sleep: (ms) => sleep(ms) };

/** What one request waited, in milliseconds: for a token, and for a Retry-After pause. */
export interface GateWait {
  rateMs: number;
  retryAfterMs: number;
}

export class RateGate {
  private readonly clock: GateClock;
  private readonly bucket: TokenBucket | undefined;
  private reopensAt = -Infinity;
  private line: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  /** Time the head of the line has slept for tokens and for pauses; a request's wait is the growth while it queued. */
  private sleptForRate = 0;
  private sleptForPause = 0;

  /** `rate`: requests a second at most, in any second; undefined paces nothing (pauses still apply). */
  constructor(rate: number | undefined, clock: GateClock = REAL_CLOCK) {
    this.clock = clock;
    this.bucket = rate === undefined ? undefined : new TokenBucket(rate, clock.now());
  }

  /** Resolves when the caller may send, with how long it waited. */
  pass(): Promise<GateWait> {
    if (this.bucket === undefined && this.waiting === 0 && this.clock.now() >= this.reopensAt) return Promise.resolve({ rateMs: 0, retryAfterMs: 0 });
    const before = { rate: this.sleptForRate, pause: this.sleptForPause };
    this.waiting += 1;
    const turn = this.line.then(() => this.headOfLine());
    this.line = turn;
    return turn.then(() => {
      this.waiting -= 1;
      return { rateMs: Math.round(this.sleptForRate - before.rate), retryAfterMs: Math.round(this.sleptForPause - before.pause) };
    });
  }

  /** A 429 asked for `ms` of quiet: no request of the run is sent before then. */
  pauseFor(ms: number): void {
    this.reopensAt = Math.max(this.reopensAt, this.clock.now() + ms);
  }

  private async headOfLine(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      if (now < this.reopensAt) {
        await this.clock.sleep(this.reopensAt - now);
        this.sleptForPause += this.clock.now() - now;
        continue;
      }
      const wait = this.bucket?.take(now) ?? 0;
      if (wait === 0) return;
      await this.clock.sleep(wait);
      this.sleptForRate += this.clock.now() - now;
    }
  }
}
