/**
 * RateGate on a clock whose sleep moves time: an open gate without a rate lets requests through
 * untouched; a pause holds back every request that arrives during it and each one's wait is
 * counted as a Retry-After wait; with a rate, requests pass in order, spaced by the bucket, and
 * their waits are counted as rate waits.
 */
import { describe, expect, it } from 'vitest';
import { RateGate, type GateClock, type GateWait } from '../../src/http/rate-gate.ts';
import { maxInWindow } from '../../bench/window-count.ts';

function fakeClock(): GateClock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

const passAll = (gate: RateGate, n: number): Promise<GateWait[]> => Promise.all(Array.from({ length: n }, () => gate.pass()));

describe('RateGate', () => {
  it('without a rate and without a pause lets every request through at once', async () => {
    const clock = fakeClock();
    const waits = await passAll(new RateGate(undefined, clock), 5);
    expect(waits).toEqual(Array.from({ length: 5 }, () => ({ rateMs: 0, retryAfterMs: 0 })));
    expect(clock.slept).toEqual([]);
  });

  it('a pause holds back every request until it ends, each counting the wait as Retry-After', async () => {
    const clock = fakeClock();
    const gate = new RateGate(undefined, clock);
    gate.pauseFor(1_000);
    const waits = await passAll(gate, 3);
    expect(waits).toEqual(Array.from({ length: 3 }, () => ({ rateMs: 0, retryAfterMs: 1_000 })));
    expect(clock.now()).toBe(1_000);
    expect(await gate.pass()).toEqual({ rateMs: 0, retryAfterMs: 0 });
  });

  it('a shorter pause never cuts a longer one short', async () => {
    const clock = fakeClock();
    const gate = new RateGate(undefined, clock);
    gate.pauseFor(2_000);
    gate.pauseFor(500);
    expect(await gate.pass()).toEqual({ rateMs: 0, retryAfterMs: 2_000 });
  });

  it('with rate 20, forty requests pass in order, at most 20 in any second, each waiting its turn', async () => {
    const clock = fakeClock();
    const waits = await passAll(new RateGate(20, clock), 40);
    const grantedAt = waits.map((w) => w.rateMs + w.retryAfterMs);
    expect(grantedAt[0]).toBe(0);
    expect(grantedAt).toEqual([...grantedAt].sort((a, b) => a - b));
    expect(new Set(grantedAt).size).toBe(40);
    expect(maxInWindow(grantedAt)).toBeLessThanOrEqual(20);
    expect(waits.every((w) => w.retryAfterMs === 0)).toBe(true);
    expect(grantedAt[39]).toBe(clock.now());
  });

  it('a pause during pacing delays the line, and the waits split into both kinds', async () => {
    const clock = fakeClock();
    const gate = new RateGate(20, clock);
    await gate.pass();
    gate.pauseFor(1_000);
    const [first, second] = await passAll(gate, 2);
    expect(first).toEqual({ rateMs: 0, retryAfterMs: 1_000 });
    expect(second!.retryAfterMs).toBe(1_000);
    expect(second!.rateMs).toBe(Math.ceil(1_000 / (20 / 1.05)));
  });
});
