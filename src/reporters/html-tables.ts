/**
 * The tables of index.html besides the findings: the clause matrix (with its filters), the
 * checks, the test cases and the leftovers. Every value goes through escapeHtml.
 */
import type { ClauseVerdict, RunReport } from '../report/report-types.ts';
import { escapeHtml as h } from './escape.ts';
import { findingAnchor } from './html-finding.ts';

const VERDICTS: readonly ClauseVerdict[] = ['passed', 'failed', 'skipped', 'untested', 'untestable'];

function verdictBadge(verdict: string): string {
  return `<span class="verdict v-${h(verdict)}">${h(verdict)}</span>`;
}

export function renderFilters(report: RunReport): string {
  const counts = report.summary.clauses;
  const buttons = [
    `<button type="button" data-filter-verdict="all" data-testid="filter-verdict-all" aria-pressed="true">all (${report.clauses.length})</button>`,
    ...VERDICTS.map(
      (v) => `<button type="button" data-filter-verdict="${v}" data-testid="filter-verdict-${v}" aria-pressed="false">${v} (${counts[v]})</button>`,
    ),
  ];
  return `<div class="filters" role="group" aria-label="Filter clauses">
  ${buttons.join('\n  ')}
  <label>level <select id="filter-level" data-testid="filter-level">
    <option value="all">all</option><option value="MUST">MUST</option><option value="SHOULD">SHOULD</option>
  </select></label>
  <span id="matrix-count" class="muted" data-testid="matrix-count"></span>
</div>`;
}

/** The source column: a link to the public page where one is known, the snapshot's name as its tooltip. */
export function sourceCell(page: { title: string; url?: string } | undefined, file: string): string {
  if (page?.url === undefined) return `<span title="${h(page?.title ?? file)}">${h(file)}</span>`;
  return `<a href="${h(page.url)}" title="snapshot: ${h(file)}" rel="noopener noreferrer" data-source="${h(file)}">${h(page.title)}</a>`;
}

export function renderMatrix(report: RunReport): string {
  const rows = report.clauses.map((row) => {
    const findings = row.findings
      .map((id) => `<a href="#${findingAnchor(id)}" data-finding-link>${h(id)}</a>`)
      .join('<br>');
    const reason = row.reason === undefined ? '' : `<div class="muted">${h(row.reason)}</div>`;
    return `<tr data-clause="${h(row.id)}" data-testid="clause-${h(row.id)}" data-verdict="${h(row.verdict)}" data-level="${h(row.level)}">
  <td><code>${h(row.id)}</code></td>
  <td><span class="level level-${h(row.level)}">${h(row.level)}</span></td>
  <td>${verdictBadge(row.verdict)}${reason}</td>
  <td><blockquote>“${h(row.quote)}”</blockquote><div class="muted">${h(row.summary)}</div></td>
  <td class="muted">${sourceCell(report.sources?.[row.source], row.source)}</td>
  <td>${row.checks.map((c) => `<code>${h(c)}</code>`).join('<br>')}</td>
  <td>${findings}</td>
</tr>`;
  });
  return `<table data-testid="clause-matrix">
<thead><tr><th>Clause</th><th>Level</th><th>Verdict</th><th>Quote</th><th>Source</th><th>Checks</th><th>Findings</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

export function renderChecks(report: RunReport): string {
  const rows = report.checks.map(
    (c) => `<tr data-testid="check-${h(c.code)}" data-verdict="${h(c.verdict)}">
  <td><code>${h(c.code)}</code></td><td><span class="level level-${h(c.level)}">${h(c.level)}</span></td><td>${h(c.title)}</td>
  <td>${c.clauses.map((id) => `<code>${h(id)}</code>`).join(' ')}</td>
  <td>${verdictBadge(c.verdict)}${c.skipped === undefined ? '' : `<div class="muted">${h(c.skipped)}</div>`}</td>
  <td>${h(c.passes)}</td><td>${h(c.failures)}</td>
</tr>`,
  );
  return `<table data-testid="checks">
<thead><tr><th>Check</th><th>Level</th><th>Title</th><th>Clauses</th><th>Verdict</th><th>Passes</th><th>Failures</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

export function renderCases(report: RunReport): string {
  if (report.cases.length === 0) return '<p class="muted">No test case ran.</p>';
  const rows = report.cases.map(
    (c) => `<tr><td>${h(c.suite)}</td><td>${h(c.testCase)}</td><td>${verdictBadge(c.verdict)}${
      c.error === undefined ? '' : `<div class="muted">${h(c.error.code)}: ${h(c.error.message)}</div>`
    }</td><td>${h(c.requests)}</td><td>${h(Math.round(c.durationMs))} ms</td></tr>`,
  );
  return `<table data-testid="cases">
<thead><tr><th>Suite</th><th>Test case</th><th>Verdict</th><th>Requests</th><th>Time</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

export function renderLeftovers(report: RunReport): string {
  if (report.leftovers.length === 0) return '<p class="muted" data-testid="leftovers">None: every record the run created was deleted.</p>';
  const items = report.leftovers.map(
    (l) => `<li><code>${h(l.objectSlug)}/${h(l.recordId)}</code> <span class="muted">${h(l.reason)}</span></li>`,
  );
  return `<ul data-testid="leftovers">${items.join('')}</ul>`;
}
