/**
 * buildReport and exitCodeFor on hand-made outcomes: clause verdicts (failed, passed, skipped
 * with its reason, untestable, untested), check rows, finding ids "<CHECK>#n", summary counts,
 * case verdicts and exit codes.
 */
import { describe, expect, it } from 'vitest';
import { defineCheck } from '../../src/checks/define-check.ts';
import { validateClauses } from '../../src/contract/clauses.ts';
import type { CaseOutcome, Finding } from '../../src/core/findings.ts';
import { buildReport, unexercisedReason, verdictFor } from '../../src/report/build-report.ts';
import type { RunReport } from '../../src/report/report-types.ts';

const clause = (id: string, extra: object = {}) => ({ id, level: 'MUST', source: 'p.txt', quote: 'q', summary: `s ${id}`, operations: ['createRecord'], ...extra });
const CATALOGUE = validateClauses('test.yaml', {
  api: 'zeeg',
  clauses: [
    clause('ZEEG-A-001'), clause('ZEEG-A-002', { reading: 'our reading' }), clause('ZEEG-A-003'), clause('ZEEG-A-004'),
    clause('ZEEG-A-005', { untestable: 'no request can observe it' }), clause('ZEEG-A-006'), clause('ZEEG-A-007', { untestable: 'never' }),
  ],
});
const FAILING = defineCheck('FAILING', 'MUST', ['ZEEG-A-001'], 'fails');
const PASSING = defineCheck('PASSING', 'MUST', ['ZEEG-A-002', 'ZEEG-A-007'], 'passes');
const SKIPPED = defineCheck('SKIPPED', 'SHOULD', ['ZEEG-A-003'], 'skipped');
const IDLE = defineCheck('IDLE', 'SHOULD', ['ZEEG-A-004'], 'not run');
const LENIENT = defineCheck('LENIENT', 'SHOULD', ['ZEEG-A-002'], 'fails at SHOULD level');
const CHECKS = [FAILING, PASSING, SKIPPED, IDLE, LENIENT];
const NOT_EXERCISED = 'no selected case tests it (--only or --shard left its cases out)';

function finding(check: typeof FAILING, extraClauses: string[] = []): Finding {
  return { id: check.code, check: check.code, clauses: [...check.clauses, ...extraClauses], level: check.level, title: check.title, message: 'm', expected: 1, observed: 2, exchanges: [], suite: 's', testCase: 't', seed: 1 };
}
function outcome(extra: Partial<CaseOutcome>): CaseOutcome {
  return { suite: 's', testCase: 't', clauses: [], tallies: [], findings: [], requests: 10, durationMs: 5, leftovers: [], ...extra };
}
const OUTCOMES: CaseOutcome[] = [
  outcome({ testCase: 'one', tallies: [{ check: 'FAILING', passes: 3, failures: 1 }, { check: 'PASSING', passes: 2, failures: 0 }], findings: [finding(FAILING)] }),
  outcome({ testCase: 'two', tallies: [{ check: 'FAILING', passes: 0, failures: 1 }, { check: 'SKIPPED', passes: 0, failures: 0, skipped: 'no relation attribute' }], findings: [finding(FAILING, ['ZEEG-A-006'])] }),
  outcome({ testCase: 'three', tallies: [{ check: 'SKIPPED', passes: 0, failures: 0, skipped: 'later reason' }], leftovers: [{ objectSlug: 'products', recordId: 'r', reason: 'DELETE answered 500' }] }),
  outcome({ testCase: 'four', tallies: [], requests: 0, error: { code: 'CRMC_DEADLINE', message: 'not run' } }),
];
const RUN = { id: 'run1', seed: 1, runs: 25, strict: false, only: [] as string[], startedAt: 'a', finishedAt: 'b', wallMs: 2_000 };
const build = (outcomes = OUTCOMES, run: Partial<RunReport['run']> = {}) =>
  buildReport({ catalogue: CATALOGUE, checks: CHECKS, outcomes, version: '9.9.9', target: { baseUrl: 'http://t/v2', embedded: true, objects: ['products'] }, run: { ...RUN, ...run } });

describe('buildReport: clauses', () => {
  const rows = new Map(build().clauses.map((row) => [row.id, row]));

  it.each([
    ['ZEEG-A-001', 'failed', undefined, ['FAILING'], ['FAILING#1', 'FAILING#2']],
    ['ZEEG-A-006', 'failed', undefined, [], ['FAILING#2']],
    ['ZEEG-A-002', 'passed', undefined, ['PASSING', 'LENIENT'], []],
    ['ZEEG-A-003', 'skipped', 'no relation attribute', ['SKIPPED'], []],
    ['ZEEG-A-004', 'skipped', NOT_EXERCISED, ['IDLE'], []],
    ['ZEEG-A-005', 'untestable', 'no request can observe it', [], []],
    ['ZEEG-A-007', 'passed', undefined, ['PASSING'], []],
  ])('%s is %s', (id, verdict, reason, checks, findings) => {
    const row = rows.get(id)!;
    expect(row).toMatchObject({ verdict, checks, findings });
    expect(row.reason).toBe(reason);
  });

  it('a clause no check names is untested', () => {
    const report = buildReport({ catalogue: CATALOGUE, checks: [], outcomes: [], version: '1', target: { baseUrl: 'x', embedded: false, objects: [] }, run: RUN });
    expect(report.clauses.find((r) => r.id === 'ZEEG-A-001')).toMatchObject({ verdict: 'untested', reason: 'no check covers this clause', checks: [], findings: [] });
  });

  it('rows carry the catalogue text, the reading only when there is one', () => {
    expect(rows.get('ZEEG-A-002')).toMatchObject({ level: 'MUST', source: 'p.txt', quote: 'q', summary: 's ZEEG-A-002', reading: 'our reading' });
    expect('reading' in rows.get('ZEEG-A-001')!).toBe(false);
  });
});

describe('buildReport: checks, findings, summary', () => {
  const report = build();

  it('check rows add up the tallies of every case', () => {
    expect(report.checks.map((c) => [c.code, c.verdict, c.passes, c.failures, c.skipped])).toEqual([
      ['FAILING', 'failed', 3, 2, undefined],
      ['PASSING', 'passed', 2, 0, undefined],
      ['SKIPPED', 'skipped', 0, 0, 'no relation attribute'],
      ['IDLE', 'skipped', 0, 0, NOT_EXERCISED],
      ['LENIENT', 'skipped', 0, 0, NOT_EXERCISED],
    ]);
  });

  it('a finding without a tally still fails its check', () => {
    const only = build([outcome({ findings: [finding(LENIENT)] })]);
    expect(only.checks.find((c) => c.code === 'LENIENT')).toMatchObject({ verdict: 'failed', failures: 1 });
  });

  it('numbers findings per check across cases, in case order', () => {
    const many = build([outcome({ findings: [finding(FAILING), finding(LENIENT)] }), outcome({ findings: [finding(FAILING)] })]);
    expect(many.findings.map((f) => f.id)).toEqual(['FAILING#1', 'LENIENT#1', 'FAILING#2']);
  });

  it('the summary counts clauses by verdict, findings by level and requests', () => {
    expect(report.summary).toEqual({
      conformant: false, verdict: 'NOT CONFORMANT', exitCode: 1, clauses: { passed: 2, failed: 2, skipped: 2, untested: 0, untestable: 1 },
      findings: { MUST: 2, SHOULD: 0 }, requests: 30, requestsPerSecond: 15,
    });
    expect(build(OUTCOMES, { wallMs: 0 }).summary.requestsPerSecond).toBe(0);
  });

  it('cases fail on a finding or an error, pass when a check ran, are skipped otherwise', () => {
    expect(report.cases.map((c) => [c.testCase, c.verdict, c.error?.code])).toEqual([
      ['one', 'failed', undefined], ['two', 'failed', undefined], ['three', 'skipped', undefined], ['four', 'failed', 'CRMC_DEADLINE'],
    ]);
  });

  it('carries tool, api, target, run and leftovers', () => {
    expect(report).toMatchObject({ schemaVersion: 1, tool: { name: 'crm-conformance', version: '9.9.9' }, api: 'zeeg', run: { id: 'run1' } });
    expect(report.leftovers).toEqual([{ objectSlug: 'products', recordId: 'r', reason: 'DELETE answered 500' }]);
  });

  it('is pure: the same outcomes give the same report', () => {
    expect(build()).toEqual(build());
  });
});

describe('exit codes', () => {
  const must = finding(FAILING);
  const should = finding(LENIENT);
  it.each<[string, Finding[], boolean, boolean, 0 | 1 | 2]>([
    ['no findings → 0', [], false, false, 0],
    ['a MUST finding → 1', [must], false, false, 1],
    ['a SHOULD finding → 0', [should], false, false, 0],
    ['a SHOULD finding, strict → 1', [should], true, false, 1],
    ['no findings, strict → 0', [], true, false, 0],
    ['stopped without findings → 2', [], false, true, 2],
    ['stopped with a SHOULD finding → 2', [should], false, true, 2],
    ['stopped with a MUST finding → 1', [must, should], false, true, 1],
  ])('%s', (_, findings, strict, stopped, code) => {
    expect(verdictFor(findings, { strict, stopped, holes: 0, allowUntested: false }).exitCode).toBe(code);
  });

  it('MUST clauses not exercised: INCOMPLETE exit 2, 0 when allowed, 1 when strict; a stopped run stays 2', () => {
    const at = (holes: number, extra: { strict?: boolean; stopped?: boolean; allowUntested?: boolean } = {}) => verdictFor([], { strict: false, stopped: false, allowUntested: false, holes, ...extra });
    expect(at(1)).toEqual({ verdict: 'INCOMPLETE', exitCode: 2 });
    expect(at(1, { allowUntested: true })).toEqual({ verdict: 'INCOMPLETE', exitCode: 0 });
    expect(at(1, { strict: true })).toEqual({ verdict: 'NOT CONFORMANT', exitCode: 1 });
    expect(at(0)).toEqual({ verdict: 'CONFORMANT', exitCode: 0 });
    expect(at(1, { strict: true, stopped: true })).toEqual({ verdict: 'STOPPED', exitCode: 2 });
    expect(verdictFor([finding(FAILING)], { strict: false, stopped: false, allowUntested: true, holes: 3 })).toEqual({ verdict: 'NOT CONFORMANT', exitCode: 1 });
    const passingOnly = [outcome({ tallies: [{ check: 'PASSING', passes: 1, failures: 0 }] })];
    // ZEEG-A-001, -003, -004 and -006 (MUST clauses whose checks did not run) were not exercised.
    expect(build(passingOnly).summary).toMatchObject({ conformant: false, verdict: 'INCOMPLETE', exitCode: 2 });
    expect(build(passingOnly, { allowUntested: true }).summary).toMatchObject({ conformant: false, verdict: 'INCOMPLETE', exitCode: 0 });
    expect(build(passingOnly, { strict: true }).summary).toMatchObject({ conformant: false, exitCode: 1 });
    expect(build(passingOnly, { strict: true, only: ['ZEEG-A-002'] }).summary).toMatchObject({ conformant: true, verdict: 'CONFORMANT', exitCode: 0 });
    // A shard's holes are for the merge to judge.
    expect(build(passingOnly, { shard: { index: 1, count: 2 } }).summary).toMatchObject({ verdict: 'CONFORMANT', exitCode: 0 });
  });

  it('the report groups its findings by root cause', () => {
    expect(build().groups).toEqual([
      { id: 'G1', check: 'FAILING', level: 'MUST', clauses: ['ZEEG-A-001'], operation: '(no request)', shape: 'number → number, no request', count: 1, example: 'FAILING#1', findings: ['FAILING#1'] },
      { id: 'G2', check: 'FAILING', level: 'MUST', clauses: ['ZEEG-A-001', 'ZEEG-A-006'], operation: '(no request)', shape: 'number → number, no request', count: 1, example: 'FAILING#2', findings: ['FAILING#2'] },
    ]);
  });

  it('the report uses them: SHOULD only is conformant unless strict; a stopped run is not', () => {
    const shouldOnly = [outcome({ findings: [should] })];
    expect(build(shouldOnly, { only: ['LENIENT'] }).summary).toMatchObject({ conformant: true, exitCode: 0 });
    expect(build(shouldOnly, { strict: true }).summary).toMatchObject({ conformant: false, exitCode: 1 });
    expect(build([], { stopped: { code: 'CRMC_DEADLINE', message: 'late' } }).summary).toMatchObject({ conformant: false, exitCode: 2 });
  });
});

describe('unexercisedReason: what stopped a check that never ran', () => {
  const withClause = (extra: Partial<CaseOutcome>) => outcome({ clauses: ['ZEEG-A-004'], ...extra });
  it.each<[string, CaseOutcome[], string]>([
    ['no case selected', [outcome({ clauses: ['ZEEG-A-001'] })], 'no selected case tests it (--only or --shard left its cases out)'],
    ['every case errored', [withClause({ error: { code: 'CRMC_TARGET_TIMEOUT', message: 'slow' } })], 'its case ended with CRMC_TARGET_TIMEOUT before reaching it'],
    ['a finding stopped it', [withClause({ findings: [finding(FAILING)] })], 'its case stopped at FAILING before reaching it'],
    ['the case ran clean', [withClause({}), withClause({ findings: [finding(FAILING)] })], 'not exercised in this run: the budget never reached it (raise --runs)'],
  ])('%s', (_, outcomes, reason) => {
    expect(unexercisedReason(IDLE, outcomes)).toBe(reason);
  });
});
