/**
 * The token bucket behind --rate, shaped so that no window of one second ever holds more than
 * `rate` grants, not just their long-run average.
 *
 * A bucket of capacity B refilled at r tokens a second grants fewer than B + r·W requests in
 * any window of W seconds: it holds at most B tokens when the window opens and gains r·W during
 * it, and the last grant needs a whole token. A bucket that starts full with B = R and refills
 * at R therefore allows almost 2R in one second. Here B is small (R/20, at least 1) and r is
 * (R + 1 − B) / (1 + margin), so B + r·W ≤ R + 1 for every window up to 1 + margin seconds:
 * at most R grants, with `margin` seconds to spare for requests that bunch up on their way to
 * the target. The cost is throughput: in the long run the bucket grants r, about 0.95 R.
 */

/** Seconds of slack for requests that bunch up between the grant and the target. */
export const JITTER_MARGIN_S = 0.05;

/** Requests a second the bucket accepts as a limit. */
export const MAX_RATE = 10_000;

export interface BucketShape {
  /** Tokens the bucket holds at most: the largest burst after a quiet spell. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

/** The shape that keeps every one-second window at or below `rate` (an integer from 1 up). */
export function bucketShape(rate: number): BucketShape {
  const capacity = Math.max(1, Math.floor(rate / 20));
  return { capacity, refillPerSecond: (rate + 1 - capacity) / (1 + JITTER_MARGIN_S) };
}

export class TokenBucket {
  readonly shape: BucketShape;
  private tokens: number;
  private updatedAt: number;

  /** `now` is the time in milliseconds on the clock every later call uses. */
  constructor(rate: number, now: number) {
    if (!Number.isInteger(rate) || rate < 1 || rate > MAX_RATE) throw new RangeError(`rate must be an integer from 1 to ${MAX_RATE}, got ${rate}`);
    this.shape = bucketShape(rate);
    this.tokens = this.shape.capacity;
    this.updatedAt = now;
  }

  /**
   * Takes a token at `now` and returns 0, or takes none and returns the milliseconds until one
   * will be there (at least 1). The bound holds for the times of the grants: a caller that
   * wakes late is granted at the time it asks, and no tokens pile up beyond the capacity.
   */
  take(now: number): number {
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.shape.capacity, this.tokens + (elapsed * this.shape.refillPerSecond) / 1000);
    this.updatedAt = Math.max(this.updatedAt, now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.shape.refillPerSecond));
  }
}
