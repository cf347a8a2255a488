import { describe, expect, it } from 'vitest';
import type { CaseOutcome, Finding } from '../../src/core/findings.ts';
import { isRacy, judgeOutcome } from '../../src/suites/replay-finding.ts';

const finding = { id: 'PATCH_KEEPS_OMITTED#1', check: 'PATCH_KEEPS_OMITTED', level: 'MUST', exchanges: [] } as unknown as Finding;

function outcome(tallies: CaseOutcome['tallies'], findings: Array<Partial<Finding>> = []): CaseOutcome {
  return { suite: 'patch', testCase: 't', clauses: [], tallies, findings: findings as Finding[], requests: 3, durationMs: 1, leftovers: [] };
}

describe('judgeOutcome', () => {
  it('is STILL FAILING when the check fails again, with the new message', () => {
    const again = { check: 'PATCH_KEEPS_OMITTED', level: 'MUST' as const, message: 'attribute "a" is null, expected 1' };
    expect(judgeOutcome(finding, outcome([{ check: 'PATCH_KEEPS_OMITTED', passes: 2, failures: 1 }], [again]))).toEqual({ verdict: 'still-failing', reason: again.message, again });
  });

  it('is FIXED when the check passed and never failed', () => {
    expect(judgeOutcome(finding, outcome([{ check: 'PATCH_KEEPS_OMITTED', passes: 1, failures: 0 }]))).toEqual({ verdict: 'fixed', reason: 'PATCH_KEEPS_OMITTED passed once and never failed' });
  });

  it('is UNDECIDED when the check was skipped, or the case stopped at another MUST check first', () => {
    expect(judgeOutcome(finding, outcome([{ check: 'PATCH_KEEPS_OMITTED', passes: 0, failures: 0, skipped: 'no read token' }])).reason).toBe('PATCH_KEEPS_OMITTED was skipped: no read token');
    const other = { check: 'PATCH_STATUS', level: 'MUST' as const, message: 'expected 200, got 500' };
    expect(judgeOutcome(finding, outcome([], [other]))).toEqual({ verdict: 'undecided', reason: 'the case stopped at PATCH_STATUS (expected 200, got 500) before PATCH_KEEPS_OMITTED was judged' });
    expect(judgeOutcome(finding, outcome([])).verdict).toBe('undecided');
  });
});

describe('isRacy', () => {
  it('is true only when the evidence holds writes that were in flight together', () => {
    const exchange = { seq: 1, step: 's', request: { method: 'PUT', url: 'u', headers: {} }, durationMs: 1 };
    expect(isRacy({ ...finding, exchanges: [exchange] })).toBe(false);
    expect(isRacy({ ...finding, exchanges: [{ ...exchange, raced: true }] })).toBe(true);
  });
});
