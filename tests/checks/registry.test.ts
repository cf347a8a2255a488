/**
 * The check registry: stable, unique codes; clause ids that exist in spec/zeeg/clauses.yaml;
 * every clause covered by a check or marked untestable; and the suites use only registered
 * checks, so nothing they judge escapes the report.
 */
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS, CHECKS_BY_CODE, TYPE_ACCEPTED, TYPE_REJECTED, typeClause } from '../../src/apis/zeeg/checks/index.ts';
import { DOCUMENTED_TYPES } from '../../src/apis/zeeg/contract/attributes.ts';
import { loadClauses } from '../../src/contract/clauses.ts';
import { CHECK_CODE_PATTERN } from '../../src/core/checks.ts';
import { ZEEG_SUITES } from '../../src/apis/zeeg/suites/index.ts';
import { FAULT_EXPECTATIONS } from '../runner/fault-expectations.ts';
import { FAILING_REPLIES } from './failing-replies.ts';

const CATALOGUE = loadClauses('zeeg');
const CASES = ZEEG_SUITES.flatMap((suite) => suite.cases.map((testCase) => ({ suite: suite.name, testCase })));

describe('check codes', () => {
  it('are upper snake case', () => {
    expect(CHECK_CODE_PATTERN.source).toBe('^[A-Z][A-Z0-9_]+$');
    expect(ALL_CHECKS.filter((c) => !/^[A-Z][A-Z0-9_]+$/.test(c.code)).map((c) => c.code)).toEqual([]);
  });

  it('are unique, and CHECKS_BY_CODE finds each', () => {
    const codes = ALL_CHECKS.map((c) => c.code);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    for (const check of ALL_CHECKS) expect(CHECKS_BY_CODE.get(check.code)).toBe(check);
  });

  it('carry a level, a title and at least one clause, and are frozen', () => {
    for (const check of ALL_CHECKS) {
      expect(['MUST', 'SHOULD'], check.code).toContain(check.level);
      expect(check.title.length, check.code).toBeGreaterThan(0);
      expect(check.clauses.length, check.code).toBeGreaterThan(0);
      expect(Object.isFrozen(check) && Object.isFrozen(check.clauses), check.code).toBe(true);
    }
  });

  it('one accepted and one rejected check per documented type, naming the type clause', () => {
    for (const type of DOCUMENTED_TYPES) {
      expect(TYPE_ACCEPTED[type]).toMatchObject({ code: `TYPE_${type.toUpperCase()}_ACCEPTED`, level: 'MUST', clauses: ['ZEEG-TYPES-001', typeClause(type)] });
      expect(TYPE_REJECTED[type]).toMatchObject({ code: `TYPE_${type.toUpperCase()}_REJECTED`, level: 'MUST', clauses: ['ZEEG-TYPES-002', typeClause(type)] });
    }
  });
});

describe('checks and the clause catalogue', () => {
  it('every clause a check names exists', () => {
    const missing = ALL_CHECKS.flatMap((c) => c.clauses.filter((id) => !CATALOGUE.byId.has(id)).map((id) => `${c.code}: ${id}`));
    expect(missing).toEqual([]);
  });

  it('a check is never stricter than the clauses it names (a MUST check names a MUST clause)', () => {
    const loose = ALL_CHECKS.filter((c) => c.level === 'MUST' && !c.clauses.some((id) => CATALOGUE.byId.get(id)?.level === 'MUST')).map((c) => c.code);
    expect(loose).toEqual([]);
  });

  it('COVERAGE: every clause is named by a check or says why it is untestable', () => {
    const named = new Set(ALL_CHECKS.flatMap((c) => c.clauses));
    const uncovered = CATALOGUE.clauses.filter((clause) => !named.has(clause.id) && clause.untestable === undefined).map((clause) => clause.id);
    expect(uncovered, `uncovered clauses: ${uncovered.join(', ')}`).toEqual([]);
  });

  it('an untestable reason is never empty', () => {
    for (const clause of CATALOGUE.clauses) if (clause.untestable !== undefined) expect(clause.untestable.trim(), clause.id).not.toBe('');
  });
});

describe('checks and the suites', () => {
  it('every check a case names is the registered check of that code', () => {
    const strays = CASES.flatMap(({ suite, testCase }) => testCase.checks.filter((c) => CHECKS_BY_CODE.get(c.code) !== c).map((c) => `${suite}: ${c.code}`));
    expect(strays).toEqual([]);
  });

  it('every clause a case names exists', () => {
    const missing = CASES.flatMap(({ suite, testCase }) => testCase.clauses.filter((id) => !CATALOGUE.byId.has(id)).map((id) => `${suite}: ${id}`));
    expect(missing).toEqual([]);
  });

  it('every registered check is named by some case', () => {
    const used = new Set(CASES.flatMap(({ testCase }) => testCase.checks.map((c) => c.code)));
    expect(ALL_CHECKS.filter((c) => !used.has(c.code)).map((c) => c.code)).toEqual([]);
  });
});

describe('every check can fail', () => {
  it('each is drawn, at its level, by a fault of the matrix or by a failing reply', () => {
    const drawn = new Map<string, string>();
    for (const expected of Object.values(FAULT_EXPECTATIONS)) drawn.set(expected.code, expected.level);
    for (const scenario of FAILING_REPLIES) drawn.set(scenario.code, scenario.level);
    expect(ALL_CHECKS.filter((c) => drawn.get(c.code) !== c.level).map((c) => `${c.code} (${c.level}): ${drawn.get(c.code) ?? 'never drawn'}`)).toEqual([]);
  });
});
