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
    const two = sampleReport();
    two.run.shard = { index: 2, count: 2 };
    const merged = mergeReports([one, two]);
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
    expect(result.stdout).toMatch(/^verdict: NOT CONFORMANT: fails ZEEG-ASSERT-001, ZEEG-ASSERT-011, ZEEG-CREATE-001, ZEEG-PATCH-001, ZEEG-RECORD-002$/m);
    // The merged report's groups, each with a replay command on the merged report.json.
    expect(result.stdout.split('\n').filter((line) => line.startsWith('finding: MUST ')).map((line) => line.slice(line.indexOf('; replay: ')))).toEqual(
      ['ASSERT_UPDATE_STATUS#1', 'CREATE_STATUS#1', 'PATCH_KEEPS_OMITTED#1'].map((id) => `; replay: npx crm-conformance replay ${join(out, 'report.json')} '${id}'`),
    );
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

  it('says exit 2 in the report too when the shards it has hold MUST findings (regression: report said CRMC_REPORT_INVALID, exit code 1)', () => {
    const [one] = shards();
    const merged = mergeReports([one]);
    expect(merged.summary.findings.MUST).toBeGreaterThan(0);
    expect(merged.run.stopped?.code).toBe('CRMC_REPORT_INVALID');
    expect(merged.summary).toMatchObject({ exitCode: 2, conformant: false });
  });
});

describe('mergeReports refuses reports that are not shards of one run', () => {
  const names = ['a', 'b'];
  it.each<[string, (r: RunReport) => void, string]>([
    ['target', (r) => (r.target.baseUrl = 'https://other.example.test/v2'), 'cannot merge reports of different targets: https://crm.example.test/v2 (a) and https://other.example.test/v2 (b)'],
    ['API', (r) => (r.api = 'kizen'), 'cannot merge reports of different APIs: zeeg (a) and kizen (b)'],
    ['tool version', (r) => (r.tool.version = '0.2.0'), 'cannot merge reports of different tool versions: 0.1.0 (a) and 0.2.0 (b)'],
    ['spec version', (r) => (r.clauses[0]!.level = r.clauses[0]!.level === 'MUST' ? 'SHOULD' : 'MUST'), 'cannot merge reports of different spec versions: '],
    ['seed', (r) => (r.run.seed = 7), 'cannot merge reports of different seeds: 424242 (a) and 7 (b)'],
    ['run id', (r) => (r.run.id = 'crmcother1'), 'cannot merge reports of different run ids: '],
    ['shard count', (r) => (r.run.shard = { index: 2, count: 3 }), 'cannot merge reports of different shard counts: 2 (a) and 3 (b)'],
    ['whole run beside a shard', (r) => delete r.run.shard, 'cannot merge reports of different shard counts: 2 (a) and 1 (b)'],
    ['same shard twice', (r) => (r.run.shard = { index: 1, count: 2 }), 'cannot merge the same shard twice: shard 1/2 (a and b)'],
  ])('a different %s', (_what, change, message) => {
    const [one, two] = shards();
    change(two);
    let error: unknown;
    try {
      mergeReports([one, two], names);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'CRMC_REPORT_INVALID' });
    expect((error as Error).message.startsWith(message)).toBe(true);
  });

  it('takes the embedded reference server as one target whatever its port', () => {
    const [one, two] = shards();
    one.target = { ...one.target, baseUrl: 'http://127.0.0.1:40001/v2', embedded: true };
    two.target = { ...two.target, baseUrl: 'http://127.0.0.1:40002/v2', embedded: true };
    expect(mergeReports([one, two]).summary.exitCode).toBe(1);
  });
});

describe('crm-conformance merge refusing', () => {
  it('exits 2 with one line naming the difference, and writes nothing', async () => {
    const [one, two] = shards();
    two.run.seed = 99;
    writeReports(join(dir, 'seed-1'), one, { secrets: [SAMPLE_TOKEN], env: {} });
    writeReports(join(dir, 'seed-2'), two, { secrets: [SAMPLE_TOKEN], env: {} });
    const out = join(dir, 'refused');
    const result = await runCli(['merge', 'seed-1', 'seed-2', '--report-dir', out], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('crm-conformance: cannot merge reports of different seeds: 424242 (seed-1) and 99 (seed-2); the shards of one run share --seed and --run-id\n');
    expect(existsSync(out)).toBe(false);
  });

  it('the same shard passed twice exits 2', async () => {
    const [one] = shards();
    writeReports(join(dir, 'twice'), one, { secrets: [SAMPLE_TOKEN], env: {} });
    const result = await runCli(['merge', 'twice', 'twice/report.json', '--report-dir', join(dir, 'twice-out')], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('crm-conformance: cannot merge the same shard twice: shard 1/2 (twice and twice/report.json)\n');
  });

  it('a missing shard exits 2 and the written report says exit code 2 as well', async () => {
    const [one] = shards();
    writeReports(join(dir, 'alone'), one, { secrets: [SAMPLE_TOKEN], env: {} });
    const out = join(dir, 'alone-merged');
    const result = await runCli(['merge', 'alone', '--report-dir', out], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('crm-conformance: shard report(s) missing: 2/2 (CRMC_REPORT_INVALID)\n');
    expect(result.stdout).toMatch(/^verdict: STOPPED \(CRMC_REPORT_INVALID: shard report\(s\) missing: 2\/2\)$/m);
    expect(readReport(out).summary).toMatchObject({ exitCode: 2, conformant: false });
  });
});
