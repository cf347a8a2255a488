/**
 * The lines a run prints about what failed and what did not run, as plain text: the failing
 * clauses the verdict names, one line per finding group that fails the run (check, clauses,
 * count, message, and the replay command with the report's absolute path, so it works from any
 * folder), and one line per MUST clause the run skipped, with the reason and what would let it
 * run. console-output.ts lays them out for a terminal or a CI log.
 */
import { failsRun, mustHoles, verdictHoles } from '../report/clause-gaps.ts';
import { groupsOf } from '../report/finding-groups.ts';
import type { FindingGroup, RunReport } from '../report/report-types.ts';
import { replayCommand } from '../reporters/curl.ts';

/** Clauses named in the verdict before "… and N more". */
const VERDICT_CLAUSES = 10;

/** One line, no control characters: a message may quote what the target sent. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

/** The groups whose findings fail the run: MUST ones, and every one with --strict. */
export function failingGroups(report: RunReport): FindingGroup[] {
  return groupsOf(report).filter((g) => failsRun(g.level, report.run.strict));
}

function listed(ids: readonly string[]): string {
  const more = ids.length - VERDICT_CLAUSES;
  return ids.slice(0, VERDICT_CLAUSES).join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/** What follows NOT CONFORMANT: the clauses that fail the run, or the MUST clauses a strict run skipped. */
export function verdictDetail(report: RunReport): string {
  const clauses = [...new Set(failingGroups(report).flatMap((g) => g.clauses))].sort();
  const detail = clauses.length > 0 ? `fails ${listed(clauses)}` : `MUST clauses did not run: ${listed(mustHoles(report.clauses, report.run).map((h) => h.id))}`;
  const stopped = report.run.stopped === undefined ? '' : `; stopped early (${report.run.stopped.code})`;
  return `${detail}${stopped}`;
}

/** What follows INCOMPLETE: how many selected MUST clauses were not exercised, and whether the exit code forgives it. */
export function incompleteDetail(report: RunReport): string {
  const holes = verdictHoles(report.clauses, report.run);
  const allowed = report.run.allowUntested === true ? ' (allowed by --allow-untested: exit 0)' : '';
  return `no finding fails the run, but ${holes.length} MUST clause${holes.length === 1 ? ' was' : 's were'} not exercised: ${listed(holes)}${allowed}`;
}

/** The message of a group's example finding. */
function exampleMessage(report: RunReport, group: FindingGroup): string {
  return oneLine(report.findings.find((f) => f.id === group.example)?.message ?? '');
}

/** `finding: MUST CODE CLAUSE… on OPERATION (n findings): message; replay: npx crm-conformance replay /abs/report.json 'CODE#k'`. */
export function groupLines(report: RunReport, reportJson: string): string[] {
  return failingGroups(report).map(
    (g) => `finding: ${g.level} ${g.check} ${g.clauses.join(' ')} on ${g.operation} (${g.count} finding${g.count === 1 ? '' : 's'}): ${exampleMessage(report, g)}; replay: ${replayCommand(g.example, reportJson)}`,
  );
}

/** A group for the terminal: count, check, clauses, operation, message and the example's id; two groups never print alike. */
export function groupSummary(report: RunReport, group: FindingGroup): string {
  return `${group.count}× ${group.check} ${group.clauses.join(' ')} on ${group.operation}  ${exampleMessage(report, group)}  (${group.example})`;
}

/** `skipped: MUST ZEEG-X-001: reason; to run it: remedy`, one per MUST clause the run did not exercise. */
export function holeLines(report: RunReport): string[] {
  return mustHoles(report.clauses, report.run).map((h) => `skipped: MUST ${h.id}: ${oneLine(h.reason)}; to run it: ${h.remedy}`);
}
