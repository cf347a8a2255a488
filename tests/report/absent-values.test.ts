/**
 * Every finding can be written: a value that read back absent is held as { absent: true }
 * (JSON has no undefined), the report validates, and a report that breaks its schema anyway is
 * still written, with the problems in it, instead of leaving the run without a report.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defineCheck } from '../../src/checks/define-check.ts';
import { ABSENT, isAbsent } from '../../src/core/findings.ts';
import { ViolationError, CaseRecorder } from '../../src/runner/case-recorder.ts';
import { reportErrors, writeJsonReport } from '../../src/reporters/json-report.ts';
import { displayValue } from '../../src/reporters/escape.ts';
import { sampleReport } from '../reporters/fixtures/sample-report.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-absent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEPT = defineCheck('KEPT', 'MUST', ['ZEEG-PATCH-001'], 'omitted values are kept');

function thrownFinding(observed: unknown) {
  const recorder = new CaseRecorder('patch', 'keeps omitted', ['ZEEG-PATCH-001'], 1);
  try {
    recorder.fail(KEPT, { message: 'name read back absent', expected: 'Acme', observed, exchanges: [] });
  } catch (error) {
    if (error instanceof ViolationError) return error.finding;
    throw error;
  }
  throw new Error('a MUST failure must throw');
}

describe('a value that read back absent', () => {
  it('is held as ABSENT in the finding, shown as (absent), and the report holding it validates', () => {
    const finding = thrownFinding(undefined);
    expect(finding.observed).toEqual({ absent: true });
    expect(isAbsent(finding.observed)).toBe(true);
    expect(isAbsent({ absent: true, other: 1 })).toBe(false);
    expect(displayValue(ABSENT)).toBe('(absent)');
    const base = sampleReport();
    const report = JSON.parse(JSON.stringify({ ...base, findings: [{ ...finding, id: 'KEPT#1' }] })) as unknown;
    expect(reportErrors(report)).toEqual([]);
  });

  it('without the marker, the written report would lack "observed" and break its schema', () => {
    const base = sampleReport();
    const { observed: _dropped, ...withoutObserved } = base.findings[0]!;
    const broken = JSON.parse(JSON.stringify({ ...base, findings: [withoutObserved] })) as unknown;
    expect(reportErrors(broken).map((e) => `${e.instancePath} ${e.message}`)).toEqual(["/findings/0 must have required property 'observed'"]);
  });
});

describe('a report that breaks its schema', () => {
  it('is written all the same, with the problems in schemaProblems, and they are returned', () => {
    const base = sampleReport();
    const broken = { ...base, summary: { ...base.summary, requests: 'many' } } as never;
    const { file, problems } = writeJsonReport(dir, broken);
    expect(problems).toEqual(['/summary/requests must be integer']);
    const written = JSON.parse(readFileSync(file, 'utf8')) as { schemaProblems: string[]; summary: { exitCode: number } };
    expect(written.schemaProblems).toEqual(problems);
    expect(written.summary.exitCode).toBe(base.summary.exitCode);
  });
});
