import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testableApis } from '../../src/apis/index.ts';
import { validateConstraints } from '../../src/docs/constraints.ts';
import { renderTraceability, traceApi, traceApis, traceCounts, traceProblems } from '../../src/docs/traceability.ts';

const apis = await testableApis();
const traces = traceApis(apis);
const zeeg = apis.find((api) => api.name === 'zeeg')!;

describe('docs/traceability.md', () => {
  it('matches the constraint tables, clauses, checks and faults (run `npm run generate` after changing any)', () => {
    const committed = readFileSync(new URL('../../docs/traceability.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderTraceability(traces));
  });

  it('has a table for every API of the registry', () => {
    expect(traces.map((trace) => trace.api.name)).toEqual(apis.map((api) => api.name));
  });

  it.each(traces.map((trace) => [trace.api.name, trace] as const))('%s: every row traces or says why, every clause is stated', (_name, trace) => {
    expect(traceProblems(trace)).toEqual([]);
    expect(traceCounts(trace).constraints).toBeGreaterThan(0);
  });
});

describe('the trace', () => {
  const table = (entries: object[]) => validateConstraints('t.yaml', { constraints: entries });

  it('finds checks and faults from the clause ids and calls a row with all three complete', () => {
    const [row] = traceApi(zeeg, table([{ id: 'X.1', source: 'zeeg-create-record.txt', says: 'a', clauses: ['ZEEG-CREATE-001'] }])).rows;
    expect(row!.clauses).toEqual([{ id: 'ZEEG-CREATE-001', level: 'MUST' }]);
    expect(row!.checks).toEqual(zeeg.checks.filter((c) => c.clauses.includes('ZEEG-CREATE-001')).map((c) => c.code));
    expect(row!.faults).toEqual(zeeg.reference.faults.filter((f) => f.clauses.includes('ZEEG-CREATE-001')).map((f) => f.name));
    expect(row!.complete).toBe(row!.checks.length > 0 && row!.faults.length > 0);
  });

  it('names every problem: source, section, clause, a gap without why or reason, an uncited clause', () => {
    const trace = traceApi(zeeg, table([
      { id: 'X.1', source: 'nowhere.md', says: 'a', clauses: ['ZEEG-CREATE-999'] },
      { id: 'X.2', source: 'zeeg-reference-notes.md', section: 'Nothing', says: 'b' },
      { id: 'X.3', source: 'zeeg-reference-notes.md', section: 'Errors', says: 'c', clauses: ['ZEEG-CREATE-001'], reason: 'untestable', why: 'w' },
    ]));
    const problems = traceProblems(trace);
    expect(problems.slice(0, 6)).toEqual([
      'X.1: source nowhere.md is not in spec/sources/',
      'X.1: unknown clause ZEEG-CREATE-999',
      'X.1: no clause, check or fault, and no why',
      'X.2: zeeg-reference-notes.md has no heading "Nothing"',
      'X.2: no clause, check or fault, and no why',
      'X.2: no clause and no reason',
    ]);
    expect(problems).toContain('X.3: a reason is for a constraint without clauses');
    expect(problems).toContain('ZEEG-CREATE-002: no constraint names this clause');
    expect(problems).not.toContain('ZEEG-CREATE-001: no constraint names this clause');
  });

  it('refuses a malformed table with the entry named', () => {
    expect(() => table([{ id: 'A.1', source: 's', says: 'x' }, { id: 'A.1', source: 's', says: 'y' }])).toThrow('constraint A.1: duplicate id');
    expect(() => table([{ id: 'A.1', source: 's', says: 'x', reason: 'lazy' }])).toThrow('constraint #1 (A.1): reason must be one of');
    expect(() => table([{ id: 'A 1', source: 's', says: 'x' }])).toThrow('constraint #1 (A 1): malformed id');
    expect(() => table([{ id: 'A.1', source: 's', says: 'x', level: 'MUST' }])).toThrow('unknown field level');
  });
});
