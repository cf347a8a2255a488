/**
 * No silent holes: at the default budget, against its clean reference server, every MUST clause
 * of every API that is not marked untestable gets a decisive check, a MUST check naming it that
 * passed. None may end skipped or untested, or pass only through SHOULD checks. Two seeds here
 * keep it cheap; the suites reach every such clause without relying on random runs.
 */
import { describe, expect, it } from 'vitest';
import { benchSettings } from '../../bench/suite-throughput.ts';
import { testableApis } from '../../src/apis/index.ts';
import type { CrmApi } from '../../src/apis/crm-api.ts';
import { buildReport } from '../../src/report/build-report.ts';
import type { RunReport } from '../../src/report/report-types.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';

const SEEDS = [0, 1013904226];

async function reportOf(api: CrmApi, seed: number): Promise<RunReport> {
  const server = await api.reference.start({});
  try {
    const settings = benchSettings(api, server.url, { seed, runId: `crmcmust${seed.toString(36)}` });
    const outcomes = await runConformance(settings, api);
    const run = { id: settings.runId, seed, runs: settings.runs, strict: false, only: [], startedAt: '', finishedAt: '', wallMs: 1 };
    return buildReport({ catalogue: api.clauses(), checks: api.checks, outcomes, version: 'test', target: { baseUrl: server.url, embedded: true, objects: settings.objects }, run });
  } finally {
    await server.close();
  }
}

/** MUST clauses, not marked untestable, that no passing MUST check names: id, verdict and why. */
function holesOf(report: RunReport): string[] {
  const decided = new Set(report.checks.filter((c) => c.level === 'MUST' && c.verdict === 'passed').flatMap((c) => c.clauses));
  return report.clauses.filter((c) => c.level === 'MUST' && c.verdict !== 'untestable' && !decided.has(c.id)).map((c) => `${c.id} ${c.verdict}: ${c.reason ?? 'passed through SHOULD checks only'}`);
}

describe.each((await testableApis()).map((api) => [api.name, api] as const))('%s against its clean reference server at the default budget', (_, api) => {
  it.each(SEEDS)('seed %i: every testable MUST clause has a MUST check that passed', async (seed) => {
    const report = await reportOf(api, seed);
    expect(report.run.runs).toBe(25);
    expect(report.findings.map((f) => `${f.check}: ${f.message}`)).toEqual([]);
    expect(holesOf(report)).toEqual([]);
    expect(report.clauses.filter((c) => c.level === 'MUST' && (c.verdict === 'skipped' || c.verdict === 'untested'))).toEqual([]);
  });
});
