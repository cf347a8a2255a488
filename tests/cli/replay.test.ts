/**
 * `crm-conformance replay` end to end: a real run against a faulty server writes the report;
 * replay runs the finding's case again and the model judges it, STILL FAILING there and FIXED
 * on a clean server, deleting what it wrote; setup mistakes exit 2 naming the setting.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_TOKEN, startReferenceServer, WRITE_TOKEN, type RunningReferenceServer } from '../../src/apis/zeeg/reference/index.ts';
import { readReport } from '../../src/reporters/json-report.ts';
import { writeReports } from '../../src/reporters/write-reports.ts';
import { SAMPLE_TOKEN, sampleReport } from '../reporters/fixtures/sample-report.ts';
import { runCli } from './spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-replay-'));
const reportDir = join(dir, 'run');
const reportFile = join(reportDir, 'report.json');
let clean: RunningReferenceServer;
let faulty: RunningReferenceServer;
let id: string;

beforeAll(async () => {
  clean = await startReferenceServer();
  faulty = await startReferenceServer({ faults: ['assert-update-returns-201'] });
  const run = await runCli(['run', '--base-url', faulty.url, '--token', WRITE_TOKEN, '--read-token', READ_TOKEN, '--object', 'products', '--only', 'ASSERT_IDEMPOTENT', '--runs', '3', '--seed', '2', '--report-dir', reportDir, '--quiet']);
  expect(run.code, run.stderr).toBe(1);
  id = readReport(reportFile).findings.find((f) => f.check === 'ASSERT_IDEMPOTENT')!.id;
});

afterAll(async () => {
  await clean.close();
  await faulty.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('crm-conformance replay', () => {
  it('says STILL FAILING and exits 1 while the fault is there', async () => {
    const result = await runCli(['replay', reportFile, id], { env: { CRM_TOKEN: WRITE_TOKEN, CRM_READ_TOKEN: READ_TOKEN } });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain(`replaying 1 finding of ${reportFile} against ${faulty.url} (seed 2, 3 runs)\n`);
    expect(result.stdout).toMatch(new RegExp(`^STILL FAILING: ${id.replace('#', '#')}: expected 200, got 201$`, 'm'));
  });

  it('says FIXED and exits 0 against a clean server, and leaves no record there', async () => {
    const before = clean.liveRecords();
    const result = await runCli(['replay', reportFile, id, '--base-url', clean.url, '--token', WRITE_TOKEN, '--read-token', READ_TOKEN]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^FIXED: ${id}: ASSERT_IDEMPOTENT passed \\d+ times and never failed$`, 'm'));
    expect(result.stdout + result.stderr).not.toContain(WRITE_TOKEN);
    expect(clean.liveRecords()).toBe(before);
  });

  it('replays every finding of the report when none is named, and counts the verdicts', async () => {
    const count = readReport(reportFile).findings.length;
    const result = await runCli(['replay', reportFile, '--base-url', clean.url, '--token', WRITE_TOKEN, '--read-token', READ_TOKEN]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.match(/^FIXED: /gm)).toHaveLength(count);
    expect(result.stdout).toContain(`${count} fixed, 0 still failing, 0 undecided\n`);
  });

  it('writes a reproduction script that, run alone, gets the faulty answers the run got', async () => {
    const script = join(reportDir, 'repro', `${id.replace('#', '-')}.sh`);
    const { stdout } = await promisify(execFile)('bash', [script], { env: { PATH: process.env.PATH ?? '', CRM_TOKEN: WRITE_TOKEN } });
    const steps = [...stdout.matchAll(/^step \d+: (\S+) .* -> (\S+) \(the run got (\S+)\)$/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(steps).toEqual([['PUT', '201', '201'], ['PUT', '201', '201']]);
    expect(stdout).toContain('expected: 200\n');
  });

  it('exits 2 on a bad report, an unknown finding, a missing token, or an embedded report without --base-url', async () => {
    const notReport = join(dir, 'not-a-report.json');
    writeFileSync(notReport, '{"findings": []}');
    const bad = await runCli(['replay', notReport, 'X#1', '--token', WRITE_TOKEN]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/^crm-conformance: .*not-a-report\.json is not a crm-conformance report/)]);
    const unknown = await runCli(['replay', reportFile, 'NOPE#9', '--token', WRITE_TOKEN]);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('no finding "NOPE#9"')]);
    const noToken = await runCli(['replay', reportFile, id, '--base-url', clean.url]);
    expect([noToken.code, noToken.stderr]).toEqual([2, 'crm-conformance: replay writes to the target: pass --token or set CRM_TOKEN\n']);
    const sample = sampleReport();
    const embedded = writeReports(join(dir, 'embedded'), { ...sample, target: { ...sample.target, embedded: true } }, { secrets: [SAMPLE_TOKEN], env: {} }).json;
    const gone = await runCli(['replay', embedded, 'CREATE_STATUS#1', '--token', WRITE_TOKEN]);
    expect([gone.code, gone.stderr]).toEqual([2, expect.stringContaining('pass --base-url of the server to replay against')]);
    const missingArgs = await runCli(['replay']);
    expect(missingArgs.code).toBe(2);
  });
});
