/**
 * index.html: the whole report in one self-contained file (inline CSS and script, nothing
 * fetched), readable offline. Header with the run's facts and verdict, summary cards, the failing
 * clauses and finding groups (most severe first) and the MUST clauses that did not run, the
 * clause matrix with filters, every finding, the checks, the cases and the leftovers.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClauseRow, RunReport } from '../report/report-types.ts';
import { escapeHtml as h, jsonForScript } from './escape.ts';
import { renderFinding } from './html-finding.ts';
import { renderOverview } from './html-overview.ts';
import { HTML_SCRIPT } from './html-script.ts';
import { HTML_STYLE } from './html-style.ts';
import { renderCases, renderChecks, renderFilters, renderLeftovers, renderMatrix } from './html-tables.ts';
import { throttleText } from './throttle-text.ts';

export const HTML_REPORT_FILE = 'index.html';

/** Only our own script may run: the policy names its hash, so no injected inline code executes. */
const SCRIPT_HASH = `sha256-${createHash('sha256').update(HTML_SCRIPT).digest('base64')}`;
const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

/** The run's verdict as a word and a CSS class; a run stopped early with findings that fail it is not conformant. */
export function verdictOf(report: RunReport): { label: string; css: string } {
  if (report.run.stopped !== undefined && report.summary.exitCode !== 1) return { label: `stopped (${report.run.stopped.code})`, css: 'v-stopped' };
  if (report.summary.verdict === 'INCOMPLETE') return { label: 'incomplete: MUST clauses not exercised', css: 'v-stopped' };
  return report.summary.conformant ? { label: 'conformant', css: 'v-conformant' } : { label: 'not conformant', css: 'v-not-conformant' };
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The API version judged (HubSpot's 2026-03), then the spec it was judged against. */
function specLine(report: RunReport): string {
  const spec = report.spec;
  if (spec === undefined) return '';
  const version = spec.apiVersion === undefined ? '' : `${h(report.api)} API version <b data-testid="api-version">${h(spec.apiVersion)}</b>, `;
  return `<p class="spec" data-testid="spec">${version}judged against ${h(spec.title)}, spec version ${h(spec.version)}</p>`;
}

function header(report: RunReport): string {
  const { run, target, tool } = report;
  const verdict = verdictOf(report);
  const facts: Array<[string, string]> = [
    ['Target', `<code data-testid="target-url">${h(target.baseUrl)}</code>${target.embedded ? ' (embedded reference server)' : ''}`],
    ['Objects', h(target.objects.join(', ') || '(defaults)')],
    ['Tool', `${h(tool.name)} ${h(tool.version)}`],
    ['Date', `<time datetime="${h(run.startedAt)}">${h(run.startedAt)}</time>`],
    ['Seed', `<code data-testid="seed">${h(run.seed)}</code>`],
    ['Budget', `${h(run.runs)} runs per property${run.strict ? ', strict' : ''}`],
    ['Wall time', `${h(formatMs(run.wallMs))} · ${h(report.summary.requests)} requests · ${h(report.summary.requestsPerSecond)} req/s`],
    ['Run id', `<code>${h(run.id)}</code>`],
  ];
  if (run.only.length > 0) facts.push(['Only', h(run.only.join(', '))]);
  if (run.shard !== undefined) facts.push(['Shard', `${h(run.shard.index)}/${h(run.shard.count)}`]);
  if (run.stopped !== undefined) facts.push(['Stopped', `${h(run.stopped.code)}: ${h(run.stopped.message)}`]);
  const throttled = throttleText(run);
  if (throttled !== undefined) facts.push(['Throttled', `<span data-testid="throttle">${h(throttled)}</span>`]);
  return `<header>
<h1>${h(report.api)} conformance: <span class="verdict ${verdict.css}" data-testid="verdict">${h(verdict.label)}</span></h1>
${specLine(report)}
<dl class="meta">${facts.map(([k, v]) => `<dt>${h(k)}</dt><dd>${v}</dd>`).join('')}</dl>
</header>`;
}

function cards(report: RunReport): string {
  const s = report.summary;
  const items: Array<[string, number, string]> = [
    ['clauses passed', s.clauses.passed, 'v-passed'],
    ['clauses failed', s.clauses.failed, 'v-failed'],
    ['skipped', s.clauses.skipped, 'v-skipped'],
    ['untested', s.clauses.untested + s.clauses.untestable, 'v-untested'],
    ['MUST findings', s.findings.MUST, 'level-MUST'],
    ['SHOULD findings', s.findings.SHOULD, 'level-SHOULD'],
  ];
  return `<div class="cards">${items.map(([label, n, css]) => `<div class="card"><b class="${css}">${n}</b>${h(label)}</div>`).join('')}</div>`;
}

function findingsSection(report: RunReport): string {
  if (report.findings.length === 0) return '<p class="muted" data-testid="no-findings">No findings.</p>';
  const byId = new Map<string, ClauseRow>(report.clauses.map((row) => [row.id, row]));
  return report.findings.map((finding) => renderFinding(finding, byId, report.target.baseUrl, report.run.id)).join('\n');
}

/** The complete HTML document. */
export function renderHtml(report: RunReport): string {
  const data = { clauses: report.clauses.map((c) => ({ id: c.id, verdict: c.verdict, level: c.level })), findings: report.findings.map((f) => f.id) };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${h(report.api)} conformance: ${h(verdictOf(report).label)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
${header(report)}
${cards(report)}
${renderOverview(report)}
<section><h2>Clause matrix</h2>
${renderFilters(report)}
${renderMatrix(report)}
</section>
<section><h2>Findings (${report.findings.length})</h2>
${findingsSection(report)}
</section>
<section><h2>Checks</h2>
${renderChecks(report)}
</section>
<section><h2>Test cases</h2>
${renderCases(report)}
</section>
<section><h2>Leftovers</h2>
${renderLeftovers(report)}
</section>
<footer class="muted"><p>Data: report.json beside this file (schema spec/report.schema.json). JUnit: junit.xml.</p></footer>
<script type="application/json" id="crmc-data">${jsonForScript(data)}</script>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
}

export function writeHtmlReport(dir: string, report: RunReport): string {
  const file = join(dir, HTML_REPORT_FILE);
  writeFileSync(file, renderHtml(report));
  return file;
}
