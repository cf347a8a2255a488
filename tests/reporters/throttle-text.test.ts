/**
 * The throttle line: its exact wording for 429s, Retry-After and --rate waits, nothing for a
 * run without them, and the same line in the HTML header, the Markdown summary and the
 * terminal summary.
 */
import { describe, expect, it } from 'vitest';
import { summaryRows } from '../../src/cli/console-output.ts';
import type { RunReport } from '../../src/report/report-types.ts';
import { renderHtml } from '../../src/reporters/html-report.ts';
import { renderMarkdown } from '../../src/reporters/markdown-summary.ts';
import { throttleText } from '../../src/reporters/throttle-text.ts';
import { sampleReport } from './fixtures/sample-report.ts';

const LINE = '3 × 429, 3.0 s waiting for Retry-After; 12.3 s waiting for --rate 20 (summed over requests)';

function throttled(throttle: NonNullable<RunReport['run']['throttle']>): RunReport {
  const report = sampleReport();
  return { ...report, run: { ...report.run, throttle } };
}

describe('throttleText', () => {
  it('names the 429s, the Retry-After wait and the rate wait', () => {
    expect(throttleText(throttled({ rate: 20, throttled: 3, rateWaitMs: 12_345, retryAfterWaitMs: 3_000 }).run)).toBe(LINE);
  });

  it('says only what happened: 429s without a rate, or a rate without 429s', () => {
    expect(throttleText(throttled({ throttled: 1, rateWaitMs: 0, retryAfterWaitMs: 1_000 }).run)).toBe('1 × 429, 1.0 s waiting for Retry-After (summed over requests)');
    expect(throttleText(throttled({ rate: 5, throttled: 0, rateWaitMs: 800, retryAfterWaitMs: 0 }).run)).toBe('0.8 s waiting for --rate 5 (summed over requests)');
  });

  it('has nothing to say when every figure is zero, or there are none', () => {
    expect(throttleText(throttled({ rate: 5, throttled: 0, rateWaitMs: 0, retryAfterWaitMs: 0 }).run)).toBeUndefined();
    expect(throttleText(sampleReport().run)).toBeUndefined();
  });
});

describe('the reporters show the line when it is non-zero', () => {
  const report = throttled({ rate: 20, throttled: 3, rateWaitMs: 12_345, retryAfterWaitMs: 3_000 });

  it('HTML: a Throttled fact in the header', () => {
    expect(renderHtml(report)).toContain(`<dt>Throttled</dt><dd><span data-testid="throttle">${LINE}</span></dd>`);
    expect(renderHtml(sampleReport())).not.toContain('Throttled');
  });

  it('Markdown: a Throttled line', () => {
    expect(renderMarkdown(report)).toContain(`Throttled: ${LINE}.`);
    expect(renderMarkdown(sampleReport())).not.toContain('Throttled');
  });

  it('terminal: a throttled row after the requests', () => {
    const rows = summaryRows(report, 'reports/x/index.html');
    const at = rows.findIndex(([key]) => key === 'requests');
    expect(rows[at + 1]).toEqual(['throttled', LINE]);
    expect(summaryRows(sampleReport(), 'r').map(([key]) => key)).not.toContain('throttled');
  });
});
