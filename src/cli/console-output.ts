/**
 * What a run prints: a line per finished suite and a final summary, as an aligned table with
 * colour on a terminal and as plain `key: value` lines otherwise (CI logs, pipes), then the
 * finding groups and the MUST clauses that did not run (console-findings.ts). Only data
 * from the report is printed; tokens never reach it (the report is redacted first).
 */
import { dirname, resolve } from 'node:path';
import { groupsOf } from '../report/finding-groups.ts';
import type { RunReport } from '../report/report-types.ts';
import { JSON_REPORT_FILE } from '../reporters/json-report.ts';
import { groupLines, groupSummary, holeLines, incompleteDetail, verdictDetail } from './console-findings.ts';
import { throttleText } from '../reporters/throttle-text.ts';
import type { SuiteProgress } from './suite-progress.ts';

export interface Out {
  write(text: string): void;
  tty: boolean;
}

const COLORS = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

function paint(out: Out, color: keyof typeof COLORS, text: string): string {
  return out.tty ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function printSuite(out: Out, p: SuiteProgress): void {
  // A suite with no selected case (--only, --shard) has nothing to say.
  if (p.cases === 0 && !p.failed) return;
  const facts = `${p.cases} case${p.cases === 1 ? '' : 's'}, ${p.findings} finding${p.findings === 1 ? '' : 's'}, ${p.requests} requests, ${seconds(p.durationMs)}`;
  // A suite whose cases all skipped tested nothing: it did not pass.
  const state = p.failed ? 'failed' : p.exercised === 0 ? 'skipped' : 'passed';
  if (!out.tty) {
    out.write(`suite ${p.suite}: ${state} (${facts})\n`);
    return;
  }
  const mark = state === 'failed' ? paint(out, 'red', '✗') : state === 'skipped' ? paint(out, 'yellow', '○') : paint(out, 'green', '✓');
  out.write(`  ${mark} ${p.suite.padEnd(22)} ${paint(out, 'dim', facts)}\n`);
}

function verdictText(report: RunReport): { text: string; color: keyof typeof COLORS } {
  if (report.summary.exitCode === 1) return { text: `NOT CONFORMANT: ${verdictDetail(report)}`, color: 'red' };
  if (report.run.stopped !== undefined) return { text: `STOPPED (${report.run.stopped.code}: ${report.run.stopped.message})`, color: 'yellow' };
  if (report.summary.verdict === 'INCOMPLETE') return { text: `INCOMPLETE: ${incompleteDetail(report)}`, color: 'yellow' };
  return { text: 'CONFORMANT', color: 'green' };
}

/** The summary rows, shared by both layouts. */
/** The API and the version of it the run judged, then the spec: `hubspot 2026-03 (spec HubSpot … 0.1.0)`. */
export function apiLine(report: Pick<RunReport, 'api'>, spec: NonNullable<RunReport['spec']>): string {
  return `${report.api}${spec.apiVersion === undefined ? '' : ` ${spec.apiVersion}`} (spec ${spec.title} ${spec.version})`;
}

export function summaryRows(report: RunReport, reportPath: string): Array<[string, string]> {
  const { summary, run } = report;
  const c = summary.clauses;
  const throttled = throttleText(run);
  return [
    ['verdict', verdictText(report).text],
    ['target', report.target.baseUrl + (report.target.embedded ? ' (embedded reference server)' : '')],
    ...(report.spec === undefined ? [] : [['api', apiLine(report, report.spec)] as [string, string]]),
    ['clauses', `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped, ${c.untested} untested, ${c.untestable} untestable`],
    ['findings', `${summary.findings.MUST} MUST, ${summary.findings.SHOULD} SHOULD${run.strict ? ' (strict)' : ''}`],
    ['requests', `${summary.requests} (${summary.requestsPerSecond}/s)`],
    ...(throttled === undefined ? [] : [['throttled', throttled] as [string, string]]),
    ['seed', String(run.seed)],
    ['wall time', seconds(run.wallMs)],
    ['report', reportPath],
  ];
}

export function printSummary(out: Out, report: RunReport, reportPath: string, quiet: boolean): void {
  const rows = summaryRows(report, reportPath);
  if (quiet) {
    const row = (key: string) => rows.find(([k]) => k === key)![1];
    out.write(`crm-conformance: ${row('verdict')}; ${row('clauses')}; ${row('findings')}; report ${reportPath}\n`);
    return;
  }
  if (!out.tty) {
    for (const [key, value] of rows) out.write(`${key}: ${value}\n`);
    // report.json lies beside index.html; its absolute path makes the replay hint work anywhere.
    for (const line of [...groupLines(report, resolve(dirname(reportPath), JSON_REPORT_FILE)), ...holeLines(report)]) out.write(`${line}\n`);
    return;
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  const inner = Math.max(...rows.map(([k, v]) => k.length + v.length)) + 3;
  const line = '─'.repeat(Math.min(inner + 2, 100));
  out.write(`┌${line}\n`);
  for (const [key, value] of rows) {
    const shown = key === 'verdict' ? paint(out, 'bold', paint(out, verdictText(report).color, value)) : value;
    out.write(`│ ${paint(out, 'dim', key.padEnd(width))}   ${shown}\n`);
  }
  out.write(`└${line}\n`);
  const groups = groupsOf(report);
  for (const group of groups.slice(0, 10)) {
    out.write(`  ${paint(out, group.level === 'MUST' ? 'red' : 'yellow', group.level.padEnd(6))} ${groupSummary(report, group)}\n`);
  }
  if (groups.length > 10) out.write(`  … and ${groups.length - 10} more groups in the report\n`);
  for (const line of holeLines(report)) out.write(`  ${paint(out, 'yellow', line)}\n`);
}

export function stdoutOut(): Out {
  return { write: (text) => void process.stdout.write(text), tty: process.stdout.isTTY === true && process.env.NO_COLOR === undefined };
}

export function stderrLine(text: string): void {
  process.stderr.write(`crm-conformance: ${text}\n`);
}
