/**
 * junit.xml: one <testcase> per check and one per clause, so CI dashboards list both. Clause
 * cases are grouped by area (ZEEG-CREATE-001 → classname "zeeg.clauses.CREATE"), checks by the
 * first word of their code. Failures carry the findings; skipped cases carry the reason.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../core/findings.ts';
import type { CheckRow, ClauseRow, RunReport } from '../report/report-types.ts';
import { curlFor, replayCommand } from './curl.ts';
import { displayValue, escapeXml } from './escape.ts';

export const JUNIT_REPORT_FILE = 'junit.xml';

interface JunitCase {
  classname: string;
  name: string;
  failure?: { message: string; type: string; details: string };
  skipped?: string;
}

function findingDetails(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const last = f.exchanges.at(-1);
      const lines = [
        `${f.id} [${f.level}] ${f.title}`,
        `  clauses: ${f.clauses.join(', ')}`,
        `  message: ${f.message}`,
        `  expected: ${displayValue(f.expected)}`,
        `  observed: ${displayValue(f.observed)}`,
        `  seed: ${f.seed}${f.path === undefined ? '' : `  path: ${f.path}`}`,
      ];
      if (last !== undefined) lines.push(`  reproduce: ${curlFor(last)}`);
      lines.push(`  replay: ${replayCommand(f.id)}`);
      return lines.join('\n');
    })
    .join('\n\n');
}

/** A failure's type is the level of its findings: a MUST clause only SHOULD findings name fails as SHOULD. */
function levelOf(own: readonly Finding[], fallback: string): string {
  if (own.length === 0) return fallback;
  return own.some((f) => f.level === 'MUST') ? 'MUST' : 'SHOULD';
}

function clauseCase(api: string, row: ClauseRow, findings: readonly Finding[]): JunitCase {
  const area = row.id.split('-')[1] ?? 'OTHER';
  const name = `${row.id} [${row.level}] ${row.summary}`;
  const base: JunitCase = { classname: `${api}.clauses.${area}`, name };
  if (row.verdict === 'failed') {
    const own = findings.filter((f) => row.findings.includes(f.id));
    const message = `${own.length} finding(s): ${own.map((f) => f.message).join(' | ')}`;
    return { ...base, failure: { message, type: levelOf(own, row.level), details: `"${row.quote}" (${row.source})\n\n${findingDetails(own)}` } };
  }
  if (row.verdict !== 'passed') return { ...base, skipped: `${row.verdict}: ${row.reason ?? 'no reason given'}` };
  return base;
}

function checkCase(api: string, row: CheckRow, findings: readonly Finding[]): JunitCase {
  const area = row.code.split('_')[0] ?? 'OTHER';
  const base: JunitCase = { classname: `${api}.checks.${area}`, name: `${row.code} [${row.level}] ${row.title}` };
  if (row.verdict === 'failed') {
    const own = findings.filter((f) => f.check === row.code);
    const message = `${row.failures} failure(s) in ${row.passes + row.failures} evaluation(s): ${own[0]?.message ?? ''}`;
    return { ...base, failure: { message, type: levelOf(own, row.level), details: findingDetails(own) } };
  }
  if (row.verdict === 'skipped') return { ...base, skipped: row.skipped ?? 'not run' };
  return base;
}

function suiteXml(name: string, cases: readonly JunitCase[], timestamp: string, seconds: string): string {
  const failures = cases.filter((c) => c.failure !== undefined).length;
  const skipped = cases.filter((c) => c.skipped !== undefined).length;
  const body = cases.map((c) => {
    const open = `    <testcase classname="${escapeXml(c.classname)}" name="${escapeXml(c.name)}" time="0"`;
    if (c.failure !== undefined) {
      const f = c.failure;
      return `${open}>\n      <failure message="${escapeXml(f.message)}" type="${escapeXml(f.type)}">${escapeXml(f.details)}</failure>\n    </testcase>`;
    }
    if (c.skipped !== undefined) return `${open}>\n      <skipped message="${escapeXml(c.skipped)}"/>\n    </testcase>`;
    return `${open}/>`;
  });
  const attrs = `name="${escapeXml(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" timestamp="${escapeXml(timestamp)}" time="${seconds}"`;
  return `  <testsuite ${attrs}>\n${body.join('\n')}\n  </testsuite>`;
}

/** The whole junit.xml document. */
export function renderJunit(report: RunReport): string {
  const api = report.api;
  const seconds = (report.run.wallMs / 1000).toFixed(3);
  const clauses = report.clauses.map((row) => clauseCase(api, row, report.findings));
  const checks = report.checks.map((row) => checkCase(api, row, report.findings));
  const all = [...clauses, ...checks];
  const failures = all.filter((c) => c.failure !== undefined).length;
  const skipped = all.filter((c) => c.skipped !== undefined).length;
  const head = `<testsuites name="crm-conformance ${escapeXml(api)}" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds}">`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    head,
    suiteXml(`${api} clauses`, clauses, report.run.startedAt, seconds),
    suiteXml(`${api} checks`, checks, report.run.startedAt, seconds),
    '</testsuites>',
    '',
  ].join('\n');
}

export function writeJunitReport(dir: string, report: RunReport): string {
  const file = join(dir, JUNIT_REPORT_FILE);
  writeFileSync(file, renderJunit(report));
  return file;
}
