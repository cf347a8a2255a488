/**
 * Failing clauses in order of severity, the MUST clauses a run skipped (its holes) with what
 * would let them run, and --strict failing on them.
 */
import { describe, expect, it } from 'vitest';
import { failingClauses, mustHoles, remedyFor, verdictHoles } from '../../src/report/clause-gaps.ts';
import type { ClauseRow, FindingGroup, RunReport } from '../../src/report/report-types.ts';

const RUN: RunReport['run'] = { id: 'r', seed: 1, runs: 25, strict: false, only: [], startedAt: 'a', finishedAt: 'b', wallMs: 1 };

function group(id: string, level: 'MUST' | 'SHOULD', clauses: string[], count: number, example: string): FindingGroup {
  return { id, check: 'C', level, clauses, operation: 'GET /', shape: 's', count, example, findings: [example] };
}

function row(id: string, level: 'MUST' | 'SHOULD', verdict: ClauseRow['verdict'], reason?: string, checks: string[] = ['CHECK']): ClauseRow {
  return { id, level, source: 'p', quote: 'q', summary: `s ${id}`, verdict, checks, findings: [], ...(reason === undefined ? {} : { reason }) };
}

describe('failingClauses', () => {
  it('lists MUST before SHOULD, then by count, each with the example of its most severe group', () => {
    const groups = [group('G1', 'MUST', ['A-001', 'A-002'], 3, 'X#1'), group('G2', 'MUST', ['A-003'], 1, 'Y#1'), group('G3', 'SHOULD', ['A-004', 'A-003'], 5, 'Z#1')];
    expect(failingClauses(groups)).toEqual([
      { id: 'A-003', level: 'MUST', count: 6, example: 'Y#1' },
      { id: 'A-001', level: 'MUST', count: 3, example: 'X#1' },
      { id: 'A-002', level: 'MUST', count: 3, example: 'X#1' },
      { id: 'A-004', level: 'SHOULD', count: 5, example: 'Z#1' },
    ]);
  });
});

describe('mustHoles', () => {
  const rows = [
    row('A-001', 'MUST', 'skipped', 'no read-only token given (--read-token)'),
    row('A-002', 'SHOULD', 'skipped', 'whatever'),
    row('A-003', 'MUST', 'passed'),
    row('A-004', 'MUST', 'skipped', '"products" has no unique text property', ['UNIQUE']),
    row('A-005', 'MUST', 'untested', 'no check covers this clause', []),
  ];

  it('names every selected MUST clause that was skipped, with its reason and remedy', () => {
    expect(mustHoles(rows, RUN)).toEqual([
      { id: 'A-001', summary: 's A-001', reason: 'no read-only token given (--read-token)', remedy: 'give a read-only token with --read-token (or CRM_READ_TOKEN)' },
      { id: 'A-004', summary: 's A-004', reason: '"products" has no unique text property', remedy: 'test an object that has what the reason names (--object)' },
    ]);
  });

  it('leaves out clauses --only did not select, by clause id or check code', () => {
    expect(mustHoles(rows, { ...RUN, only: ['UNIQUE'] }).map((h) => h.id)).toEqual(['A-004']);
    expect(mustHoles(rows, { ...RUN, only: ['A-001'] }).map((h) => h.id)).toEqual(['A-001']);
  });

  it('weighs in the verdict of a run, but not of a shard (the merge judges it)', () => {
    expect(verdictHoles(rows, RUN)).toEqual(['A-001', 'A-004', 'A-005']);
    expect(verdictHoles(rows, { ...RUN, only: ['UNIQUE'] })).toEqual(['A-004']);
    expect(verdictHoles(rows, { ...RUN, shard: { index: 1, count: 2 } })).toEqual([]);
    expect(remedyFor('no check covers this clause', RUN)).toBe('none in this version: leave it out with --only, or accept the gap with --allow-untested');
  });
});

describe('remedyFor', () => {
  it.each([
    ['not exercised in this run: the budget never reached it (raise --runs)', RUN, 'raise --runs'],
    ['its case stopped at CREATE_STATUS before reaching it', RUN, 'fix the finding that stopped its case, then run again'],
    ['no selected case tests it (--only or --shard left its cases out)', RUN, 'select it: name the clause with --only, or merge the shard reports'],
    ['the run reached its deadline (--max-time)', RUN, 'raise --max-time, or leave it unset'],
    ['"c" lacks a unique and a plain text property', RUN, 'test an object that has what the reason names (--object)'],
    ['no relation attribute on the tested objects', RUN, 'test an object that has what the reason names (--object)'],
    ['something else', RUN, 'remove the cause the reason names and run again'],
    ['raise --runs', { ...RUN, stopped: { code: 'CRMC_MAX_FAILURES', message: 'm' } }, 'a run that is not stopped early (this one stopped: CRMC_MAX_FAILURES)'],
    ['raise --runs', { ...RUN, shard: { index: 1, count: 3 } }, 'merge the shard reports: another shard may run it'],
  ])('%s', (reason, run, remedy) => {
    expect(remedyFor(reason, run)).toBe(remedy);
  });
});
