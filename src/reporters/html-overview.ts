/**
 * The first screen of index.html after the counters: the failing clauses and the finding groups,
 * most severe first (MUST before SHOULD, then by count), each a link to its smallest example
 * finding; then the MUST clauses the run skipped, with the reason and what would let them run.
 * Every value goes through escapeHtml.
 */
import { failingClauses, mustHoles } from '../report/clause-gaps.ts';
import { groupsOf } from '../report/finding-groups.ts';
import type { FindingGroup, RunReport } from '../report/report-types.ts';
import { escapeHtml as h } from './escape.ts';
import { findingAnchor } from './html-finding.ts';

function levelBadge(level: string): string {
  return `<span class="level level-${h(level)}">${h(level)}</span>`;
}

function exampleLink(id: string): string {
  return `<a href="#${findingAnchor(id)}" data-finding-link>${h(id)}</a>`;
}

function clauseItems(groups: readonly FindingGroup[]): string {
  const items = failingClauses(groups).map(
    (c) => `<li data-testid="failing-${h(c.id)}" data-level="${h(c.level)}">${levelBadge(c.level)} <code>${h(c.id)}</code> · ${h(c.count)} finding${c.count === 1 ? '' : 's'} · smallest: ${exampleLink(c.example)}</li>`,
  );
  return `<h2>Failing clauses (${items.length})</h2>\n<ol class="overview" data-testid="failing-clauses">${items.join('\n')}</ol>`;
}

function groupItems(groups: readonly FindingGroup[]): string {
  const items = groups.map(
    (g) => `<li data-testid="group-${h(g.id)}" data-level="${h(g.level)}">${levelBadge(g.level)} <code>${h(g.check)}</code> ${g.clauses.map((id) => `<code>${h(id)}</code>`).join(' ')}
  · <code>${h(g.operation)}</code> · ${h(g.shape)} · ${h(g.count)}× · smallest: ${exampleLink(g.example)}</li>`,
  );
  return `<h2>Findings by root cause (${items.length} group${items.length === 1 ? '' : 's'})</h2>\n<ol class="overview" data-testid="finding-groups">${items.join('\n')}</ol>`;
}

function holeItems(report: RunReport): string {
  const holes = mustHoles(report.clauses, report.run);
  if (holes.length === 0) return '';
  const strict = report.run.strict && report.run.shard === undefined ? ' (they fail this --strict run)' : '';
  const items = holes.map(
    (hole) => `<li data-testid="hole-${h(hole.id)}"><code>${h(hole.id)}</code> ${h(hole.summary)}<div class="muted">skipped: ${h(hole.reason)}; to run it: ${h(hole.remedy)}</div></li>`,
  );
  return `<h2>MUST clauses that did not run (${items.length})${h(strict)}</h2>\n<ul class="overview" data-testid="must-holes">${items.join('\n')}</ul>`;
}

/** The overview section; empty of lists when the run found nothing and skipped no MUST clause. */
export function renderOverview(report: RunReport): string {
  const groups = groupsOf(report);
  const parts = groups.length === 0 ? [] : [clauseItems(groups), groupItems(groups)];
  const holes = holeItems(report);
  if (holes !== '') parts.push(holes);
  return parts.length === 0 ? '' : `<section data-testid="overview">\n${parts.join('\n')}\n</section>`;
}
