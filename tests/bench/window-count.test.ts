/**
 * maxInWindow, the measure of the --rate bench and tests: half-open windows, and a burst the
 * naive token bucket lets through is counted in full.
 */
import { describe, expect, it } from 'vitest';
import { maxInWindow } from '../../bench/window-count.ts';

describe('maxInWindow', () => {
  it('counts half-open windows: events exactly a second apart share none', () => {
    expect(maxInWindow([0, 1_000, 2_000])).toBe(1);
    expect(maxInWindow([0, 999, 1_000, 1_500])).toBe(3);
    expect(maxInWindow([])).toBe(0);
  });

  it('catches the naive bucket (capacity and refill both R) at nearly 2R in one second', () => {
    const grants: number[] = [];
    for (let i = 0; i < 20; i += 1) grants.push(0);
    for (let i = 1; i <= 20; i += 1) grants.push(i * 50);
    expect(maxInWindow(grants)).toBe(39);
  });
});
