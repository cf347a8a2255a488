import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendStepSummary, escapeMarkdown, renderMarkdown } from '../../src/reporters/markdown-summary.ts';
import { holesOnlyReport, SCRIPT_PAYLOAD, sampleReport, stoppedEarly } from './fixtures/sample-report.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-md-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleReport(), 'reports/x/index.html');

  it('states the verdict and the counts', () => {
    expect(md).toContain('**Not conformant**: 3 MUST and 1 SHOULD finding(s).');
    expect(md).toMatch(/\| \d+ \| 6 \| \d+ \| \d+ \| \d+ \| 3 \| 1 \| 40 \| 424242 \| 2\.5 s \|/);
  });

  it('lists every failing clause with its findings, escaped', () => {
    expect(md).toContain('| ZEEG-ASSERT-001 | MUST | ASSERT\\_UPDATE\\_STATUS\\#1 |');
    expect(md).not.toContain(SCRIPT_PAYLOAD);
    expect(md).toContain('Full report: reports/x/index.html');
  });

  it('names each MUST clause that did not run, with the reason and what would let it run', () => {
    expect(md).toContain(
      [
        '### MUST clauses that did not run',
        '',
        '| clause | why it was skipped | to run it |',
        '|---|---|---|',
        '| ZEEG-RELATION-005 | no relation attribute on the tested objects | test an object that has what the reason names (--object) |',
        '',
      ].join('\n'),
    );
  });

  it('says why a run is not conformant when it stopped early or only skipped MUST clauses', () => {
    expect(renderMarkdown(stoppedEarly(sampleReport({ strict: true })))).toContain('**Not conformant**: 3 MUST and 1 SHOULD finding(s). Stopped early (CRMC\\_MAX\\_FAILURES): 3 finding groups fail the run (--max-failures 3).\n');
    expect(renderMarkdown(holesOnlyReport())).toContain('**Not conformant**: 0 MUST and 0 SHOULD finding(s). MUST clauses did not run (--strict).\n');
  });

  it('escapes table breaks and markup', () => {
    expect(escapeMarkdown('a|b <i>`x`</i>\nc')).toBe('a\\|b &lt;i&gt;\\`x\\`&lt;/i&gt; c');
  });
});

describe('appendStepSummary', () => {
  it('appends to $GITHUB_STEP_SUMMARY when set and does nothing otherwise', () => {
    const file = join(dir, 'step-summary.md');
    expect(appendStepSummary(sampleReport(), {})).toBeUndefined();
    expect(appendStepSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file })).toBe(file);
    appendStepSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file });
    expect(readFileSync(file, 'utf8').match(/## crm-conformance/g)).toHaveLength(2);
  });
});
