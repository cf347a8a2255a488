/**
 * The --rate bucket on an injected clock: no one-second window (nor one of 1.05 s) holds more
 * than the rate, however callers arrive or how late they wake; the long-run pace stays above
 * 90 % of the rate; the shape is pinned; bad rates are refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketShape, JITTER_MARGIN_S, TokenBucket } from '../../src/http/token-bucket.ts';
import { maxInWindow } from '../../bench/window-count.ts';

/** A caller that asks again the moment it is told to, plus `lateness[i]` ms; the grant times. */
function greedyGrants(rate: number, untilMs: number, lateness: (i: number) => number = () => 0): number[] {
  const bucket = new TokenBucket(rate, 0);
  const grants: number[] = [];
  for (let now = 0, i = 0; now < untilMs; i += 1) {
    const wait = bucket.take(now);
    if (wait === 0) grants.push(now);
    now += wait + lateness(i);
  }
  return grants;
}

describe('TokenBucket', () => {
  it('has a burst of R/20 (at least 1) and refills (R + 1 - burst) / 1.05 a second', () => {
    expect(bucketShape(1)).toEqual({ capacity: 1, refillPerSecond: 1 / 1.05 });
    expect(bucketShape(20)).toEqual({ capacity: 1, refillPerSecond: 20 / 1.05 });
    expect(bucketShape(100)).toEqual({ capacity: 5, refillPerSecond: 96 / 1.05 });
    expect(JITTER_MARGIN_S).toBe(0.05);
  });

  it.each([1, 2, 5, 20, 37, 100, 1_000])('at rate %i a greedy caller gets at most R in any second and over 0.9 R a second in the long run', (rate) => {
    const grants = greedyGrants(rate, 60_000);
    expect(maxInWindow(grants, 1_000)).toBeLessThanOrEqual(rate);
    expect(maxInWindow(grants, 1_000 * (1 + JITTER_MARGIN_S))).toBeLessThanOrEqual(rate);
    expect(grants.length / 60).toBeGreaterThan(0.9 * rate);
  });

  it('after a quiet spell grants only its small burst at once', () => {
    const bucket = new TokenBucket(100, 0);
    for (let i = 0; i < 5; i += 1) expect(bucket.take(10_000)).toBe(0);
    expect(bucket.take(10_000)).toBeGreaterThan(0);
  });

  it('tells how long until the next token, at least 1 ms', () => {
    const bucket = new TokenBucket(20, 0);
    expect(bucket.take(0)).toBe(0);
    expect(bucket.take(0)).toBe(Math.ceil(1_000 / (20 / 1.05)));
    expect(bucket.take(52)).toBe(1);
  });

  it('keeps every window at or below the rate whatever the arrivals and lateness', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 50, maxLength: 400 }), (rate, gaps) => {
        const grants = greedyGrants(rate, 20_000, (i) => gaps[i % gaps.length]!);
        return maxInWindow(grants, 1_000 * (1 + JITTER_MARGIN_S)) <= rate;
      }),
      { numRuns: 200, seed: 12 },
    );
  });

  it('refuses a rate that is not an integer from 1 to 10000', () => {
    for (const rate of [0, -1, 1.5, 10_001, Number.NaN]) expect(() => new TokenBucket(rate, 0)).toThrow(RangeError);
  });
});
