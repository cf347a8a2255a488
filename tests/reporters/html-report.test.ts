import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/reporters/html-report.ts';
import { IMG_PAYLOAD, SCRIPT_PAYLOAD, sampleReport } from './fixtures/sample-report.ts';
import { loadClauses } from '../../src/contract/clauses.ts';

/** The clause matrix lists every clause of the catalogue. */
const ZEEG_CLAUSES = loadClauses('zeeg').clauses.length;

describe('renderHtml', () => {
  const report = sampleReport();
  const html = renderHtml(report);

  it('is one self-contained document: nothing fetched from anywhere', () => {
    expect(html).not.toMatch(/<(link|img|iframe)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\ssrc=/i);
    expect(html).not.toMatch(/https?:\/\/(?!crm\.example\.test)/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  });

  it('has a matrix row for every clause of the catalogue', () => {
    for (const clause of loadClauses('zeeg').clauses) expect(html).toContain(`data-testid="clause-${clause.id}"`);
  });

  it('has a section per finding with the curl line and the replay command', () => {
    for (const finding of report.findings) expect(html).toContain(`data-testid="finding-${finding.id}"`);
    expect(html).toContain('curl -sS -i -X POST https://crm.example.test/v2/crm/products');
    expect(html).toContain('npx crm-conformance replay report.json &#39;CREATE_STATUS#1&#39;');
  });

  it('never lets a target value become markup', () => {
    expect(html).not.toContain(SCRIPT_PAYLOAD);
    expect(html).not.toContain(IMG_PAYLOAD);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it('embeds filter data that cannot close its script element', () => {
    const island = /<script type="application\/json" id="crmc-data">([^<]*)<\/script>/.exec(html);
    expect(island).not.toBeNull();
    const data = JSON.parse(island![1]!) as { clauses: unknown[] };
    expect(data.clauses).toHaveLength(ZEEG_CLAUSES);
  });
});
