/**
 * Asserts whose outcome depends on how many records hold the matching value: each way the
 * assert on a shared value can go wrong is charged to the one rule it breaks and to no other
 * (a wrong status alone is a status fault, not a second record changed), and racing asserts
 * say how many of each status came back.
 */
import { describe, expect, it } from 'vitest';
import { judgeAssertRace, judgeSharedMatch, type SharedMatchOutcome } from '../../src/apis/zeeg/checks/judge-assert-match.ts';
import type { Probe } from '../../src/apis/zeeg/checks/probe.ts';
import type { OperationValidators } from '../../src/contract/operation-validators.ts';
import type { Finding } from '../../src/core/findings.ts';
import { CaseRecorder, ViolationError } from '../../src/runner/case-recorder.ts';
import { WORLD } from '../model/zeeg/world-fixture.ts';

function judged(run: (probe: Probe) => void): { findings: Finding[]; passed: string[] } {
  const recorder = new CaseRecorder('assert', 'case', [], 1);
  const probe: Probe = { recorder, operations: {} as OperationValidators, world: WORLD, evidence: () => [] };
  let thrown: Finding[] = [];
  try {
    run(probe);
  } catch (error) {
    if (!(error instanceof ViolationError)) throw error;
    thrown = [error.finding];
  }
  const outcome = recorder.outcome(0);
  return { findings: [...outcome.findings, ...thrown], passed: outcome.tallies.filter((t) => t.passes > 0).map((t) => t.check).sort() };
}

describe('judgeSharedMatch', () => {
  const cases: Array<[string, SharedMatchOutcome, string, 'MUST' | 'SHOULD', string]> = [
    ['201 although exactly the first record was updated', { status: 201, firstUpdated: true, secondUpdated: false }, 'ASSERT_UPDATES_200', 'MUST', 'an assert that updated one of two matching records answered 201, not 200'],
    ['both records updated', { status: 200, firstUpdated: true, secondUpdated: true }, 'ASSERT_SINGLE_MATCH', 'MUST', 'an assert on a value two records share updated both of them (answered 200)'],
    ['the second record updated', { status: 200, firstUpdated: false, secondUpdated: true }, 'ASSERT_FIRST_MATCH', 'SHOULD', 'an assert on a value two records share updated the later of them, not the earliest (answered 200)'],
    ['neither record updated', { status: 201, firstUpdated: false, secondUpdated: false }, 'ASSERT_SHARED_MATCH_UPDATES', 'MUST', 'an assert on a value two records hold updated neither of them (answered 201)'],
  ];

  it.each(cases)('%s is charged to that rule alone', (_, outcome, code, level, message) => {
    const { findings } = judged((probe) => judgeSharedMatch(probe, outcome));
    expect(findings.map((f) => [f.check, f.level, f.message])).toEqual([[code, level, message]]);
    expect(findings[0]!.observed).toEqual(outcome);
  });

  it('the rules that held before the broken one are passed', () => {
    expect(judged((probe) => judgeSharedMatch(probe, { status: 201, firstUpdated: true, secondUpdated: false })).passed).toEqual(['ASSERT_FIRST_MATCH', 'ASSERT_SHARED_MATCH_UPDATES', 'ASSERT_SINGLE_MATCH']);
  });

  it('the later record updated with 200 is a SHOULD finding only: the case goes on and the MUST rules pass', () => {
    const { passed } = judged((probe) => judgeSharedMatch(probe, { status: 200, firstUpdated: false, secondUpdated: true }));
    expect(passed).toEqual(['ASSERT_SHARED_MATCH_UPDATES', 'ASSERT_SINGLE_MATCH', 'ASSERT_UPDATES_200']);
  });

  it('one 200 that updated the first record passes all four rules', () => {
    const { findings, passed } = judged((probe) => judgeSharedMatch(probe, { status: 200, firstUpdated: true, secondUpdated: false }));
    expect(findings).toEqual([]);
    expect(passed).toEqual(['ASSERT_FIRST_MATCH', 'ASSERT_SHARED_MATCH_UPDATES', 'ASSERT_SINGLE_MATCH', 'ASSERT_UPDATES_200']);
  });
});

describe('judgeAssertRace', () => {
  it('one 201 and the rest 200 onto one record passes', () => {
    const { findings, passed } = judged((probe) => judgeAssertRace(probe, [201, 200, 200, 200], 1));
    expect(findings).toEqual([]);
    expect(passed).toEqual(['ASSERT_RACE_SINGLE_RECORD']);
  });

  it('a race that created twice says how many of each status came back', () => {
    const { findings } = judged((probe) => judgeAssertRace(probe, [201, 200, 201, 500, 200], 2));
    expect(findings.map((f) => [f.check, f.level, f.message])).toEqual([
      ['ASSERT_RACE_SINGLE_RECORD', 'SHOULD', '5 racing asserts of one new value answered 200 × 2, 201 × 2, 500 × 1 and left 2 distinct records'],
    ]);
    expect(findings[0]!.observed).toEqual({ statuses: { '200': 2, '201': 2, '500': 1 }, records: 2 });
    expect(findings[0]!.expected).toEqual({ statuses: { '200': 4, '201': 1 }, records: 1 });
  });

  it('one record but no 201 among the replies is still a failed race', () => {
    expect(judged((probe) => judgeAssertRace(probe, [200, 200], 1)).findings.map((f) => f.message)).toEqual(['2 racing asserts of one new value answered 200 × 2 and left 1 distinct record']);
  });
});
