/**
 * The Kizen check registry: unique upper-snake codes, clause ids that exist in
 * spec/kizen/clauses.yaml, no MUST check resting on SHOULD clauses only, every clause named by
 * a check (or marked untestable), every check named by a case and drawn by a fault or a
 * failing reply.
 */
import { describe, expect, it } from 'vitest';
import { KIZEN_CHECKS, KIZEN_CHECKS_BY_CODE } from '../../src/apis/kizen/checks/index.ts';
import { loadClauses } from '../../src/contract/clauses.ts';
import { CHECK_CODE_PATTERN } from '../../src/core/checks.ts';
import { KIZEN_SUITES } from '../../src/apis/kizen/suites/index.ts';
import { KIZEN_FAULT_EXPECTATIONS } from '../runner/kizen-fault-expectations.ts';
import { KIZEN_FAILING_REPLIES } from './kizen-failing-replies.ts';

const CATALOGUE = loadClauses('kizen');
const CASES = KIZEN_SUITES.flatMap((suite) => suite.cases);

describe('the Kizen check registry', () => {
  it('codes are upper snake case, start with KIZEN_ and are unique', () => {
    const codes = KIZEN_CHECKS.map((c) => c.code);
    expect(codes.filter((c) => !CHECK_CODE_PATTERN.test(c) || !c.startsWith('KIZEN_'))).toEqual([]);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    for (const check of KIZEN_CHECKS) expect(KIZEN_CHECKS_BY_CODE.get(check.code)).toBe(check);
  });

  it('every clause a check names exists, and a MUST check names a MUST clause', () => {
    expect(KIZEN_CHECKS.flatMap((c) => c.clauses.filter((id) => !CATALOGUE.byId.has(id)).map((id) => `${c.code}: ${id}`))).toEqual([]);
    expect(KIZEN_CHECKS.filter((c) => c.level === 'MUST' && !c.clauses.some((id) => CATALOGUE.byId.get(id)?.level === 'MUST')).map((c) => c.code)).toEqual([]);
  });

  it('COVERAGE: every clause is named by a check or says why it is untestable', () => {
    const named = new Set(KIZEN_CHECKS.flatMap((c) => c.clauses));
    expect(CATALOGUE.clauses.filter((c) => !named.has(c.id) && c.untestable === undefined).map((c) => c.id)).toEqual([]);
  });

  it('every check a case names is registered, every registered check is named by a case, every case clause exists', () => {
    expect(CASES.flatMap((c) => c.checks.filter((check) => KIZEN_CHECKS_BY_CODE.get(check.code) !== check).map((check) => check.code))).toEqual([]);
    const named = new Set(CASES.flatMap((c) => c.checks.map((check) => check.code)));
    const implied = new Set(CASES.flatMap((c) => c.clauses));
    expect(KIZEN_CHECKS.filter((c) => !named.has(c.code) && !c.clauses.some((id) => implied.has(id))).map((c) => c.code)).toEqual([]);
    expect(CASES.flatMap((c) => c.clauses.filter((id) => !CATALOGUE.byId.has(id)))).toEqual([]);
  });

  it('every check is drawn by a fault or a failing reply, at its own level', () => {
    const drawn = new Map([...Object.values(KIZEN_FAULT_EXPECTATIONS), ...KIZEN_FAILING_REPLIES].map((e) => [e.code, e.level] as const));
    expect(KIZEN_CHECKS.filter((c) => drawn.get(c.code) !== c.level).map((c) => c.code)).toEqual([]);
  });
});
