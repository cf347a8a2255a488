/**
 * The Kizen suites against a schema they were not written against (fixtures/kizen-unseen-schema.ts):
 * every writable field type required, a 40-option dropdown, checkboxes, ratings of 5 and 10, a
 * yes/no/maybe, a timezone, relationships both ways of cardinality, 300-character display names
 * and labels. Served by the reference server, a run must fill every required field itself and
 * draw no finding at all, no case error and leave nothing behind, over ten seeds at a reduced
 * budget; one run at the default budget must pass every MUST check at least once.
 */
import { describe, expect, it } from 'vitest';
import { KIZEN_CHECKS } from '../../src/apis/kizen/checks/index.ts';
import type { CaseOutcome } from '../../src/core/findings.ts';
import { startKizenServer } from '../../src/apis/kizen/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { KIZEN_RUN } from '../../src/apis/kizen/suites/index.ts';
import { describeKizenFindings, kizenSettings } from '../runner/kizen-reference-run.ts';
import { mustChecksNeverPassed } from '../support/must-evidence.ts';
import { UNSEEN_OBJECTS } from './fixtures/kizen-unseen-schema.ts';

const SEEDS = Array.from({ length: 10 }, (_, i) => (i * 2246822519 + 5) % 2 ** 31);
const REDUCED_RUNS = 2;

async function runUnseen(seed: number, runs?: number): Promise<CaseOutcome[]> {
  const server = await startKizenServer({ objects: UNSEEN_OBJECTS });
  try {
    const settings = { ...kizenSettings(server.url, seed), objects: UNSEEN_OBJECTS.map((o) => o.name) };
    return await runConformance(runs === undefined ? settings : { ...settings, runs }, KIZEN_RUN);
  } finally {
    await server.close();
  }
}

function expectClean(outcomes: readonly CaseOutcome[]): void {
  expect(describeKizenFindings(outcomes.flatMap((o) => o.findings))).toBe('');
  expect(outcomes.filter((o) => o.error !== undefined).map((o) => `${o.testCase}: ${o.error!.message}`)).toEqual([]);
  expect(outcomes.flatMap((o) => o.leftovers)).toEqual([]);
}

describe('the Kizen suites against an unseen schema', () => {
  it.each(SEEDS)(`seed %i at ${REDUCED_RUNS} runs: no finding, no case error, nothing left behind`, async (seed) => {
    expectClean(await runUnseen(seed, REDUCED_RUNS));
  });

  it('the default budget: every MUST check passes at least once', async () => {
    const outcomes = await runUnseen(11);
    expectClean(outcomes);
    expect(mustChecksNeverPassed(outcomes, KIZEN_CHECKS)).toEqual([]);
  });
});
