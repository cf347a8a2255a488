/**
 * The HubSpot check registry: unique upper-snake codes; clause ids that exist in
 * spec/hubspot/clauses.yaml; a MUST check names a MUST clause; every clause named by a check
 * or marked untestable; the suites use only registered checks; every check can fail (drawn by
 * a fault of the matrix or by a failing reply, at its level).
 */
import { describe, expect, it } from 'vitest';
import { HUBSPOT_CHECKS, HUBSPOT_CHECKS_BY_CODE } from '../../src/apis/hubspot/checks/index.ts';
import { loadClauses } from '../../src/contract/clauses.ts';
import { CHECK_CODE_PATTERN } from '../../src/core/checks.ts';
import { HUBSPOT_SUITES } from '../../src/apis/hubspot/suites/index.ts';
import { HUBSPOT_FAULT_EXPECTATIONS } from '../runner/hubspot-fault-expectations.ts';
import { HUBSPOT_FAILING_REPLIES } from './hubspot-failing-replies.ts';

const CATALOGUE = loadClauses('hubspot');
const CASES = HUBSPOT_SUITES.flatMap((suite) => suite.cases.map((testCase) => ({ suite: suite.name, testCase })));

describe('HubSpot check codes', () => {
  it('are upper snake case, unique, found by code, frozen, with a title and a clause', () => {
    const codes = HUBSPOT_CHECKS.map((c) => c.code);
    expect(codes.filter((code) => !CHECK_CODE_PATTERN.test(code))).toEqual([]);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    for (const check of HUBSPOT_CHECKS) {
      expect(HUBSPOT_CHECKS_BY_CODE.get(check.code)).toBe(check);
      expect(check.title.length > 0 && check.clauses.length > 0 && Object.isFrozen(check), check.code).toBe(true);
    }
  });

  it('count 89: 50 MUST and 39 SHOULD', () => {
    expect([HUBSPOT_CHECKS.length, HUBSPOT_CHECKS.filter((c) => c.level === 'MUST').length]).toEqual([89, 50]);
  });
});

describe('HubSpot checks and the clause catalogue', () => {
  it('every clause a check names exists', () => {
    expect(HUBSPOT_CHECKS.flatMap((c) => c.clauses.filter((id) => !CATALOGUE.byId.has(id)).map((id) => `${c.code}: ${id}`))).toEqual([]);
  });

  it('a MUST check names a MUST clause', () => {
    expect(HUBSPOT_CHECKS.filter((c) => c.level === 'MUST' && !c.clauses.some((id) => CATALOGUE.byId.get(id)?.level === 'MUST')).map((c) => c.code)).toEqual([]);
  });

  it('COVERAGE: every clause is named by a check or says why it is untestable', () => {
    const named = new Set(HUBSPOT_CHECKS.flatMap((c) => c.clauses));
    expect(CATALOGUE.clauses.filter((clause) => !named.has(clause.id) && clause.untestable === undefined).map((clause) => clause.id)).toEqual([]);
  });
});

describe('HubSpot checks and the suites', () => {
  it('cases name only registered checks and existing clauses, and every check is named by a case', () => {
    expect(CASES.flatMap(({ suite, testCase }) => testCase.checks.filter((c) => HUBSPOT_CHECKS_BY_CODE.get(c.code) !== c).map((c) => `${suite}: ${c.code}`))).toEqual([]);
    expect(CASES.flatMap(({ suite, testCase }) => testCase.clauses.filter((id) => !CATALOGUE.byId.has(id)).map((id) => `${suite}: ${id}`))).toEqual([]);
    const used = new Set(CASES.flatMap(({ testCase }) => testCase.checks.map((c) => c.code)));
    expect(HUBSPOT_CHECKS.filter((c) => !used.has(c.code)).map((c) => c.code)).toEqual([]);
  });

  it('every check can fail: drawn at its level by a fault of the matrix or by a failing reply', () => {
    const drawn = new Map<string, string>();
    for (const expected of Object.values(HUBSPOT_FAULT_EXPECTATIONS)) drawn.set(expected.code, expected.level);
    for (const scenario of HUBSPOT_FAILING_REPLIES) drawn.set(scenario.code, scenario.level);
    expect(HUBSPOT_CHECKS.filter((c) => drawn.get(c.code) !== c.level).map((c) => `${c.code} (${c.level}): ${drawn.get(c.code) ?? 'never drawn'}`)).toEqual([]);
  });
});
