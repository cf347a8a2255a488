/**
 * `crm-conformance run` end to end, as a subprocess: against the embedded server (exit 0),
 * against a reference server with a fault (exit 1, the finding in every report format), and
 * with tokens kept out of every file and of the console.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FAULTS, READ_TOKEN, startReferenceServer, WRITE_TOKEN } from '../../src/apis/zeeg/reference/index.ts';
import { readReport } from '../../src/reporters/json-report.ts';
import { runCli } from './spawn-cli.ts';

const cwd = mkdtempSync(join(tmpdir(), 'crmc-e2e-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function expectNoTokens(dir: string, console: string): void {
  // Every file, the reproduction scripts in repro/ included.
  for (const file of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toContain(WRITE_TOKEN);
    expect(text, file).not.toContain(READ_TOKEN);
  }
  expect(console).not.toContain(WRITE_TOKEN);
  expect(console).not.toContain(READ_TOKEN);
}

describe('crm-conformance run', () => {
  it('exits 0 against the embedded reference server and writes every report under reports/', async () => {
    const result = await runCli(['run', '--runs', '3', '--seed', '42'], { cwd, timeoutMs: 120_000 });
    expect(result.code, result.stderr + result.stdout).toBe(0);
    const dir = join(cwd, 'reports', 'latest');
    for (const file of ['index.html', 'report.json', 'junit.xml', 'summary.md']) expect(existsSync(join(dir, file)), file).toBe(true);
    const report = readReport(join(dir, 'report.json'));
    expect(report).toMatchObject({ target: { embedded: true }, run: { seed: 42, runs: 3 }, summary: { exitCode: 0, conformant: true } });
    expect(report.summary.clauses.passed).toBeGreaterThan(0);
    expect(result.stdout).toMatch(/^verdict: CONFORMANT$/m);
    expect(result.stdout).toMatch(/^seed: 42$/m);
    expectNoTokens(dir, result.stdout + result.stderr);
  });

  it('exits 1 against a faulty server, with the finding in report.json, junit.xml, index.html and a CI log line; --max-failures marks it stopped', async () => {
    const server = await startReferenceServer({ faults: ['assert-update-returns-201'] });
    try {
      const dir = join(cwd, 'faulty');
      const result = await runCli(['run', '--runs', '3', '--seed', '7', '--report-dir', dir, '--only', 'ZEEG-ASSERT-001', '--object', 'products', '--object', 'suppliers', '--max-failures', '1'], {
        cwd,
        timeoutMs: 120_000,
        env: { CRM_BASE_URL: server.url, CRM_TOKEN: WRITE_TOKEN, CRM_READ_TOKEN: READ_TOKEN },
      });
      expect(result.code, result.stderr + result.stdout).toBe(1);
      const report = readReport(join(dir, 'report.json'));
      const broken = FAULTS.find((f) => f.name === 'assert-update-returns-201')!.clauses;
      const finding = report.findings.find((f) => f.clauses.some((id) => broken.includes(id)));
      expect(finding, JSON.stringify(report.findings.map((f) => f.id))).toBeDefined();
      expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toContain(`${finding!.id} [MUST]`);
      expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(`data-testid="finding-${finding!.id}"`);
      // Cases in flight when the budget ran out finish: another case of the fault may add its clause.
      expect(result.stdout).toMatch(/^verdict: NOT CONFORMANT: fails ZEEG-ASSERT-001(, ZEEG-ASSERT-011)?; stopped early \(CRMC_MAX_FAILURES\)$/m);
      // Not a TTY: one line per failing group, with a replay command that works from any folder.
      const replay = `; replay: npx crm-conformance replay ${join(dir, 'report.json')} 'ASSERT_UPDATES_200#`;
      expect(result.stdout.split('\n').filter((line) => /^finding: MUST ASSERT_UPDATES_200 ZEEG-ASSERT-001 on PUT \/crm\/products\?matchingAttribute \(1 finding\): /.test(line) && line.includes(replay))).not.toEqual([]);
      expect(report.run.stopped).toEqual({ code: 'CRMC_MAX_FAILURES', message: '1 finding group failed the run: stopped early at --max-failures 1' });
      expect(report.summary.exitCode).toBe(1);
      expectNoTokens(dir, result.stdout + result.stderr);
    } finally {
      await server.close();
    }
  });
});
