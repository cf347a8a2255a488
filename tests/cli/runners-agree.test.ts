/**
 * `--runner vitest` and the default engine run the same cases: with one seed and run id, the
 * reports of both hold the same cases, checks, clause verdicts and findings, on a clean target
 * and on one with a fault. Only timings may differ.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/report/report-types.ts';
import { READ_TOKEN, startReferenceServer, WRITE_TOKEN } from '../../src/apis/zeeg/reference/index.ts';
import { readReport } from '../../src/reporters/json-report.ts';
import { runCli } from './spawn-cli.ts';

const cwd = mkdtempSync(join(tmpdir(), 'crmc-runners-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** What a run decided, without what depends on timing. */
function verdicts(report: RunReport) {
  return {
    exitCode: report.summary.exitCode,
    clauses: report.clauses.map((c) => [c.id, c.verdict]),
    checks: report.checks.map((c) => [c.code, c.verdict]),
    cases: report.cases.map((c) => [c.suite, c.testCase, c.verdict]).sort((a, b) => String(a).localeCompare(String(b))),
    findings: report.findings.map((f) => [f.check, f.level, f.testCase]).sort((a, b) => String(a).localeCompare(String(b))),
    stopped: report.run.stopped,
  };
}

async function both(args: string[], env: Record<string, string> = {}): Promise<[RunReport, RunReport]> {
  const reports: RunReport[] = [];
  for (const runner of ['engine', 'vitest']) {
    const dir = join(cwd, `${runner}-${reports.length}-${args.length}`);
    const result = await runCli(['run', ...args, '--runner', runner, '--report-dir', dir, '--quiet'], { cwd, env, timeoutMs: 240_000 });
    expect(result.code, result.stderr + result.stdout).not.toBe(2);
    reports.push(readReport(join(dir, 'report.json')));
    expect(reports.at(-1)!.run.runner).toBe(runner);
  }
  return [reports[0]!, reports[1]!];
}

describe('the engine and vitest runners', () => {
  it('give the same verdicts on the embedded reference server', async () => {
    const [engine, vitest] = await both(['--runs', '2', '--seed', '31', '--run-id', 'crmcagree001']);
    expect(engine.summary.exitCode).toBe(0);
    expect(engine.cases.length).toBeGreaterThan(30);
    expect(verdicts(engine)).toEqual(verdicts(vitest));
  });

  it('give the same findings on a server with a fault', async () => {
    const server = await startReferenceServer({ faults: ['assert-update-returns-201', 'patch-null-ignored'] });
    try {
      const env = { CRM_BASE_URL: server.url, CRM_TOKEN: WRITE_TOKEN, CRM_READ_TOKEN: READ_TOKEN };
      const [engine, vitest] = await both(['--runs', '3', '--seed', '8', '--run-id', 'crmcagree002', '--object', 'products', '--only', 'ZEEG-ASSERT-001', '--only', 'ZEEG-PATCH-002'], env);
      expect(engine.summary.exitCode).toBe(1);
      expect(engine.findings.length).toBeGreaterThan(0);
      expect(verdicts(engine)).toEqual(verdicts(vitest));
    } finally {
      await server.close();
    }
  });
});
