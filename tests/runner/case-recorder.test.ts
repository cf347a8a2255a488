/**
 * CaseRecorder: passes and skips tallied per check, SHOULD findings recorded once per check
 * without throwing, MUST findings thrown as ViolationError, violations recorded after the fact,
 * and the outcome it hands on.
 */
import { describe, expect, it } from 'vitest';
import { defineCheck } from '../../src/checks/define-check.ts';
import type { Exchange } from '../../src/core/findings.ts';
import { CaseRecorder, ViolationError, type Evidence } from '../../src/runner/case-recorder.ts';

const SHOULD_CHECK = defineCheck('DEMO_SHOULD', 'SHOULD', ['ZEEG-RECORD-002'], 'A SHOULD rule');
const MUST_CHECK = defineCheck('DEMO_MUST', 'MUST', ['ZEEG-CREATE-001'], 'A MUST rule');

const exchange = (seq: number): Exchange => ({ seq, step: 'Create', request: { method: 'POST', url: 'http://t/v2/crm/products', headers: {} }, durationMs: 1 });
const evidence = (extra: Partial<Evidence> = {}): Evidence => ({ message: 'observed 200', expected: 201, observed: 200, exchanges: [exchange(1)], ...extra });
const recorder = () => new CaseRecorder('create', 'ZEEG-CREATE-001: a case', ['ZEEG-CREATE-001'], 77);

describe('CaseRecorder', () => {
  it('a SHOULD failure does not throw and is recorded once per check, while every failure is counted', () => {
    const r = recorder();
    expect(() => r.fail(SHOULD_CHECK, evidence())).not.toThrow();
    r.fail(SHOULD_CHECK, evidence({ message: 'second' }));
    const outcome = r.outcome(3);
    expect(outcome.findings.map((f) => f.message)).toEqual(['observed 200']);
    expect(outcome.tallies).toEqual([{ check: 'DEMO_SHOULD', passes: 0, failures: 2 }]);
    expect(r.hasFinding('DEMO_SHOULD')).toBe(true);
    expect(r.hasFinding('DEMO_MUST')).toBe(false);
  });

  it('a MUST failure throws a ViolationError carrying the finding, with extra clauses merged once', () => {
    const r = recorder();
    let thrown: unknown;
    try {
      r.fail(MUST_CHECK, evidence({ extraClauses: ['ZEEG-TYPES-003', 'ZEEG-CREATE-001'] }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ViolationError);
    const violation = thrown as ViolationError;
    expect(violation.message).toBe('DEMO_MUST: observed 200');
    expect(violation.finding).toEqual({
      id: 'DEMO_MUST', check: 'DEMO_MUST', clauses: ['ZEEG-CREATE-001', 'ZEEG-TYPES-003'], level: 'MUST', title: 'A MUST rule',
      message: 'observed 200', expected: 201, observed: 200, exchanges: [exchange(1)],
      suite: 'create', testCase: 'ZEEG-CREATE-001: a case', seed: 77,
    });
    expect(r.outcome(0).findings).toEqual([]);
  });

  it('stop: true makes a SHOULD failure throw too', () => {
    expect(() => recorder().fail(SHOULD_CHECK, evidence(), { stop: true })).toThrow(ViolationError);
  });

  it('recordViolation counts a failure and keeps every finding', () => {
    const r = recorder();
    r.pass(MUST_CHECK);
    const finding = r.finding(MUST_CHECK, evidence());
    r.recordViolation(finding);
    r.recordViolation({ ...finding, message: 'again' });
    const outcome = r.outcome(5);
    expect(outcome.tallies).toEqual([{ check: 'DEMO_MUST', passes: 1, failures: 2 }]);
    expect(outcome.findings.map((f) => f.message)).toEqual(['observed 200', 'again']);
  });

  it('a finding keeps only the last 60 exchanges', () => {
    const many = Array.from({ length: 75 }, (_, i) => exchange(i + 1));
    const finding = recorder().finding(SHOULD_CHECK, evidence({ exchanges: many }));
    expect(finding.exchanges.map((e) => e.seq)).toEqual(many.slice(15).map((e) => e.seq));
  });

  it('passes add up, and the first skip reason stays', () => {
    const r = recorder();
    r.pass(SHOULD_CHECK);
    r.pass(SHOULD_CHECK);
    r.markSkipped(MUST_CHECK, 'no relation attribute');
    r.markSkipped(MUST_CHECK, 'another reason');
    expect(r.outcome(0).tallies).toEqual([
      { check: 'DEMO_SHOULD', passes: 2, failures: 0 },
      { check: 'DEMO_MUST', passes: 0, failures: 0, skipped: 'no relation attribute' },
    ]);
  });

  it('the outcome has the case, its requests, leftovers and an error only when given', () => {
    const r = recorder();
    r.leftovers.push({ objectSlug: 'products', recordId: 'x', reason: 'DELETE answered 500' });
    const outcome = r.outcome(9);
    expect(outcome).toMatchObject({ suite: 'create', testCase: 'ZEEG-CREATE-001: a case', clauses: ['ZEEG-CREATE-001'], requests: 9, tallies: [], findings: [] });
    expect(outcome.leftovers).toEqual([{ objectSlug: 'products', recordId: 'x', reason: 'DELETE answered 500' }]);
    expect(Number.isInteger(outcome.durationMs) && outcome.durationMs >= 0).toBe(true);
    expect('error' in outcome).toBe(false);
    expect(r.outcome(9, { code: 'CRMC_TARGET_UNREACHABLE', message: 'down' }).error).toEqual({ code: 'CRMC_TARGET_UNREACHABLE', message: 'down' });
  });

  it('the outcome is a copy: later findings do not change it', () => {
    const r = recorder();
    const before = r.outcome(0);
    r.fail(SHOULD_CHECK, evidence());
    expect(before.findings).toEqual([]);
  });
});
