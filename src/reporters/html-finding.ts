/**
 * One finding as an expandable HTML section: what was violated (check, clauses with their
 * quotes, level), expected against observed, the numbered wire log, a curl line for the
 * offending request, the seed and the replay command. Every value goes through escapeHtml.
 */
import type { Exchange, Finding } from '../core/findings.ts';
import type { ClauseRow } from '../report/report-types.ts';
import { curlFor, replayCommand } from './curl.ts';
import { reproFileName, reproScript } from './repro-script.ts';
import { displayValue, escapeHtml as h } from './escape.ts';

/** An HTML id for a finding (ids hold '#', which makes poor fragment identifiers). */
export function findingAnchor(id: string): string {
  return `finding-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

function exchangeItem(exchange: Exchange, index: number, anchor: string): string {
  const req = exchange.request;
  const requestText = [`${req.method} ${req.url}`, headerLines(req.headers), ...(req.body === undefined ? [] : ['', req.body])]
    .filter((line, i) => i !== 1 || line !== '')
    .join('\n');
  let answer: string;
  if (exchange.response !== undefined) {
    const res = exchange.response;
    const text = [`HTTP ${res.status}`, headerLines(res.headers), '', res.body].join('\n');
    const cut = res.truncated ? '<p class="muted">(body cut at the read limit)</p>' : '';
    answer = `<pre data-testid="response-${index}">${h(text)}</pre>${cut}`;
  } else if (exchange.error !== undefined) {
    answer = `<pre data-testid="response-${index}">${h(`no response: ${exchange.error.code}: ${exchange.error.message}`)}</pre>`;
  } else {
    answer = '<p class="muted">no response recorded</p>';
  }
  return `<li id="${anchor}-x${index}">
  <div class="muted">#${h(exchange.seq)} · ${h(exchange.step)} · ${h(exchange.durationMs)} ms</div>
  <pre data-testid="request-${index}">${h(requestText)}</pre>
  ${answer}
</li>`;
}

function clauseList(finding: Finding, clauses: ReadonlyMap<string, ClauseRow>): string {
  const items = finding.clauses.map((id) => {
    const row = clauses.get(id);
    const quote = row === undefined ? '' : `<blockquote>“${h(row.quote)}” <span class="muted">(${h(row.source)})</span></blockquote>`;
    return `<li><code>${h(id)}</code> <span class="level level-${h(row?.level ?? finding.level)}">${h(row?.level ?? '')}</span>${quote}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** The reproduction script (also written as repro/<id>.sh beside the report) and the last request alone. */
function reproduction(finding: Finding, anchor: string, baseUrl: string, runId: string): string {
  const last = finding.exchanges.at(-1);
  if (last === undefined) return '<p class="muted">no request recorded</p>';
  const race = finding.exchanges.some((x) => x.raced === true) ? ' Some of these requests raced in the run; one by one they may not show the violation: <code>replay</code> retries it.' : '';
  return `<p class="muted">Every request of the failing sequence, set-up included; ids come from the replies. Run it with <code>CRM_TOKEN</code> (and <code>CRM_BASE_URL</code> for another server) set: <code>bash repro/${h(reproFileName(finding.id))}</code>.${race}</p>
<button class="copy" data-copy="${anchor}-script">copy</button><pre id="${anchor}-script" data-testid="script">${h(reproScript(finding, baseUrl, runId))}</pre>
<h4>The last request alone</h4>
<button class="copy" data-copy="${anchor}-curl">copy</button><pre id="${anchor}-curl" data-testid="curl">${h(curlFor(last))}</pre>`;
}

export function renderFinding(finding: Finding, clauses: ReadonlyMap<string, ClauseRow>, baseUrl: string, runId: string): string {
  const anchor = findingAnchor(finding.id);
  const counterexample =
    finding.counterexample === undefined || finding.counterexample.length === 0
      ? ''
      : `<h3>Counterexample (shrunk)</h3><pre data-testid="counterexample">${h(finding.counterexample.join('\n'))}</pre>`;
  return `<details class="finding" id="${anchor}" data-testid="finding-${h(finding.id)}" data-level="${h(finding.level)}">
<summary><span class="level level-${h(finding.level)}">${h(finding.level)}</span> <code>${h(finding.id)}</code> ${h(finding.title)}</summary>
<dl class="meta">
  <dt>Check</dt><dd><code>${h(finding.check)}</code></dd>
  <dt>Level</dt><dd>${h(finding.level)}</dd>
  <dt>Message</dt><dd data-testid="message">${h(finding.message)}</dd>
  <dt>Test case</dt><dd>${h(finding.suite)} › ${h(finding.testCase)}</dd>
  <dt>Seed</dt><dd><code>${h(finding.seed)}</code>${finding.path === undefined ? '' : ` · path <code>${h(finding.path)}</code>`}</dd>
</dl>
<h3>Clauses</h3>
${clauseList(finding, clauses)}
<div class="side">
  <div><h3>Expected</h3><pre data-testid="expected">${h(displayValue(finding.expected))}</pre></div>
  <div><h3>Observed</h3><pre data-testid="observed">${h(displayValue(finding.observed))}</pre></div>
</div>
${counterexample}
<h3>Wire log (${finding.exchanges.length} exchange${finding.exchanges.length === 1 ? '' : 's'})</h3>
<ol class="wire">${finding.exchanges.map((x, i) => exchangeItem(x, i + 1, anchor)).join('\n')}</ol>
<h3>Reproduce</h3>
${reproduction(finding, anchor, baseUrl, runId)}
<h3>Replay</h3>
<pre data-testid="replay">${h(replayCommand(finding.id))}</pre>
<p class="muted">Add <code>--base-url URL</code> to replay against another server; the token comes from <code>--token</code> or <code>CRM_TOKEN</code>.</p>
</details>`;
}
