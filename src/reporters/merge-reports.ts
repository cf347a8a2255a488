/**
 * Merges the reports of shards of one run into one report. Check tallies are summed, findings
 * are renumbered, and clause verdicts and the summary are derived again by the same pure
 * builder a single run uses, so a merged report reads exactly like an unsharded one.
 */
import type { Clause, ClauseCatalogue } from '../contract/clauses.ts';
import type { CheckDef } from '../core/checks.ts';
import { CrmcError } from '../core/errors.ts';
import type { CaseOutcome } from '../core/findings.ts';
import { buildReport } from '../report/build-report.ts';
import type { RunReport } from '../report/report-types.ts';

/** The catalogue as the reports recorded it (they carry every clause's text). */
function catalogueOf(report: RunReport): ClauseCatalogue {
  const clauses: Clause[] = report.clauses.map((row) => ({
    id: row.id,
    level: row.level,
    source: row.source,
    quote: row.quote,
    summary: row.summary,
    operations: [],
    ...(row.reading === undefined ? {} : { reading: row.reading }),
    ...(row.verdict === 'untestable' ? { untestable: row.reason ?? 'untestable' } : {}),
  }));
  return { api: report.api, title: report.api, clauses, byId: new Map(clauses.map((c) => [c.id, c])) };
}

/** One synthetic outcome per shard: its tallies, findings, requests and leftovers. */
function outcomeOf(report: RunReport, index: number): CaseOutcome {
  return {
    suite: `shard ${index + 1}`,
    testCase: report.run.id,
    clauses: [],
    tallies: report.checks.map((c) => ({ check: c.code, passes: c.passes, failures: c.failures, ...(c.skipped === undefined ? {} : { skipped: c.skipped }) })),
    findings: report.findings,
    requests: report.summary.requests,
    durationMs: report.run.wallMs,
    leftovers: report.leftovers,
  };
}

/** A gate must not pass on a partial run: a declared shard without its report stops the merge. */
function missingShards(reports: readonly RunReport[]): { code: string; message: string } | undefined {
  const count = reports.find((r) => r.run.shard !== undefined)?.run.shard?.count;
  if (count === undefined) return undefined;
  const present = new Set(reports.map((r) => r.run.shard?.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !present.has(i));
  if (missing.length === 0) return undefined;
  return { code: 'CRMC_REPORT_INVALID', message: `shard report(s) missing: ${missing.map((i) => `${i}/${count}`).join(', ')}` };
}

export function mergeReports(reports: readonly RunReport[]): RunReport {
  const first = reports[0];
  if (first === undefined) throw new CrmcError('CRMC_USAGE', 'merge needs at least one report');
  for (const other of reports) {
    if (other.api !== first.api) throw new CrmcError('CRMC_REPORT_INVALID', `cannot merge reports of different APIs (${first.api}, ${other.api})`);
    const ids = other.clauses.map((c) => c.id).join();
    if (ids !== first.clauses.map((c) => c.id).join()) throw new CrmcError('CRMC_REPORT_INVALID', 'cannot merge reports made with different clause catalogues');
  }
  const checks = new Map<string, CheckDef>();
  for (const report of reports) for (const c of report.checks) checks.set(c.code, { code: c.code, title: c.title, level: c.level, clauses: c.clauses });
  const started = Math.min(...reports.map((r) => Date.parse(r.run.startedAt)));
  const finished = Math.max(...reports.map((r) => Date.parse(r.run.finishedAt)));
  const stopped = reports.find((r) => r.run.stopped !== undefined)?.run.stopped ?? missingShards(reports);
  const merged = buildReport({
    catalogue: catalogueOf(first),
    checks: [...checks.values()],
    outcomes: reports.map(outcomeOf),
    version: first.tool.version,
    target: { ...first.target, objects: [...new Set(reports.flatMap((r) => r.target.objects))] },
    run: {
      id: first.run.id,
      seed: first.run.seed,
      runs: first.run.runs,
      strict: reports.some((r) => r.run.strict),
      only: first.run.only,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(finished).toISOString(),
      // Shards run side by side: the merged run took as long as the slowest one.
      wallMs: Math.max(...reports.map((r) => r.run.wallMs)),
      ...(stopped === undefined ? {} : { stopped }),
    },
  });
  return { ...merged, cases: reports.flatMap((r) => r.cases) };
}
