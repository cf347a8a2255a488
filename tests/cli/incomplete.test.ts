/**
 * Exit 0 needs evidence: a Kizen target run without --member (its objects' required owner is a
 * team selector the suite cannot fill) tests almost nothing. The CLI must say INCOMPLETE, name
 * the MUST clauses it did not exercise with the setting that would let them run, and exit 2;
 * --allow-untested exits 0 and still says INCOMPLETE everywhere.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSINESS_ID, FULL_API_KEY, READ_ONLY_API_KEY, startKizenServer, USER_IDS } from '../../src/apis/kizen/reference/index.ts';
import { readReport } from '../../src/reporters/json-report.ts';
import { runCli } from './spawn-cli.ts';

const cwd = mkdtempSync(join(tmpdir(), 'crmc-incomplete-'));
let server: Awaited<ReturnType<typeof startKizenServer>>;
beforeAll(async () => {
  server = await startKizenServer();
});
afterAll(async () => {
  await server.close();
  rmSync(cwd, { recursive: true, force: true });
});

const args = (dir: string) => [
  'run', '--api', 'kizen', '--base-url', server.url, '--token', FULL_API_KEY, '--read-token', READ_ONLY_API_KEY,
  '--business-id', BUSINESS_ID, '--user-id', USER_IDS[0]!, '--object', 'projects', '--runs', '1', '--seed', '3', '--report-dir', join(cwd, dir),
];

describe('a run that could not exercise its MUST clauses', () => {
  it('is INCOMPLETE with exit 2, naming each clause not exercised and the setting that would run it', async () => {
    const result = await runCli(args('plain'));
    expect(result.code, result.stderr + result.stdout).toBe(2);
    expect(result.stdout).toMatch(/^verdict: INCOMPLETE: no finding fails the run, but \d+ MUST clauses were not exercised: KIZEN-AUTH-001, /m);
    expect(result.stdout).toContain('skipped: MUST KIZEN-ADD-001: required field "owner" (team_selector) cannot be filled: give a team member with --member; to run it: give it with --member');
    expect(result.stdout).toMatch(/^suite add: skipped \(/m);
    expect(result.stdout).toMatch(/^suite discovery: passed \(/m);
    const report = readReport(join(cwd, 'plain', 'report.json'));
    expect(report.summary).toMatchObject({ verdict: 'INCOMPLETE', conformant: false, exitCode: 2, findings: { MUST: 0, SHOULD: 0 } });
  });

  it('with --allow-untested exits 0 and still says INCOMPLETE in the terminal and the report', async () => {
    const result = await runCli([...args('allowed'), '--allow-untested']);
    expect(result.code, result.stderr + result.stdout).toBe(0);
    expect(result.stdout).toMatch(/^verdict: INCOMPLETE: .* \(allowed by --allow-untested: exit 0\)$/m);
    const report = readReport(join(cwd, 'allowed', 'report.json'));
    expect(report.run.allowUntested).toBe(true);
    expect(report.summary).toMatchObject({ verdict: 'INCOMPLETE', conformant: false, exitCode: 0 });
  });
});
