/**
 * What a reader must see first about the clauses: which fail (most severe first, each with the
 * smallest example of its largest group) and which MUST clauses did not run (the holes), with
 * the reason and what would let them run. Pure; every reporter and the terminal use these.
 */
import type { Level } from '../core/findings.ts';
import type { ClauseRow, FindingGroup, RunReport } from './report-types.ts';

export interface FailingClause {
  id: string;
  /** The most severe level among the findings that name it (not the clause's own level). */
  level: Level;
  /** Findings that name it. */
  count: number;
  /** Id of the example finding of its most severe group. */
  example: string;
}

export interface ClauseHole {
  id: string;
  summary: string;
  reason: string;
  /** What would let the clause run. */
  remedy: string;
}

/** True when a finding of this level fails the run. */
export function failsRun(level: Level, strict: boolean): boolean {
  return level === 'MUST' || strict;
}

/** Clauses named by the groups, MUST before SHOULD, then by count, then by id. */
export function failingClauses(groups: readonly FindingGroup[]): FailingClause[] {
  const byId = new Map<string, FailingClause>();
  for (const group of groups) {
    for (const id of group.clauses) {
      const seen = byId.get(id);
      if (seen === undefined) byId.set(id, { id, level: group.level, count: group.count, example: group.example });
      else seen.count += group.count;
    }
  }
  return [...byId.values()].sort((a, b) => (a.level !== b.level ? (a.level === 'MUST' ? -1 : 1) : b.count - a.count || a.id.localeCompare(b.id)));
}

/** True when --only left the clause out on purpose (neither it nor one of its checks named). */
function leftOut(row: ClauseRow, only: readonly string[]): boolean {
  return only.length > 0 && !only.includes(row.id) && !row.checks.some((code) => only.includes(code));
}

/** What would let a skipped clause run, read from the run and the reason it was skipped. */
export function remedyFor(reason: string, run: RunReport['run']): string {
  if (run.shard !== undefined) return 'merge the shard reports: another shard may run it';
  if (run.stopped !== undefined) return `a run that is not stopped early (this one stopped: ${run.stopped.code})`;
  if (reason.includes('--read-token')) return 'give a read-only token with --read-token (or CRM_READ_TOKEN)';
  if (reason.includes('--max-time')) return 'raise --max-time, or leave it unset';
  if (reason.includes('no check covers')) return 'none in this version: leave it out with --only, or accept the gap with --allow-untested';
  if (reason.includes('no selected case')) return 'select it: name the clause with --only, or merge the shard reports';
  if (reason.includes('stopped at')) return 'fix the finding that stopped its case, then run again';
  if (reason.includes('--runs')) return 'raise --runs';
  const flag = /\bwith (--[a-z][a-z-]*)/.exec(reason)?.[1];
  if (flag !== undefined) return `give it with ${flag}`;
  if (/\b(has no|has one|lacks|lists no|no \w+ attribute)\b/.test(reason)) return 'test an object that has what the reason names (--object)';
  return 'remove the cause the reason names and run again';
}

/** MUST clauses the run selected but skipped: each is a hole in the verdict. */
export function mustHoles(clauses: readonly ClauseRow[], run: RunReport['run']): ClauseHole[] {
  return clauses
    .filter((row) => row.level === 'MUST' && row.verdict === 'skipped' && !leftOut(row, run.only))
    .map((row) => {
      const reason = row.reason ?? 'no check ran';
      return { id: row.id, summary: row.summary, reason, remedy: remedyFor(reason, run) };
    });
}

/** Selected MUST clauses that no check of this version covers: never exercised, so holes too. */
export function uncoveredMust(clauses: readonly ClauseRow[], run: RunReport['run']): string[] {
  return clauses.filter((row) => row.level === 'MUST' && row.verdict === 'untested' && !leftOut(row, run.only)).map((row) => row.id);
}

/** Ids of the holes the run's own verdict weighs (skipped and uncovered); a shard's are the merge's to judge. */
export function verdictHoles(clauses: readonly ClauseRow[], run: RunReport['run']): string[] {
  return run.shard === undefined ? [...mustHoles(clauses, run).map((h) => h.id), ...uncoveredMust(clauses, run)] : [];
}
