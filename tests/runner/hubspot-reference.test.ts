/**
 * The HubSpot suites against the clean reference server: with the default budget no seed of
 * ten may produce a finding, a case error or a record left behind (a finding here is a false
 * positive of the suites, or a reference bug), and every MUST check must pass at least once.
 * With seed 0 every HubSpot check must pass at least once: no check is dead code.
 */
import { describe, expect, it } from 'vitest';
import { HUBSPOT_CHECKS } from '../../src/apis/hubspot/checks/index.ts';
import { describeFindings } from './reference-run.ts';
import { runHubspot } from './hubspot-run.ts';
import { mustChecksNeverPassed } from '../support/must-evidence.ts';

/** Ten seeds spread over the 32-bit range, the default seed 0 among them. */
export const HUBSPOT_SEEDS = Array.from({ length: 10 }, (_, i) => (i * 2654435761) % 2 ** 31);

describe('the HubSpot suites against the clean reference server', () => {
  it.each(HUBSPOT_SEEDS)('seed %i: no findings, no case errors, nothing left behind', async (seed) => {
    const outcomes = await runHubspot([], seed);
    expect(describeFindings(outcomes.flatMap((o) => o.findings))).toBe('');
    expect(outcomes.filter((o) => o.error !== undefined).map((o) => `${o.testCase}: ${o.error!.code} ${o.error!.message}`)).toEqual([]);
    expect(outcomes.flatMap((o) => o.leftovers)).toEqual([]);
    expect(outcomes.every((o) => o.requests > 0)).toBe(true);
    expect(mustChecksNeverPassed(outcomes, HUBSPOT_CHECKS), 'MUST checks that never passed').toEqual([]);
    if (seed !== 0) return;
    const passed = new Set(outcomes.flatMap((o) => o.tallies.filter((t) => t.passes > 0).map((t) => t.check)));
    expect(HUBSPOT_CHECKS.map((c) => c.code).filter((code) => !passed.has(code)), 'checks that never passed on the clean server').toEqual([]);
  });
});
