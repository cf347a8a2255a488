import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, WRITE_TOKEN, type RunningReferenceServer } from '../../src/reference/zeeg/index.ts';
import { writeReports } from '../../src/reporters/write-reports.ts';
import { SAMPLE_TOKEN, sampleReport } from '../reporters/fixtures/sample-report.ts';
import { runCli } from './spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-replay-'));
let clean: RunningReferenceServer;
let faulty: RunningReferenceServer;
let reportFile: string;

beforeAll(async () => {
  clean = await startReferenceServer();
  faulty = await startReferenceServer({ faults: ['wrong-status-create-200', 'assert-update-returns-201'] });
  reportFile = writeReports(join(dir, 'run'), sampleReport(), { secrets: [SAMPLE_TOKEN], env: {} }).json;
});

afterAll(async () => {
  await clean.close();
  await faulty.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('crm-conformance replay', () => {
  it('says FIXED and exits 0 when the target now answers as expected', async () => {
    const result = await runCli(['replay', reportFile, 'CREATE_STATUS#1', '--base-url', clean.url, '--token', WRITE_TOKEN]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`  1. POST ${clean.url}/crm/products → 201 (recorded 200)`);
    expect(result.stdout).toMatch(/^FIXED: CREATE_STATUS#1: answered 201, as expected \({"status":201}\)$/m);
    expect(result.stdout + result.stderr).not.toContain(WRITE_TOKEN);
  });

  it('says STILL FAILING and exits 1 when the fault is still there', async () => {
    const result = await runCli(['replay', reportFile, 'CREATE_STATUS#1', '--base-url', faulty.url], { env: { CRM_TOKEN: WRITE_TOKEN } });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^STILL FAILING: CREATE_STATUS#1: answered 200, expected {"status":201}$/m);
  });

  it('replays a sequence in order and judges the last exchange', async () => {
    const fixed = await runCli(['replay', reportFile, 'ASSERT_UPDATE_STATUS#1', '--base-url', clean.url, '--token', WRITE_TOKEN]);
    expect(fixed.stdout).toMatch(/1\. PUT .* → 201[\s\S]*2\. PUT .* → 200/);
    expect(fixed.code).toBe(0);
    const failing = await runCli(['replay', reportFile, 'ASSERT_UPDATE_STATUS#1', '--base-url', faulty.url, '--token', WRITE_TOKEN]);
    expect(failing.code).toBe(1);
  });

  it('prints the new response and UNDECIDED when the expectation holds no status', async () => {
    const result = await runCli(['replay', reportFile, 'PATCH_KEEPS_OMITTED#1', '--base-url', clean.url, '--token', WRITE_TOKEN]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('response body:');
    expect(result.stdout).toMatch(/^UNDECIDED: PATCH_KEEPS_OMITTED#1: expected {"name":"a"} holds no status/m);
  });

  it('exits 2 on a bad report file, an unknown finding or a missing token', async () => {
    const notReport = join(dir, 'not-a-report.json');
    writeFileSync(notReport, '{"findings": []}');
    const bad = await runCli(['replay', notReport, 'X#1', '--token', WRITE_TOKEN]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^crm-conformance: .*not-a-report\.json is not a crm-conformance report/);
    const unknown = await runCli(['replay', reportFile, 'NOPE#9', '--token', WRITE_TOKEN]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no finding "NOPE#9"/);
    const noToken = await runCli(['replay', reportFile, 'CREATE_STATUS#1', '--base-url', clean.url]);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/pass --token or set CRM_TOKEN/);
    const missingArgs = await runCli(['replay', reportFile]);
    expect(missingArgs.code).toBe(2);
  });
});
