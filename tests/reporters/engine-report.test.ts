/**
 * Reports from real outcomes: the in-process engine runs every suite against the reference
 * server (clean, then with a fault), and every writer must accept what it produced.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/apis/zeeg/checks/index.ts';
import { loadClauses } from '../../src/contract/clauses.ts';
import { buildReport } from '../../src/report/build-report.ts';
import type { RunReport } from '../../src/report/report-types.ts';
import { FAULTS, MEMBER_IDS, READ_TOKEN, startReferenceServer, WRITE_TOKEN } from '../../src/apis/zeeg/reference/index.ts';
import { reportErrors } from '../../src/reporters/json-report.ts';
import { writeReports } from '../../src/reporters/write-reports.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import type { RunSettings } from '../../src/runner/settings.ts';
import { ZEEG_RUN } from '../../src/apis/zeeg/suites/index.ts';

const root = mkdtempSync(join(tmpdir(), 'crmc-engine-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function reportAgainst(faults: string[]): Promise<RunReport> {
  const server = await startReferenceServer({ faults });
  try {
    const settings: RunSettings = {
      api: 'zeeg', baseUrl: server.url, embedded: true, token: WRITE_TOKEN, readToken: READ_TOKEN,
      objects: ['products', 'suppliers'], members: [...MEMBER_IDS], seed: 1234, runs: 3, strict: false, only: [],
      timeoutMs: 5_000, concurrency: 2, runId: 'crmctest0001',
    };
    const startedAt = new Date().toISOString();
    const outcomes = await runConformance(settings, ZEEG_RUN);
    return buildReport({
      catalogue: loadClauses('zeeg'), checks: ALL_CHECKS, outcomes, version: '0.1.0',
      target: { baseUrl: server.url, embedded: true, objects: settings.objects },
      run: { id: settings.runId, seed: settings.seed, runs: settings.runs, strict: false, only: [], startedAt, finishedAt: new Date().toISOString(), wallMs: 1000 },
    });
  } finally {
    await server.close();
  }
}

function expectNoTokens(dir: string): void {
  // Every file, the reproduction scripts in repro/ included.
  for (const file of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toContain(WRITE_TOKEN);
    expect(text, file).not.toContain(READ_TOKEN);
  }
}

describe('reports of real runs', () => {
  it('a clean reference server gives a conformant report that matches the schema, every MUST check passed', async () => {
    const report = await reportAgainst([]);
    expect(reportErrors(report)).toEqual([]);
    expect(report.findings.map((f) => `${f.id}: ${f.message}`)).toEqual([]);
    expect(report.checks.filter((c) => c.level === 'MUST' && c.verdict !== 'passed').map((c) => `${c.code} ${c.verdict}`)).toEqual([]);
    const dir = join(root, 'clean');
    writeReports(dir, report, { secrets: [WRITE_TOKEN, READ_TOKEN], env: {} });
    expectNoTokens(dir);
  });

  it('a faulty server gives the finding in report.json, junit.xml and index.html', async () => {
    const report = await reportAgainst(['assert-update-returns-201']);
    expect(reportErrors(report)).toEqual([]);
    const broken = FAULTS.find((f) => f.name === 'assert-update-returns-201')!.clauses;
      const finding = report.findings.find((f) => f.clauses.some((id) => broken.includes(id)));
    expect(finding, JSON.stringify(report.findings.map((f) => f.id))).toBeDefined();
    const dir = join(root, 'faulty');
    writeReports(dir, report, { secrets: [WRITE_TOKEN, READ_TOKEN], env: {} });
    expectNoTokens(dir);
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toContain(`${finding!.id} [MUST]`);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(`data-testid="finding-${finding!.id}"`);
    expect(report.summary.exitCode).toBe(1);
  });
});
