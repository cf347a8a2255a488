import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printSuite, printSummary, type Out } from '../../src/cli/console-output.ts';
import { holesOnlyReport, sampleReport, stoppedEarly } from '../reporters/fixtures/sample-report.ts';

/** The line of the sample's one skipped MUST clause, the same in a CI log and on a terminal. */
const SKIPPED = 'skipped: MUST ZEEG-RELATION-005: no relation attribute on the tested objects; to run it: test an object that has what the reason names (--object)';

function capture(tty: boolean): Out & { text: () => string } {
  let text = '';
  return { tty, write: (chunk) => void (text += chunk), text: () => text };
}

describe('console output', () => {
  it('prints plain key: value lines when not on a terminal, then a line per failing group and per skipped MUST clause', () => {
    const out = capture(false);
    printSummary(out, sampleReport(), '/ci/work/reports/x/index.html', false);
    expect(out.text()).toBe(
      [
        'verdict: NOT CONFORMANT: fails ZEEG-ASSERT-001, ZEEG-ASSERT-011, ZEEG-CREATE-001, ZEEG-PATCH-001, ZEEG-RECORD-002',
        'target: https://crm.example.test/v2',
        `clauses: ${sampleReport().summary.clauses.passed} passed, 6 failed, 1 skipped, 66 untested, 0 untestable`,
        'findings: 3 MUST, 1 SHOULD',
        'requests: 40 (16/s)',
        'seed: 424242',
        'wall time: 2.5 s',
        'report: /ci/work/reports/x/index.html',
        "finding: MUST ASSERT_UPDATE_STATUS ZEEG-ASSERT-001 ZEEG-ASSERT-011 on PUT /crm/products?matchingAttribute (1 finding): The second assert with the same sku answered 201 instead of 200; replay: npx crm-conformance replay /ci/work/reports/x/report.json 'ASSERT_UPDATE_STATUS#1'",
        "finding: MUST CREATE_STATUS ZEEG-RECORD-002 ZEEG-CREATE-001 on POST /crm/products (1 finding): Create answered 200 for body <script>alert(1)</script>; replay: npx crm-conformance replay /ci/work/reports/x/report.json 'CREATE_STATUS#1'",
        "finding: MUST PATCH_KEEPS_OMITTED ZEEG-PATCH-001 on PATCH /crm/products/{id} (1 finding): name was wiped by a patch that only sent price; replay: npx crm-conformance replay /ci/work/reports/x/report.json 'PATCH_KEEPS_OMITTED#1'",
        SKIPPED,
        '',
      ].join('\n'),
    );
  });

  it('draws a table with colour and the first findings on a terminal', () => {
    const out = capture(true);
    printSummary(out, sampleReport(), 'reports/x/index.html', false);
    const text = out.text();
    expect(text).toContain('\u001b[31mNOT CONFORMANT: fails ZEEG-ASSERT-001,');
    expect(text).toMatch(/^┌─+$/m);
    expect(text.slice(text.indexOf('└'))).toContain(
      [
        '  \u001b[31mMUST  \u001b[0m 1× CREATE_STATUS ZEEG-RECORD-002 ZEEG-CREATE-001 on POST /crm/products  Create answered 200 for body <script>alert(1)</script>  (CREATE_STATUS#1)',
        '  \u001b[31mMUST  \u001b[0m 1× PATCH_KEEPS_OMITTED ZEEG-PATCH-001 on PATCH /crm/products/{id}  name was wiped by a patch that only sent price  (PATCH_KEEPS_OMITTED#1)',
        '  \u001b[33mSHOULD\u001b[0m 1× ERROR_SHAPE ZEEG-RECORD-003 on PATCH /crm/products/{id}  the 400 body has no message  (ERROR_SHAPE#1)',
        `  \u001b[33m${SKIPPED}\u001b[0m`,
        '',
      ].join('\n'),
    );
  });

  it('resolves a relative report path, and names the skipped MUST clauses when a strict run fails on them alone', () => {
    const out = capture(false);
    printSummary(out, holesOnlyReport(), 'reports/x/index.html', false);
    expect(out.text().split('\n')[0]).toBe('verdict: NOT CONFORMANT: MUST clauses did not run: ZEEG-RELATION-005');
    const ci = capture(false);
    printSummary(ci, sampleReport({ strict: true }), 'reports/x/index.html', false);
    // With --strict a SHOULD group fails the run too, and gets its line.
    expect(ci.text()).toContain(`finding: SHOULD ERROR_SHAPE ZEEG-RECORD-003 on PATCH /crm/products/{id} (1 finding): the 400 body has no message; replay: npx crm-conformance replay ${resolve('reports/x/report.json')} 'ERROR_SHAPE#1'\n`);
  });

  it('says a run stopped early with failing findings is not conformant, and why it stopped', () => {
    const out = capture(false);
    printSummary(out, stoppedEarly(sampleReport()), '/r/index.html', false);
    expect(out.text().split('\n')[0]).toBe('verdict: NOT CONFORMANT: fails ZEEG-ASSERT-001, ZEEG-ASSERT-011, ZEEG-CREATE-001, ZEEG-PATCH-001, ZEEG-RECORD-002; stopped early (CRMC_MAX_FAILURES)');
  });

  it('prints one line when quiet', () => {
    const out = capture(false);
    printSummary(out, sampleReport(), 'r/index.html', true);
    expect(out.text().trimEnd().split('\n')).toHaveLength(1);
    expect(out.text()).toMatch(/^crm-conformance: NOT CONFORMANT: fails ZEEG-ASSERT-001, .*, ZEEG-RECORD-002; .*; 3 MUST, 1 SHOULD; report r\/index\.html$/m);
  });

  it('prints a line per suite and nothing for a suite with no selected case', () => {
    const out = capture(false);
    printSuite(out, { suite: 'assert', cases: 4, findings: 1, requests: 120, durationMs: 1500, failed: true, exercised: 4 });
    printSuite(out, { suite: 'types', cases: 0, findings: 0, requests: 0, durationMs: 0, failed: false, exercised: 0 });
    printSuite(out, { suite: 'patch', cases: 2, findings: 0, requests: 9, durationMs: 300, failed: false, exercised: 1 });
    printSuite(out, { suite: 'relations', cases: 3, findings: 0, requests: 0, durationMs: 10, failed: false, exercised: 0 });
    expect(out.text()).toBe(
      'suite assert: failed (4 cases, 1 finding, 120 requests, 1.5 s)\n' +
        'suite patch: passed (2 cases, 0 findings, 9 requests, 0.3 s)\n' +
        'suite relations: skipped (3 cases, 0 findings, 0 requests, 0.0 s)\n',
    );
  });
});
