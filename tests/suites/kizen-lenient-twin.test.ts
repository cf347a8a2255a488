/**
 * The Kizen suites against the lenient twin: the reference server in its lenient style, which
 * takes the other permitted side of every open choice (src/apis/kizen/reference/lenient.ts) and
 * answers with only the members each page requires. It conforms, so no seed may draw a MUST
 * finding, a case error or a record left behind; SHOULD findings are its choices showing. Ten
 * seeds run at a reduced budget, one at the default budget, where every MUST check must pass.
 */
import { describe, expect, it } from 'vitest';
import { KIZEN_CHECKS } from '../../src/apis/kizen/checks/index.ts';
import type { CaseOutcome } from '../../src/core/findings.ts';
import { startKizenServer } from '../../src/apis/kizen/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { KIZEN_RUN } from '../../src/apis/kizen/suites/index.ts';
import { kizenSettings } from '../runner/kizen-reference-run.ts';
import { mustChecksNeverPassed, mustFindingLines } from '../support/must-evidence.ts';

const SEEDS = Array.from({ length: 10 }, (_, i) => (i * 2654435761 + 17) % 2 ** 31);
/** Runs per seed for the ten: enough for every case to write at least once. */
const REDUCED_RUNS = 2;

async function runTwin(seed: number, runs?: number): Promise<CaseOutcome[]> {
  const server = await startKizenServer({ style: 'lenient' });
  try {
    const settings = kizenSettings(server.url, seed);
    return await runConformance(runs === undefined ? settings : { ...settings, runs }, KIZEN_RUN);
  } finally {
    await server.close();
  }
}

function expectConforming(outcomes: readonly CaseOutcome[]): void {
  expect(mustFindingLines(outcomes)).toEqual([]);
  expect(outcomes.filter((o) => o.error !== undefined).map((o) => `${o.testCase}: ${o.error!.message}`)).toEqual([]);
  expect(outcomes.flatMap((o) => o.leftovers)).toEqual([]);
}

describe('the Kizen suites against the lenient twin', () => {
  it.each(SEEDS)(`seed %i at ${REDUCED_RUNS} runs: no MUST finding, no case error, nothing left behind`, async (seed) => {
    expectConforming(await runTwin(seed, REDUCED_RUNS));
  });

  it('the default budget: every MUST check passes at least once', async () => {
    const outcomes = await runTwin(3);
    expectConforming(outcomes);
    expect(mustChecksNeverPassed(outcomes, KIZEN_CHECKS)).toEqual([]);
  });
});
