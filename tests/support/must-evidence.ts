/**
 * Evidence that a clean run tested something: a conforming-target test asserts no findings, and
 * also that every MUST check of the API passed at least once over its runs. A run that wrote
 * nothing, or stopped its cases early, passes "no findings" and fails this.
 */
import type { CheckDef } from '../../src/core/checks.ts';
import type { CaseOutcome } from '../../src/core/findings.ts';

/** Codes of the MUST checks that never passed in the outcomes (of one run or several), sorted. */
export function mustChecksNeverPassed(outcomes: readonly CaseOutcome[], checks: readonly CheckDef[]): string[] {
  const passed = new Set(outcomes.flatMap((o) => o.tallies.filter((t) => t.passes > 0).map((t) => t.check)));
  return checks
    .filter((c) => c.level === 'MUST' && !passed.has(c.code))
    .map((c) => c.code)
    .sort();
}

/** MUST findings only, one line each, for an assertion that a conforming target is never accused. */
export function mustFindingLines(outcomes: readonly CaseOutcome[]): string[] {
  return outcomes.flatMap((o) => o.findings.filter((f) => f.level === 'MUST').map((f) => `${f.check} [${f.clauses.join(',')}] in ${o.testCase}: ${f.message}`));
}
