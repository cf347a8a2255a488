/**
 * The first screen of index.html: failing clauses and finding groups before the clause matrix,
 * most severe first, each linking to its smallest example; the MUST clauses that did not run.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml, verdictOf } from '../../src/reporters/html-report.ts';
import { renderOverview } from '../../src/reporters/html-overview.ts';
import { sampleReport, stoppedEarly } from './fixtures/sample-report.ts';

function testIds(html: string, prefix: string): string[] {
  return [...html.matchAll(new RegExp(`data-testid="${prefix}-([^"]+)" data-level="(MUST|SHOULD)"`, 'g'))].map((m) => `${m[2]} ${m[1]}`);
}

describe('the overview of index.html', () => {
  const report = sampleReport();
  const html = renderHtml(report);

  it('comes right after the counters, before the clause matrix', () => {
    const cards = html.indexOf('<div class="cards">');
    const overview = html.indexOf('data-testid="overview"');
    expect(cards).toBeGreaterThan(0);
    expect(overview).toBeGreaterThan(cards);
    expect(overview).toBeLessThan(html.indexOf('<h2>Clause matrix</h2>'));
  });

  it('lists the failing clauses MUST first, by the level of their findings', () => {
    expect(testIds(html, 'failing')).toEqual([
      'MUST ZEEG-ASSERT-001', 'MUST ZEEG-ASSERT-011', 'MUST ZEEG-CREATE-001', 'MUST ZEEG-PATCH-001', 'MUST ZEEG-RECORD-002', 'SHOULD ZEEG-RECORD-003',
    ]);
  });

  it('lists the groups in report order, each linking to its example finding', () => {
    expect(testIds(html, 'group')).toEqual(['MUST G1', 'MUST G2', 'MUST G3', 'SHOULD G4']);
    expect(html).toContain('<code>PATCH /crm/products/{id}</code> · {name} → {name}, reply 200 · 1× · smallest: <a href="#finding-PATCH_KEEPS_OMITTED-1" data-finding-link>PATCH_KEEPS_OMITTED#1</a></li>');
    for (const group of report.groups!) expect(html).toContain(`id="finding-${group.example.replace('#', '-')}"`);
  });

  it('names each MUST clause that did not run, with the reason and what would let it run', () => {
    expect(html).toContain(
      '<li data-testid="hole-ZEEG-RELATION-005"><code>ZEEG-RELATION-005</code> An id present in both add and remove is rejected with a 4xx status.<div class="muted">skipped: no relation attribute on the tested objects; to run it: test an object that has what the reason names (--object)</div></li>',
    );
    expect(html).toContain('<h2>MUST clauses that did not run (1)</h2>');
    expect(renderHtml(sampleReport({ strict: true }))).toContain('<h2>MUST clauses that did not run (1) (they fail this --strict run)</h2>');
  });

  it('is empty for a run with no finding and no hole', () => {
    const clean = { ...report, findings: [], groups: [], clauses: report.clauses.filter((c) => c.verdict !== 'skipped') };
    expect(renderOverview(clean)).toBe('');
  });

  it('calls a run stopped early with failing findings not conformant', () => {
    const stopped = stoppedEarly(report);
    expect(verdictOf(stopped)).toEqual({ label: 'not conformant', css: 'v-not-conformant' });
    expect(verdictOf({ ...stopped, summary: { ...report.summary, exitCode: 2 } })).toEqual({ label: 'stopped (CRMC_MAX_FAILURES)', css: 'v-stopped' });
  });
});
