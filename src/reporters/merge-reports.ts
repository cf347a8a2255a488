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
    ...(report.run.throttle === undefined ? {} : { throttle: { throttled: report.run.throttle.throttled, rateWaitMs: report.run.throttle.rateWaitMs, retryAfterWaitMs: report.run.throttle.retryAfterWaitMs } }),
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

/** The clause catalogue a report was judged by (ids, levels, quotes), as a short fingerprint. */
function catalogueFingerprint(report: RunReport): string {
  let hash = 0x811c9dc5;
  for (const c of report.clauses) for (const char of `${c.id}|${c.level}|${c.quote}\n`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `${report.clauses.length} clauses #${hash.toString(16).padStart(8, '0')}`;
}

function shardLabel(report: RunReport): string {
  return report.run.shard === undefined ? 'the whole run' : `shard ${report.run.shard.index}/${report.run.shard.count}`;
}

/** What every report of one run shares, by the name a refusal gives it. */
const SAME_IN_EVERY_SHARD: ReadonlyArray<[string, (r: RunReport) => string]> = [
  ['APIs', (r) => r.api],
  ['targets', (r) => (r.target.embedded ? 'the embedded reference server' : r.target.baseUrl)],
  ['tool versions', (r) => r.tool.version],
  ['spec versions', catalogueFingerprint],
  ['seeds', (r) => String(r.run.seed)],
  ['run ids', (r) => r.run.id],
  ['shard counts', (r) => String(r.run.shard?.count ?? 1)],
];

/**
 * Refuses reports that are not shards of one run (exit 2): a different API, target, tool or
 * spec version, seed, run id or shard count, or the same shard twice. `names` label the reports
 * in the message (the paths given to merge).
 */
export function checkMergeable(reports: readonly RunReport[], names: readonly string[] = reports.map((_, i) => `report ${i + 1}`)): void {
  const first = reports[0]!;
  for (const [what, value] of SAME_IN_EVERY_SHARD) {
    const j = reports.findIndex((r) => value(r) !== value(first));
    if (j === -1) continue;
    const hint = what === 'seeds' || what === 'run ids' ? '; the shards of one run share --seed and --run-id' : '';
    throw new CrmcError('CRMC_REPORT_INVALID', `cannot merge reports of different ${what}: ${value(first)} (${names[0]}) and ${value(reports[j]!)} (${names[j]})${hint}`);
  }
  const seen = new Map<string, number>();
  reports.forEach((report, j) => {
    const earlier = seen.get(shardLabel(report));
    if (earlier !== undefined) {
      throw new CrmcError('CRMC_REPORT_INVALID', `cannot merge the same shard twice: ${shardLabel(report)} (${names[earlier]} and ${names[j]})`);
    }
    seen.set(shardLabel(report), j);
  });
}

/**
 * One report from the shards of one run (checkMergeable first). A merge that lacks a shard is
 * marked stopped with CRMC_REPORT_INVALID and exit code 2, whatever its findings: the report
 * and the gate must say the same thing.
 */
export function mergeReports(reports: readonly RunReport[], names?: readonly string[]): RunReport {
  const first = reports[0];
  if (first === undefined) throw new CrmcError('CRMC_USAGE', 'merge needs at least one report');
  checkMergeable(reports, names);
  const checks = new Map<string, CheckDef>();
  for (const report of reports) for (const c of report.checks) checks.set(c.code, { code: c.code, title: c.title, level: c.level, clauses: c.clauses });
  const started = Math.min(...reports.map((r) => Date.parse(r.run.startedAt)));
  const finished = Math.max(...reports.map((r) => Date.parse(r.run.finishedAt)));
  const stopped = missingShards(reports) ?? reports.find((r) => r.run.stopped !== undefined)?.run.stopped;
  const merged = buildReport({
    catalogue: catalogueOf(first),
    checks: [...checks.values()],
    outcomes: reports.map(outcomeOf),
    version: first.tool.version,
    ...(first.spec === undefined ? {} : { spec: first.spec }),
    ...(first.sources === undefined ? {} : { sources: first.sources }),
    ...(first.run.throttle?.rate === undefined ? {} : { rate: first.run.throttle.rate }),
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
  const incomplete = merged.run.stopped?.code === 'CRMC_REPORT_INVALID';
  const summary = incomplete ? { ...merged.summary, exitCode: 2 as const, conformant: false, verdict: 'STOPPED' as const } : merged.summary;
  return { ...merged, summary, cases: reports.flatMap((r) => r.cases) };
}
