/**
 * UniqueSerials: the blocks of two cases of a run never overlap, values stay within the
 * positive int32 range and between 1800 and 9999, and the same run id and ordinal give the
 * same values (a run replays from its seed and run id).
 */
import { describe, expect, it } from 'vitest';
import { CASE_SLOTS, UniqueSerials } from '../../src/runner/unique-values.ts';

const take = <T>(n: number, f: () => T): T[] => Array.from({ length: n }, f);

describe('UniqueSerials', () => {
  it('gives the cases of one run disjoint numbers and dates', () => {
    const numbers = new Set<number>();
    const dates = new Set<string>();
    for (let ordinal = 0; ordinal < CASE_SLOTS; ordinal += 1) {
      const serials = new UniqueSerials('crmcabcd1234', ordinal);
      for (const n of take(200, () => serials.number())) numbers.add(n);
      const forDates = new UniqueSerials('crmcabcd1234', ordinal);
      for (const d of take(200, () => forDates.date())) dates.add(d);
    }
    expect(numbers.size).toBe(CASE_SLOTS * 200);
    expect(dates.size).toBe(CASE_SLOTS * 200);
  });

  it('stays within the ranges narrow columns hold', () => {
    for (const runId of ['crmc00000000', 'crmcffffffff', 'x']) {
      for (const ordinal of [0, 63, 127, 128, -1]) {
        const serials = new UniqueSerials(runId, ordinal);
        for (const n of take(50, () => serials.number())) expect(n >= 1_000_000_000 && n <= 2_147_483_647, String(n)).toBe(true);
        for (const d of take(50, () => serials.date())) {
          expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(d >= '1800-01-01' && d <= '9999-12-31', d).toBe(true);
        }
      }
    }
  });

  it('repeats with the run id and ordinal', () => {
    const a = new UniqueSerials('crmcrepeat', 9);
    const b = new UniqueSerials('crmcrepeat', 9);
    expect(take(5, () => a.number())).toEqual(take(5, () => b.number()));
    expect(take(5, () => a.date())).toEqual(take(5, () => b.date()));
  });
});
