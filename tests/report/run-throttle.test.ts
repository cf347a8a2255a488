/**
 * run.throttle: the cases' 429 counts and waits summed, with the run's --rate; absent for an
 * unpaced run nothing held back; valid against spec/report.schema.json.
 */
import { describe, expect, it } from 'vitest';
import { loadClauses } from '../../src/contract/clauses.ts';
import type { CaseOutcome } from '../../src/core/findings.ts';
import { buildReport } from '../../src/report/build-report.ts';
import { runThrottle } from '../../src/report/run-throttle.ts';
import { reportErrors } from '../../src/reporters/json-report.ts';

function outcome(testCase: string, throttle?: CaseOutcome['throttle']): CaseOutcome {
  return {
    suite: 'create', testCase, clauses: [], tallies: [], findings: [], requests: 10, durationMs: 5, leftovers: [],
    ...(throttle === undefined ? {} : { throttle }),
  };
}

const HELD = [
  outcome('a', { throttled: 2, rateWaitMs: 150, retryAfterWaitMs: 2_000 }),
  outcome('b'),
  outcome('c', { throttled: 1, rateWaitMs: 50, retryAfterWaitMs: 1_000 }),
];

function report(outcomes: CaseOutcome[], rate?: number) {
  return buildReport({
    catalogue: loadClauses('zeeg'),
    checks: [],
    outcomes,
    version: '0.1.0',
    target: { baseUrl: 'https://crm.example.test/v2', embedded: false, objects: ['products'] },
    run: { id: 'crmcthrottle', seed: 1, runs: 2, strict: false, only: [], startedAt: '2026-03-01T10:00:00.000Z', finishedAt: '2026-03-01T10:00:01.000Z', wallMs: 1_000 },
    ...(rate === undefined ? {} : { rate }),
  });
}

describe('runThrottle', () => {
  it('sums the 429s and both waits over the cases that have them', () => {
    expect(runThrottle(HELD)).toEqual({ throttled: 3, rateWaitMs: 200, retryAfterWaitMs: 3_000 });
    expect(runThrottle(HELD, 20)).toEqual({ rate: 20, throttled: 3, rateWaitMs: 200, retryAfterWaitMs: 3_000 });
  });

  it('is undefined for an unpaced run nothing held back, and zeros with the rate for a paced one', () => {
    expect(runThrottle([outcome('a'), outcome('b')])).toBeUndefined();
    expect(runThrottle([outcome('a')], 5)).toEqual({ rate: 5, throttled: 0, rateWaitMs: 0, retryAfterWaitMs: 0 });
  });
});

describe('buildReport', () => {
  it('puts the throttle figures in run.throttle, valid against the schema', () => {
    const built = report(HELD, 20);
    expect(built.run.throttle).toEqual({ rate: 20, throttled: 3, rateWaitMs: 200, retryAfterWaitMs: 3_000 });
    expect(reportErrors(built)).toEqual([]);
  });

  it('leaves run.throttle out when nothing was held back', () => {
    expect('throttle' in report([outcome('a')]).run).toBe(false);
  });

  it('the schema refuses a negative count', () => {
    const built = report(HELD);
    built.run.throttle!.throttled = -1;
    expect(reportErrors(built).map((e) => e.instancePath)).toContain('/run/throttle/throttled');
  });
});
