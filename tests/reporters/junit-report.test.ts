import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/reporters/junit-report.ts';
import { IMG_PAYLOAD, SCRIPT_PAYLOAD, sampleReport } from './fixtures/sample-report.ts';
import { loadClauses } from '../../src/contract/clauses.ts';

/** The clause matrix lists every clause of the catalogue. */
const ZEEG_CLAUSES = loadClauses('zeeg').clauses.length;

function attr(xml: string, element: string, name: string): string[] {
  const re = new RegExp(`<${element} [^>]*?${name}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]!);
}

describe('renderJunit', () => {
  const report = sampleReport();
  const xml = renderJunit(report);

  it('has one testcase per clause and per check, with exact totals', () => {
    expect(report.clauses).toHaveLength(ZEEG_CLAUSES);
    expect(attr(xml, 'testsuites', 'tests')).toEqual([String(ZEEG_CLAUSES + 5)]);
    expect(attr(xml, 'testsuite', 'tests')).toEqual([String(ZEEG_CLAUSES), '5']);
    expect(xml.match(/<testcase /g)).toHaveLength(ZEEG_CLAUSES + 5);
    // Clauses failed: RECORD-002, CREATE-001, ASSERT-001, ASSERT-011, PATCH-001, RECORD-003; checks failed: 4 of 5.
    expect(attr(xml, 'testsuite', 'failures')).toEqual(['6', '4']);
    expect(attr(xml, 'testsuites', 'failures')).toEqual(['10']);
    const passed = report.summary.clauses.passed;
    expect(attr(xml, 'testsuite', 'skipped')).toEqual([String(ZEEG_CLAUSES - 6 - passed), '1']);
  });

  it('groups clause cases by area and check cases by code prefix', () => {
    expect(xml).toContain('classname="zeeg.clauses.CREATE" name="ZEEG-CREATE-001 [MUST]');
    expect(xml).toContain('classname="zeeg.checks.ASSERT" name="ASSERT_UPDATE_STATUS [MUST]');
  });

  it('puts findings in failures and reasons in skipped', () => {
    expect(xml).toMatch(/<failure message="1 finding\(s\): The second assert with the same sku answered 201 instead of 200" type="MUST">/);
    expect(xml).toContain('<skipped message="no relation attribute on the tested objects"/>');
    expect(xml).toContain(`replay: npx crm-conformance replay report.json &apos;ASSERT_UPDATE_STATUS#1&apos;`);
  });

  it('escapes everything the target sent', () => {
    expect(xml).not.toContain(SCRIPT_PAYLOAD);
    expect(xml).not.toContain(IMG_PAYLOAD);
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const withoutDecl = xml.replace(/^<\?xml[^>]*\?>/, '');
    expect(withoutDecl.match(/<(?!\/?(testsuites|testsuite|testcase|failure|skipped)\b)[a-z]/gi)).toBeNull();
  });
});
