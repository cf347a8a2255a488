import { describe, expect, it } from 'vitest';
import { printSuite, printSummary, type Out } from '../../src/cli/console-output.ts';
import { sampleReport } from '../reporters/fixtures/sample-report.ts';

function capture(tty: boolean): Out & { text: () => string } {
  let text = '';
  return { tty, write: (chunk) => void (text += chunk), text: () => text };
}

describe('console output', () => {
  it('prints plain key: value lines when not on a terminal', () => {
    const out = capture(false);
    printSummary(out, sampleReport(), 'reports/x/index.html', false);
    expect(out.text()).toBe(
      [
        'verdict: NOT CONFORMANT',
        'target: https://crm.example.test/v2',
        `clauses: ${sampleReport().summary.clauses.passed} passed, 6 failed, 1 skipped, 54 untested, 0 untestable`,
        'findings: 3 MUST, 1 SHOULD',
        'requests: 40 (16/s)',
        'seed: 424242',
        'wall time: 2.5 s',
        'report: reports/x/index.html',
        '',
      ].join('\n'),
    );
  });

  it('draws a table with colour and the first findings on a terminal', () => {
    const out = capture(true);
    printSummary(out, sampleReport(), 'reports/x/index.html', false);
    const text = out.text();
    expect(text).toContain('\u001b[31mNOT CONFORMANT');
    expect(text).toMatch(/^┌─+$/m);
    expect(text).toContain('CREATE_STATUS#1  Create answered 200');
  });

  it('prints one line when quiet', () => {
    const out = capture(false);
    printSummary(out, sampleReport(), 'r/index.html', true);
    expect(out.text().trimEnd().split('\n')).toHaveLength(1);
    expect(out.text()).toMatch(/^crm-conformance: NOT CONFORMANT; .*; 3 MUST, 1 SHOULD; report r\/index\.html$/m);
  });

  it('prints a line per suite and nothing for a suite with no selected case', () => {
    const out = capture(false);
    printSuite(out, { suite: 'assert', cases: 4, findings: 1, requests: 120, durationMs: 1500, failed: true });
    printSuite(out, { suite: 'types', cases: 0, findings: 0, requests: 0, durationMs: 0, failed: false });
    expect(out.text()).toBe('suite assert: failed (4 cases, 1 finding, 120 requests, 1.5 s)\n');
  });
});
