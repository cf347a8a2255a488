import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReport } from '../../src/reporters/json-report.ts';
import { mergeReports } from '../../src/reporters/merge-reports.ts';
import { writeReports } from '../../src/reporters/write-reports.ts';
import type { RunReport } from '../../src/report/report-types.ts';
import { SAMPLE_TOKEN, sampleReport } from '../reporters/fixtures/sample-report.ts';
import { runCli } from './spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Shard 1 holds the sample's findings; shard 2 passed the checks shard 1 failed or skipped. */
function shards(): [RunReport, RunReport] {
  const one = sampleReport();
  one.run.shard = { index: 1, count: 2 };
  const two = sampleReport();
  two.run.shard = { index: 2, count: 2 };
  two.run.startedAt = '2026-03-01T10:00:01.000Z';
  two.run.finishedAt = '2026-03-01T10:00:04.000Z';
  two.findings = [];
  two.leftovers = [];
  two.checks = two.checks.map((c) => {
    const { skipped: _s, ...rest } = c;
    return { ...rest, verdict: 'passed', passes: 4, failures: 0 };
  });
  return [one, two];
}

describe('mergeReports', () => {
  it('sums tallies, keeps every finding and derives verdicts again', () => {
    const [one, two] = shards();
    const merged = mergeReports([one, two]);
    expect(merged.findings.map((f) => f.id)).toEqual(one.findings.map((f) => f.id));
    expect(merged.summary.findings).toEqual(one.summary.findings);
    expect(merged.checks.find((c) => c.code === 'RELATION_OVERLAP')).toMatchObject({ verdict: 'passed', passes: 4 });
    expect(merged.clauses.find((c) => c.id === 'ZEEG-RELATION-005')?.verdict).toBe('passed');
    expect(merged.summary.requests).toBe(one.summary.requests + two.summary.requests);
    expect(merged.run).toMatchObject({ startedAt: one.run.startedAt, finishedAt: two.run.finishedAt, wallMs: 2500 });
    expect(merged.run.shard).toBeUndefined();
    expect(merged.cases).toHaveLength(one.cases.length + two.cases.length);
    expect(merged.summary.exitCode).toBe(1);
  });

  it('renumbers findings that two shards numbered alike', () => {
    const [one] = shards();
    const merged = mergeReports([one, sampleReport()]);
    const ids = merged.findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('CREATE_STATUS#2');
  });
});

describe('crm-conformance merge', () => {
  it('writes every format for the merged report and exits with its verdict', async () => {
    const [one, two] = shards();
    writeReports(join(dir, 'shard-1'), one, { secrets: [SAMPLE_TOKEN], env: {} });
    writeReports(join(dir, 'shard-2'), two, { secrets: [SAMPLE_TOKEN], env: {} });
    const out = join(dir, 'merged');
    const result = await runCli(['merge', join(dir, 'shard-1'), join(dir, 'shard-2', 'report.json'), '--report-dir', out], { cwd: dir });
    expect(result.code, result.stderr).toBe(1);
    for (const file of ['index.html', 'junit.xml', 'report.json', 'summary.md']) expect(existsSync(join(out, file))).toBe(true);
    expect(readReport(out).summary.findings.MUST).toBe(3);
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toContain('RELATION_OVERLAP [MUST]');
    expect(result.stdout).toMatch(/^verdict: NOT CONFORMANT$/m);
  });

  it('exits 2 when a directory holds no report', async () => {
    const result = await runCli(['merge', join(dir, 'nothing-here')], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^crm-conformance: cannot read .*nothing-here/);
  });
});

describe('mergeReports with a shard missing', () => {
  it('marks the merged run stopped so the gate cannot pass on part of a run', () => {
    const [one] = shards();
    one.findings = [];
    const merged = mergeReports([one]);
    expect(merged.run.stopped).toEqual({ code: 'CRMC_REPORT_INVALID', message: 'shard report(s) missing: 2/2' });
    expect(merged.summary.exitCode).toBe(2);
  });
});
