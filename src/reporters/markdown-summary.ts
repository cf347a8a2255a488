/**
 * A short Markdown summary of a run: verdict, counts, and the failing clauses with their
 * findings. Written as summary.md beside the other reports and appended to the GitHub Actions
 * job summary ($GITHUB_STEP_SUMMARY) when that variable is set.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mustHoles, verdictHoles } from '../report/clause-gaps.ts';
import type { RunReport } from '../report/report-types.ts';
import { throttleText } from './throttle-text.ts';

export const MARKDOWN_SUMMARY_FILE = 'summary.md';

/** Escapes text for a Markdown table cell or line: no HTML, no table breaks, no code spans. */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

function verdictLine(report: RunReport): string {
  const { summary, run } = report;
  if (summary.exitCode === 1) {
    const stopped = run.stopped === undefined ? '' : ` Stopped early (${escapeMarkdown(run.stopped.code)}): ${escapeMarkdown(run.stopped.message)}.`;
    const holes = summary.findings.MUST + summary.findings.SHOULD === 0 ? ' MUST clauses did not run (--strict).' : '';
    return `**Not conformant**: ${summary.findings.MUST} MUST and ${summary.findings.SHOULD} SHOULD finding(s).${holes}${stopped}`;
  }
  if (run.stopped !== undefined) return `**Stopped** (${escapeMarkdown(run.stopped.code)}): ${escapeMarkdown(run.stopped.message)}`;
  if (summary.verdict === 'INCOMPLETE') {
    const allowed = run.allowUntested === true ? ' Allowed by --allow-untested (exit 0).' : '';
    return `**Incomplete**: no finding fails the run, but ${verdictHoles(report.clauses, run).length} MUST clause(s) were not exercised.${allowed}`;
  }
  return '**Conformant**: no finding fails the run, and every selected MUST clause was exercised.';
}

/** The MUST clauses the run selected but skipped, with the reason and what would let them run. */
function holeLines(report: RunReport): string[] {
  const holes = mustHoles(report.clauses, report.run);
  if (holes.length === 0) return [];
  const lines = ['### MUST clauses that did not run', '', '| clause | why it was skipped | to run it |', '|---|---|---|'];
  for (const hole of holes) lines.push(`| ${escapeMarkdown(hole.id)} | ${escapeMarkdown(hole.reason)} | ${escapeMarkdown(hole.remedy)} |`);
  return [...lines, ''];
}

/** ` 2026-03`: the version of the API the run judged, when the report names it. */
function apiVersion(report: RunReport): string {
  return report.spec?.apiVersion === undefined ? '' : ` ${escapeMarkdown(report.spec.apiVersion)}`;
}

export function renderMarkdown(report: RunReport, reportPath?: string): string {
  const { summary, run } = report;
  const c = summary.clauses;
  const lines = [
    `## crm-conformance: ${escapeMarkdown(report.api)}${apiVersion(report)}${report.spec === undefined ? '' : ` (spec ${escapeMarkdown(report.spec.version)})`} against ${escapeMarkdown(report.target.baseUrl)}`,
    '',
    verdictLine(report),
    '',
    '| clauses passed | failed | skipped | untested | untestable | MUST findings | SHOULD findings | requests | seed | wall time |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${c.passed} | ${c.failed} | ${c.skipped} | ${c.untested} | ${c.untestable} | ${summary.findings.MUST} | ${summary.findings.SHOULD} | ${summary.requests} | ${run.seed} | ${(run.wallMs / 1000).toFixed(1)} s |`,
    '',
  ];
  const failed = report.clauses.filter((row) => row.verdict === 'failed');
  if (failed.length > 0) {
    lines.push('### Failing clauses', '', '| clause | level | finding | message |', '|---|---|---|---|');
    for (const row of failed) {
      for (const id of row.findings) {
        const finding = report.findings.find((f) => f.id === id);
        // The finding's level: a SHOULD finding on a MUST clause does not fail the clause as MUST.
        lines.push(`| ${escapeMarkdown(row.id)} | ${finding?.level ?? row.level} | ${escapeMarkdown(id)} | ${escapeMarkdown(finding?.message ?? '')} |`);
      }
    }
    lines.push('', `Replay one: \`npx crm-conformance replay report.json <finding id>\``, '');
  }
  lines.push(...holeLines(report));
  const throttled = throttleText(run);
  if (throttled !== undefined) lines.push(`Throttled: ${escapeMarkdown(throttled)}.`, '');
  if (report.leftovers.length > 0) lines.push(`${report.leftovers.length} record(s) could not be deleted; see the leftovers in the report.`, '');
  if (reportPath !== undefined) lines.push(`Full report: ${escapeMarkdown(reportPath)}`, '');
  return lines.join('\n');
}

export function writeMarkdownSummary(dir: string, report: RunReport, reportPath?: string): string {
  const file = join(dir, MARKDOWN_SUMMARY_FILE);
  writeFileSync(file, renderMarkdown(report, reportPath));
  return file;
}

/** Appends the summary to $GITHUB_STEP_SUMMARY; returns the file written, if any. */
export function appendStepSummary(report: RunReport, env: NodeJS.ProcessEnv = process.env, reportPath?: string): string | undefined {
  const target = env.GITHUB_STEP_SUMMARY;
  if (target === undefined || target === '') return undefined;
  appendFileSync(target, `${renderMarkdown(report, reportPath)}\n`);
  return target;
}
