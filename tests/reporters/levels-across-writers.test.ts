/**
 * One report, a MUST finding and a SHOULD finding on a MUST clause: every writer (report.json,
 * junit.xml, summary.md, the terminal, index.html) gives each finding its own level, never the
 * level of the clause it names.
 */
import { describe, expect, it } from 'vitest';
import { printSummary } from '../../src/cli/console-output.ts';
import { loadClauses } from '../../src/contract/clauses.ts';
import type { CheckDef } from '../../src/core/checks.ts';
import type { CaseOutcome, Exchange, Finding } from '../../src/core/findings.ts';
import { buildReport } from '../../src/report/build-report.ts';
import { renderHtml } from '../../src/reporters/html-report.ts';
import { renderJsonReport } from '../../src/reporters/json-report.ts';
import { renderJunit } from '../../src/reporters/junit-report.ts';
import { renderMarkdown } from '../../src/reporters/markdown-summary.ts';

const BASE = 'https://crm.example.test/v2';
const MUST_CHECK: CheckDef = { code: 'CREATE_STATUS', title: 'Create answers 201', level: 'MUST', clauses: ['ZEEG-CREATE-001'] };
// A SHOULD check on a MUST clause: its findings are SHOULD, whatever the clause's level.
const SHOULD_CHECK: CheckDef = { code: 'PATCH_HINT', title: 'Patch echoes the record', level: 'SHOULD', clauses: ['ZEEG-PATCH-001'] };

function exchange(method: string, path: string, status: number): Exchange {
  return { seq: 1, step: 's', durationMs: 1, request: { method, url: `${BASE}${path}`, headers: {} }, response: { status, headers: {}, body: '{}', truncated: false } };
}

function finding(check: CheckDef, message: string, x: Exchange): Finding {
  return { id: '', check: check.code, clauses: check.clauses, level: check.level, title: check.title, message, expected: 201, observed: x.response!.status, exchanges: [x], suite: 's', testCase: 'c', seed: 7 };
}

const outcome: CaseOutcome = {
  suite: 's', testCase: 'c', clauses: [], requests: 2, durationMs: 1, leftovers: [],
  tallies: [{ check: 'CREATE_STATUS', passes: 0, failures: 1 }, { check: 'PATCH_HINT', passes: 0, failures: 1 }],
  findings: [finding(MUST_CHECK, 'create answered 200', exchange('POST', '/crm/products', 200)), finding(SHOULD_CHECK, 'patch answered 204', exchange('PATCH', '/crm/products/1', 204))],
};

const report = buildReport({
  catalogue: loadClauses('zeeg'), checks: [MUST_CHECK, SHOULD_CHECK], outcomes: [outcome], version: '1.0.0',
  target: { baseUrl: BASE, embedded: false, objects: ['products'] },
  run: { id: 'crmc00000001', seed: 7, runs: 1, strict: false, only: [], startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', wallMs: 1000 },
});

const EXPECTED = { 'CREATE_STATUS#1': 'MUST', 'PATCH_HINT#1': 'SHOULD' };

function levels(text: string, pattern: RegExp, id: number, level: number): Record<string, string> {
  return Object.fromEntries([...text.matchAll(pattern)].map((m) => [m[id]!, m[level]!]));
}

function terminal(tty: boolean): string {
  let text = '';
  printSummary({ tty, write: (chunk) => void (text += chunk) }, report, '/r/index.html', false);
  return text.replace(/\u001b\[\d+m/g, '');
}

describe('the level of every finding, in every writer', () => {
  it('the clause is MUST, the finding on it SHOULD', () => {
    expect(report.clauses.find((c) => c.id === 'ZEEG-PATCH-001')).toMatchObject({ level: 'MUST', verdict: 'failed' });
  });

  it.each<[string, () => Record<string, string>]>([
    ['report.json', () => Object.fromEntries((JSON.parse(renderJsonReport(report)) as { findings: Finding[] }).findings.map((f) => [f.id, f.level]))],
    ['junit.xml', () => levels(renderJunit(report), /^(\S+#\d+) \[(MUST|SHOULD)\]/gm, 1, 2)],
    // Markdown escapes the ids (CREATE\\_STATUS\\#1).
    ['summary.md', () => levels(renderMarkdown(report).replace(/\\/g, ''), /^\| ZEEG-[A-Z]+-\d+ \| (MUST|SHOULD) \| (\S+) \|/gm, 2, 1)],
    ['terminal', () => levels(terminal(true), /^ {2}(MUST|SHOULD)\s+\d+× .*\((\S+#\d+)\)$/gm, 2, 1)],
    ['index.html', () => levels(renderHtml(report), /data-testid="finding-([^"]+)" data-level="(MUST|SHOULD)"/g, 1, 2)],
  ])('%s', (_, read) => {
    expect(read()).toEqual(EXPECTED);
  });

  it('junit fails the MUST clause named only by a SHOULD finding as SHOULD', () => {
    const xml = renderJunit(report);
    expect(xml).toMatch(/name="ZEEG-PATCH-001 \[MUST\][^"]*" time="0">\n {6}<failure message="1 finding\(s\): patch answered 204" type="SHOULD">/);
    expect(xml).toMatch(/name="ZEEG-CREATE-001 \[MUST\][^"]*" time="0">\n {6}<failure message="1 finding\(s\): create answered 200" type="MUST">/);
  });

  it('a CI log prints the MUST group only: the SHOULD finding does not fail the run', () => {
    expect(terminal(false).split('\n').filter((line) => line.startsWith('finding: '))).toEqual([
      "finding: MUST CREATE_STATUS ZEEG-CREATE-001 on POST /crm/products (1 finding): create answered 200; replay: npx crm-conformance replay /r/report.json 'CREATE_STATUS#1'",
    ]);
  });
});
