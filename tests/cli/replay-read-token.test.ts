import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_TOKEN, startReferenceServer, WRITE_TOKEN, type RunningReferenceServer } from '../../src/apis/zeeg/reference/index.ts';
import { runCli } from './spawn-cli.ts';

// A finding of the scope checks was made with the read-only token: its replay must send that
// token again, not the write token, or a fixed server would look broken and a broken one fixed.
const dir = mkdtempSync(join(tmpdir(), 'crmc-replay-read-'));
let clean: RunningReferenceServer;
let faulty: RunningReferenceServer;

beforeAll(async () => {
  clean = await startReferenceServer();
  faulty = await startReferenceServer({ faults: ['auth-write-with-read-token'] });
});

afterAll(async () => {
  await clean.close();
  await faulty.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('replay of a finding made with the read-only token', () => {
  it('records the credential kind, and replays with the read-only token', async () => {
    const reportDir = join(dir, 'run');
    const run = await runCli(['run', '--base-url', faulty.url, '--token', WRITE_TOKEN, '--read-token', READ_TOKEN, '--object', 'products', '--only', 'ZEEG-AUTH-002', '--runs', '2', '--seed', '4', '--report-dir', reportDir, '--quiet']);
    expect(run.code, run.stderr).toBe(1);
    const report = (await import(join(reportDir, 'report.json'), { with: { type: 'json' } })).default as { findings: Array<{ id: string; check: string; exchanges: Array<{ request: { auth?: string } }> }> };
    const finding = report.findings.find((f) => f.check === 'AUTH_READ_TOKEN_403')!;
    expect(finding.exchanges.at(-1)!.request.auth).toBe('read');

    const missing = await runCli(['replay', join(reportDir, 'report.json'), finding.id, '--base-url', clean.url, '--token', WRITE_TOKEN]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('was found with the read-only token: pass --read-token or set CRM_READ_TOKEN');

    const still = await runCli(['replay', join(reportDir, 'report.json'), finding.id, '--token', WRITE_TOKEN, '--read-token', READ_TOKEN]);
    expect(still.code, still.stdout).toBe(1);
    expect(still.stdout).toMatch(/^STILL FAILING: /m);

    const fixed = await runCli(['replay', join(reportDir, 'report.json'), finding.id, '--base-url', clean.url, '--token', WRITE_TOKEN, '--read-token', READ_TOKEN]);
    expect(fixed.code, fixed.stdout).toBe(0);
    expect(fixed.stdout).toMatch(/^FIXED: /m);
    expect(fixed.stdout + fixed.stderr).not.toContain(READ_TOKEN);
  });
});
