/**
 * The engine against the clean reference server: with the default budget (25 runs, products
 * and suppliers, concurrency 16) no seed of eight may produce a finding, a case error or a
 * record left behind. A finding here is a false positive of the suite (or a reference bug).
 * Every seed must pass each MUST check at least once (a run that wrote nothing passes "no
 * findings" and fails this); with seed 0 every registered check must pass: no check is dead code.
 * Twenty more seeds run against the lenient twin and an unseen schema (tests/suites/).
 */
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/apis/zeeg/checks/index.ts';
import { DEFAULTS } from '../../src/runner/settings.ts';
import { describeFindings, runAgainstReference } from './reference-run.ts';
import { mustChecksNeverPassed } from '../support/must-evidence.ts';

/** Eight seeds spread over the 32-bit range, the default seed 0 among them. */
const SEEDS = Array.from({ length: 8 }, (_, i) => (i * 2654435761) % 2 ** 31);

describe('the engine against the clean reference server', () => {
  it('uses the documented default budget', () => {
    expect(DEFAULTS).toMatchObject({ runs: 25, concurrency: 16 });
    expect(new Set(SEEDS).size).toBe(8);
  });

  it.each(SEEDS)('seed %i: no findings, no case errors, nothing left behind, every MUST check passed', async (seed) => {
    const outcomes = await runAgainstReference([], seed);
    const findings = outcomes.flatMap((o) => o.findings);
    expect(describeFindings(findings)).toBe('');
    expect(outcomes.filter((o) => o.error !== undefined).map((o) => `${o.testCase}: ${o.error!.code} ${o.error!.message}`)).toEqual([]);
    expect(outcomes.flatMap((o) => o.leftovers)).toEqual([]);
    expect(outcomes.every((o) => o.requests > 0)).toBe(true);
    expect(mustChecksNeverPassed(outcomes, ALL_CHECKS), 'MUST checks that never passed').toEqual([]);
    if (seed !== 0) return;
    const passed = new Set(outcomes.flatMap((o) => o.tallies.filter((t) => t.passes > 0).map((t) => t.check)));
    expect(ALL_CHECKS.map((c) => c.code).filter((code) => !passed.has(code)), 'checks that never passed on the clean server').toEqual([]);
  });
});
