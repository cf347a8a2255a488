/**
 * Builds the run report from the case outcomes: tallies per check, verdict per clause, finding
 * ids, exit code. Pure: the same outcomes always give the same report.
 */
import type { ClauseCatalogue } from '../contract/clauses.ts';
import type { CheckDef } from '../core/checks.ts';
import type { CaseOutcome, CheckVerdict, Finding } from '../core/findings.ts';
import { verdictHoles } from './clause-gaps.ts';
import { groupFindings } from './finding-groups.ts';
import type { CheckRow, ClauseRow, ClauseVerdict, RunReport, RunVerdict } from './report-types.ts';
import { withThrottle } from './run-throttle.ts';

export interface ReportInput {
  catalogue: ClauseCatalogue;
  checks: readonly CheckDef[];
  outcomes: readonly CaseOutcome[];
  version: string;
  /** The title and version of the spec the run judged against, and the API version it judges. */
  spec?: RunReport['spec'];
  /** The public pages of the source files the clauses cite. */
  sources?: RunReport['sources'];
  target: RunReport['target'];
  run: RunReport['run'];
  /** The run's --rate, when it had one; the throttle figures come from the outcomes. */
  rate?: number;
}

/**
 * Why a check never ran, read from the cases that test its clauses: none was selected, every
 * one ended with an error, or a finding stopped them first; only otherwise can more runs help.
 */
export function unexercisedReason(def: CheckDef, outcomes: readonly CaseOutcome[]): string {
  const cases = outcomes.filter((o) => o.clauses.some((id) => def.clauses.includes(id)));
  if (cases.length === 0) return 'no selected case tests it (--only or --shard left its cases out)';
  const errored = cases.find((o) => o.error !== undefined);
  if (errored !== undefined && cases.every((o) => o.error !== undefined)) return `its case ended with ${errored.error!.code} before reaching it`;
  const stopping = cases.flatMap((o) => o.findings).find((f) => f.check !== def.code);
  if (stopping !== undefined && cases.every((o) => o.error !== undefined || o.findings.length > 0)) return `its case stopped at ${stopping.check} before reaching it`;
  return 'not exercised in this run: the budget never reached it (raise --runs)';
}

function checkRows(checks: readonly CheckDef[], outcomes: readonly CaseOutcome[]): CheckRow[] {
  return checks.map((def) => {
    let passes = 0;
    let tallied = 0;
    let found = 0;
    const skips: string[] = [];
    for (const outcome of outcomes) {
      for (const tally of outcome.tallies) {
        if (tally.check !== def.code) continue;
        passes += tally.passes;
        tallied += tally.failures;
        if (tally.skipped !== undefined) skips.push(tally.skipped);
      }
      found += outcome.findings.filter((f) => f.check === def.code).length;
    }
    // A finding always counts, also when its case stopped before tallying it.
    const failures = Math.max(tallied, found);
    const verdict: CheckVerdict = failures > 0 ? 'failed' : passes > 0 ? 'passed' : 'skipped';
    const row: CheckRow = { code: def.code, title: def.title, level: def.level, clauses: def.clauses, verdict, passes, failures };
    if (verdict === 'skipped') row.skipped = skips[0] ?? unexercisedReason(def, outcomes);
    return row;
  });
}

function numberFindings(outcomes: readonly CaseOutcome[]): Finding[] {
  const perCheck = new Map<string, number>();
  const all: Finding[] = [];
  for (const outcome of outcomes) {
    for (const finding of outcome.findings) {
      const n = (perCheck.get(finding.check) ?? 0) + 1;
      perCheck.set(finding.check, n);
      all.push({ ...finding, id: `${finding.check}#${n}` });
    }
  }
  return all;
}

function clauseRows(catalogue: ClauseCatalogue, checks: CheckRow[], findings: Finding[]): ClauseRow[] {
  return catalogue.clauses.map((clause) => {
    const related = checks.filter((c) => c.clauses.includes(clause.id));
    const failing = findings.filter((f) => f.clauses.includes(clause.id));
    let verdict: ClauseVerdict;
    let reason: string | undefined;
    if (failing.length > 0) verdict = 'failed';
    else if (related.some((c) => c.verdict === 'passed')) verdict = 'passed';
    else if (clause.untestable !== undefined) [verdict, reason] = ['untestable', clause.untestable];
    else if (related.length > 0) [verdict, reason] = ['skipped', related.find((c) => c.skipped)?.skipped ?? 'no check ran'];
    else [verdict, reason] = ['untested', 'no check covers this clause'];
    const row: ClauseRow = {
      id: clause.id,
      level: clause.level,
      source: clause.source,
      quote: clause.quote,
      summary: clause.summary,
      verdict,
      checks: related.map((c) => c.code),
      findings: failing.map((f) => f.id),
    };
    if (clause.reading !== undefined) row.reading = clause.reading;
    if (reason !== undefined) row.reason = reason;
    return row;
  });
}

export interface VerdictInput {
  strict: boolean;
  stopped: boolean;
  /** Selected MUST clauses the run did not exercise (verdictHoles). */
  holes: number;
  allowUntested: boolean;
}

/**
 * The verdict and its exit code. Findings that fail the run win (1); then a stopped run (2);
 * then evidence: CONFORMANT needs every selected MUST clause exercised. Holes fail a --strict
 * run (1), and otherwise make it INCOMPLETE: exit 2, or 0 when the run allows untested clauses.
 */
export function verdictFor(findings: readonly Finding[], input: VerdictInput): { verdict: RunVerdict; exitCode: 0 | 1 | 2 } {
  if (findings.some((f) => f.level === 'MUST' || input.strict)) return { verdict: 'NOT CONFORMANT', exitCode: 1 };
  if (input.stopped) return { verdict: 'STOPPED', exitCode: 2 };
  if (input.holes === 0) return { verdict: 'CONFORMANT', exitCode: 0 };
  if (input.strict) return { verdict: 'NOT CONFORMANT', exitCode: 1 };
  return { verdict: 'INCOMPLETE', exitCode: input.allowUntested ? 0 : 2 };
}

export function buildReport(input: ReportInput): RunReport {
  const checks = checkRows(input.checks, input.outcomes);
  const findings = numberFindings(input.outcomes);
  const clauses = clauseRows(input.catalogue, checks, findings);
  const counts: Record<ClauseVerdict, number> = { passed: 0, failed: 0, skipped: 0, untested: 0, untestable: 0 };
  for (const row of clauses) counts[row.verdict] += 1;
  const requests = input.outcomes.reduce((sum, o) => sum + o.requests, 0);
  const { verdict, exitCode } = verdictFor(findings, {
    strict: input.run.strict,
    stopped: input.run.stopped !== undefined,
    holes: verdictHoles(clauses, input.run).length,
    allowUntested: input.run.allowUntested === true,
  });
  return {
    schemaVersion: 1,
    tool: { name: 'crm-conformance', version: input.version },
    api: input.catalogue.api,
    ...(input.spec === undefined ? {} : { spec: input.spec }),
    ...(input.sources === undefined ? {} : { sources: input.sources }),
    target: input.target,
    run: withThrottle(input.run, input.outcomes, input.rate),
    summary: {
      conformant: verdict === 'CONFORMANT',
      verdict,
      exitCode,
      clauses: counts,
      findings: {
        MUST: findings.filter((f) => f.level === 'MUST').length,
        SHOULD: findings.filter((f) => f.level === 'SHOULD').length,
      },
      requests,
      requestsPerSecond: input.run.wallMs > 0 ? Math.round((requests * 1000) / input.run.wallMs) : 0,
    },
    clauses,
    checks,
    findings,
    groups: groupFindings(findings, input.target.baseUrl),
    cases: input.outcomes.map((o) => {
      const failed = o.findings.length > 0 || o.error !== undefined;
      const ran = o.tallies.some((t) => t.passes > 0 || t.failures > 0);
      const verdict: CheckVerdict = failed ? 'failed' : ran ? 'passed' : 'skipped';
      return { suite: o.suite, testCase: o.testCase, clauses: o.clauses, verdict, requests: o.requests, durationMs: o.durationMs, ...(o.error ? { error: o.error } : {}) };
    }),
    leftovers: input.outcomes.flatMap((o) => o.leftovers),
  };
}
