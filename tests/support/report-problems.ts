/**
 * Whether a run's outcomes make a report that report.json can hold: the report is built as the
 * CLI builds it and checked against spec/report.schema.json. A fault's findings (a value that
 * read back absent among them) must never leave a run without its report.
 */
import { apiNamed } from '../../src/apis/index.ts';
import type { CaseOutcome } from '../../src/core/findings.ts';
import { buildReport } from '../../src/report/build-report.ts';
import { reportProblems as schemaProblems } from '../../src/reporters/json-report.ts';

/** Schema errors of the report of these outcomes, one line each; empty when it is valid. */
export async function reportProblems(apiName: string, outcomes: readonly CaseOutcome[], baseUrl: string): Promise<string[]> {
  const api = await apiNamed(apiName);
  const run = { id: 'crmcreport', seed: 1, runs: 25, strict: false, only: [], startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', wallMs: 1000 };
  const report = buildReport({ catalogue: api.clauses(), checks: api.checks, outcomes, version: 'test', spec: api.spec, target: { baseUrl, embedded: true, objects: [] }, run });
  // The report as written: JSON has no undefined, so a round trip drops what the file would drop.
  const written = JSON.parse(JSON.stringify(report)) as unknown;
  return schemaProblems(written);
}
