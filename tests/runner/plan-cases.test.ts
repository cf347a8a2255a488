/**
 * planCases: --only by clause id or check code, --shard i/n as an exact partition of the
 * selected cases; and the suite helpers it relies on (selected, caseTitle).
 */
import { describe, expect, it } from 'vitest';
import { planCases, type PlannedCase } from '../../src/suites/run-conformance.ts';
import { caseTitle, selected } from '../../src/suites/suite-def.ts';
import { ZEEG_SUITES } from '../../src/apis/zeeg/suites/index.ts';

const ALL = planCases({ only: [] }, ZEEG_SUITES);
const titles = (cases: PlannedCase[]) => cases.map((c) => `${c.suite.name}/${caseTitle(c.testCase)}`);

describe('planCases without a selection', () => {
  it('plans every case of every suite, in suite order', () => {
    expect(ALL.length).toBe(ZEEG_SUITES.reduce((n, suite) => n + suite.cases.length, 0));
    expect(ALL.length).toBe(43);
    expect([...new Set(ALL.map((c) => c.suite.name))]).toEqual(['discovery', 'model', 'types', 'auth', 'create', 'assert', 'patch', 'relation']);
    expect(new Set(titles(ALL)).size).toBe(ALL.length);
  });
});

describe('planCases with --only', () => {
  const EMPTY_BODY = 'create/an empty body creates a record whose attributes are all null';
  const UNIQUE_CASES = [
    'patch/a unique value another record holds is refused by create, patch and assert; a record keeps its own; racing creates leave one holder',
    'model/random command sequences agree with the model of the documented semantics',
  ];
  const named = (cases: PlannedCase[]) => cases.map((c) => `${c.suite.name}/${c.testCase.title}`);

  it('a clause id selects exactly the cases naming it', () => {
    expect(named(planCases({ only: ['ZEEG-CREATE-004'] }, ZEEG_SUITES))).toEqual([EMPTY_BODY]);
  });

  it('a check code selects exactly the cases running that check', () => {
    expect(named(planCases({ only: ['UNIQUE_INVARIANT'] }, ZEEG_SUITES))).toEqual([...UNIQUE_CASES].reverse());
  });

  it('is case-insensitive and takes the union of several names', () => {
    expect(named(planCases({ only: ['zeeg-create-004', 'unique_invariant'] }, ZEEG_SUITES))).toEqual([UNIQUE_CASES[1], EMPTY_BODY, UNIQUE_CASES[0]]);
  });

  it('an unknown name selects nothing', () => {
    expect(planCases({ only: ['ZEEG-NOPE-999'] }, ZEEG_SUITES)).toEqual([]);
  });

  it('selected: an empty list takes every case', () => {
    for (const { testCase } of ALL) expect(selected(testCase, [])).toBe(true);
  });
});

describe('planCases with --shard', () => {
  it.each([1, 2, 3, 4, 7, ALL.length, ALL.length + 3])('shards 1..%i partition the cases exactly', (count) => {
    const shards = Array.from({ length: count }, (_, i) => titles(planCases({ only: [], shard: { index: i + 1, count } }, ZEEG_SUITES)));
    const union = shards.flat();
    expect(union.length).toBe(ALL.length);
    expect(new Set(union)).toEqual(new Set(titles(ALL)));
    for (const shard of shards) expect(shard).toEqual(titles(ALL).filter((t) => shard.includes(t)));
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('sharding applies after --only', () => {
    const only = ['ZEEG-UNIQUE-001', 'ZEEG-ASSERT-001', 'RELATION_NOOP'];
    const chosen = titles(planCases({ only }, ZEEG_SUITES));
    const a = titles(planCases({ only, shard: { index: 1, count: 2 } }, ZEEG_SUITES));
    const b = titles(planCases({ only, shard: { index: 2, count: 2 } }, ZEEG_SUITES));
    expect([...a, ...b].sort()).toEqual([...chosen].sort());
    expect(a.filter((t) => b.includes(t))).toEqual([]);
  });
});

describe('caseTitle', () => {
  it('leads with the clause ids', () => {
    expect(caseTitle({ title: 'x', clauses: ['ZEEG-A-001', 'ZEEG-B-002'], checks: [], run: async () => undefined })).toBe('ZEEG-A-001 ZEEG-B-002: x');
  });
});
