/**
 * The Kizen suites against a server that takes the SDK guide's side of the disputed reference
 * form (facts A2 [DISAGREE]): options, ratings and related records only as bare ids, served with
 * the unseen schema, whose option, rating and relationship fields are required. The run learns
 * the form at set-up and writes those fields bare; the refused { id } form is charged to the
 * SHOULD acceptance checks of option and relationship values, so no seed draws a MUST finding,
 * a case error or a record left behind.
 */
import { describe, expect, it } from 'vitest';
import type { CaseOutcome } from '../../src/core/findings.ts';
import { startKizenServer } from '../../src/apis/kizen/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { KIZEN_RUN } from '../../src/apis/kizen/suites/index.ts';
import { kizenSettings } from '../runner/kizen-reference-run.ts';
import { mustFindingLines } from '../support/must-evidence.ts';
import { UNSEEN_OBJECTS } from './fixtures/kizen-unseen-schema.ts';

const SEEDS = [7, 1234567];
const REDUCED_RUNS = 2;

async function runBare(seed: number): Promise<CaseOutcome[]> {
  const server = await startKizenServer({ objects: UNSEEN_OBJECTS, referenceForm: 'bare' });
  try {
    const settings = { ...kizenSettings(server.url, seed), objects: UNSEEN_OBJECTS.map((o) => o.name), runs: REDUCED_RUNS };
    return await runConformance(settings, KIZEN_RUN);
  } finally {
    await server.close();
  }
}

describe('the Kizen suites against a server taking only bare reference ids', () => {
  it.each(SEEDS)(`seed %i at ${REDUCED_RUNS} runs: no MUST finding, no case error, nothing left behind; { id } refused is a SHOULD`, async (seed) => {
    const outcomes = await runBare(seed);
    expect(mustFindingLines(outcomes)).toEqual([]);
    expect(outcomes.filter((o) => o.error !== undefined).map((o) => `${o.testCase}: ${o.error!.message}`)).toEqual([]);
    expect(outcomes.flatMap((o) => o.leftovers)).toEqual([]);
    const should = new Set(outcomes.flatMap((o) => o.findings).filter((f) => f.level === 'SHOULD').map((f) => f.check));
    expect(should).toContain('KIZEN_TYPE_OPTION_ACCEPTED');
    expect(should).toContain('KIZEN_TYPE_RELATIONSHIP_ACCEPTED');
  });
});
