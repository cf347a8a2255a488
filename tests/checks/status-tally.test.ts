/** statusCounts and statusTally: each status once, lowest first, with how often it came back. */
import { describe, expect, it } from 'vitest';
import { statusCounts, statusTally } from '../../src/checks/status-tally.ts';

describe('status tallies', () => {
  it('counts each status, lowest first', () => {
    expect(statusCounts([409, 201, 409, 500, 409])).toEqual({ '201': 1, '409': 3, '500': 1 });
    expect(Object.keys(statusCounts([500, 201, 200]))).toEqual(['200', '201', '500']);
  });

  it('says the counts in words', () => {
    expect(statusTally([201, 200, 200])).toBe('200 × 2, 201 × 1');
    expect(statusTally([0])).toBe('0 × 1');
    expect(statusTally([])).toBe('no replies');
  });
});
