/**
 * Every writer names the version of the API a run judged (HubSpot's 2026-03, Zeeg's v2, Kizen's
 * 1.0.0, from each spec's info.x-api-version), and the HTML clause table links each source file's
 * public page (spec/sources/sources.yaml) with the snapshot's name as the tooltip.
 */
import { describe, expect, it } from 'vitest';
import { apiNamed } from '../../src/apis/index.ts';
import { apiLine, printSummary, type Out } from '../../src/cli/console-output.ts';
import { sourcesOf } from '../../src/contract/sources.ts';
import { renderHtml } from '../../src/reporters/html-report.ts';
import { sourceCell } from '../../src/reporters/html-tables.ts';
import { reportProblems } from '../../src/reporters/json-report.ts';
import { renderMarkdown } from '../../src/reporters/markdown-summary.ts';
import { mergeReports } from '../../src/reporters/merge-reports.ts';
import type { RunReport } from '../../src/report/report-types.ts';
import { sampleReport } from './fixtures/sample-report.ts';

async function judged(name: 'zeeg' | 'hubspot' | 'kizen'): Promise<RunReport> {
  const api = await apiNamed(name);
  return { ...sampleReport(), api: name, spec: api.spec, sources: sourcesOf(api.clauses()) };
}

describe('the judged API version', () => {
  it('comes from each spec as its documents give it', async () => {
    expect((await Promise.all((['zeeg', 'hubspot', 'kizen'] as const).map((name) => apiNamed(name)))).map((a) => a.spec.apiVersion)).toEqual(['v2', '2026-03', '1.0.0']);
  });

  it('heads the HTML, the Markdown summary and the terminal summary', async () => {
    const report = await judged('hubspot');
    expect(renderHtml(report)).toContain(
      '<p class="spec" data-testid="spec">hubspot API version <b data-testid="api-version">2026-03</b>, judged against HubSpot CRM objects (conformance reading), spec version 0.1.0</p>',
    );
    expect(renderMarkdown(report)).toMatch(/^## crm-conformance: hubspot 2026-03 \(spec 0\.1\.0\) against https:\/\/crm\.example\.test\/v2$/m);
    let text = '';
    const out: Out = { tty: false, write: (chunk) => void (text += chunk) };
    printSummary(out, report, 'index.html', false);
    expect(text.split('\n')[2]).toBe('api: hubspot 2026-03 (spec HubSpot CRM objects (conformance reading) 0.1.0)');
    expect(apiLine({ api: 'zeeg' }, { title: 'Zeeg', version: '0.1.0' })).toBe('zeeg (spec Zeeg 0.1.0)');
  });

  it('is part of report.json, which keeps to its schema, and survives a merge', async () => {
    const report = await judged('kizen');
    expect(reportProblems(JSON.parse(JSON.stringify(report)))).toEqual([]);
    expect(reportProblems({ ...report, sources: { 'a.txt': { url: 'https://x.test/' } } })).not.toEqual([]);
    const merged = mergeReports([report]);
    expect([merged.spec?.apiVersion, merged.sources]).toEqual(['1.0.0', report.sources]);
  });
});

describe('the clause table source column', () => {
  it('links the public page with the snapshot as the tooltip, and shows a file without a page by name', async () => {
    const report = await judged('zeeg');
    expect(renderHtml(report)).toContain(
      '<a href="https://developer.zeeg.me/" title="snapshot: zeeg-patch-record.txt" rel="noopener noreferrer" data-source="zeeg-patch-record.txt">Zeeg — Patch a CRM Record</a>',
    );
    const { 'zeeg-patch-record.txt': _linked, ...others } = report.sources!;
    expect(renderHtml({ ...report, sources: others })).toContain('<td class="muted"><span title="zeeg-patch-record.txt">zeeg-patch-record.txt</span></td>');
    expect(sourceCell({ title: 'Kizen records facts' }, 'kizen-api-facts.md')).toBe('<span title="Kizen records facts">kizen-api-facts.md</span>');
  });

  it('escapes what it is given and falls back to the file name', () => {
    expect(sourceCell({ title: '<b>', url: 'https://x.test/?a=1&b="2"' }, 'p.txt')).toBe(
      '<a href="https://x.test/?a=1&amp;b=&quot;2&quot;" title="snapshot: p.txt" rel="noopener noreferrer" data-source="p.txt">&lt;b&gt;</a>',
    );
    expect(sourceCell(undefined, 'p.txt')).toBe('<span title="p.txt">p.txt</span>');
  });
});
