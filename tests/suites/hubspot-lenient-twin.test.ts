/**
 * The HubSpot suites against the lenient twin of the reference server (started the way `serve
 * --api hubspot --style lenient` starts it): the other permitted side of every choice in
 * src/apis/hubspot/reference/lenient.ts, replies with only the required members. A conforming server,
 * so no MUST finding over twenty seeds (a reduced budget each), and at the default budget every
 * MUST check passes at least once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUBSPOT } from '../../src/apis/hubspot/index.ts';
import { LENIENT_CHOICES } from '../../src/apis/hubspot/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { HUBSPOT_RUN } from '../../src/apis/hubspot/suites/index.ts';
import { hubspotSettings } from '../runner/hubspot-run.ts';
import { mustChecksNeverPassed, mustFindingLines } from '../support/must-evidence.ts';

/** Twenty seeds spread over the 32-bit range. */
const SEEDS = Array.from({ length: 20 }, (_, i) => (i * 2654435761 + 7) % 2 ** 31);
/** Runs per generative case in the twenty-seed sweep (the default is 25). */
const SWEEP_RUNS = 5;
/**
 * The sweep runs the cases that draw from the seed (the model sequences, the racing writes and
 * the generated values); the fixed cases run in full in the default-budget test.
 */
const SWEEP_ONLY = ['HUBSPOT_UNIQUE_INVARIANT', 'HUBSPOT_DATE_MALFORMED_REJECTED'];

let twin: Awaited<ReturnType<typeof HUBSPOT.reference.start>>;

beforeAll(async () => {
  twin = await HUBSPOT.reference.start({ style: 'lenient' });
});
afterAll(() => twin.close());

describe('the HubSpot suites against the lenient twin', () => {
  it('lists its choices, each with what permits it', () => {
    expect(LENIENT_CHOICES.length).toBeGreaterThanOrEqual(15);
    expect(LENIENT_CHOICES.filter((c) => c.does === '' || c.reference === '' || c.permittedBy === '')).toEqual([]);
  });

  it('answers in its own style: an error body without status, a batch failure as 207', async () => {
    const unknown = await fetch(`${twin.url}/crm/objects/2026-03/p_orders/987654321`, { headers: { authorization: `Bearer ${HUBSPOT.reference.token}` } });
    expect(Object.keys((await unknown.json()) as object).sort()).toEqual(['category', 'correlationId', 'message']);
    const batch = await fetch(`${twin.url}/crm/objects/2026-03/p_orders/batch/upsert`, {
      method: 'POST', headers: { authorization: `Bearer ${HUBSPOT.reference.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ inputs: [{ id: 'twin-check', idProperty: 'note', properties: {} }] }),
    });
    expect(batch.status).toBe(207);
  });

  it('default budget, seed 0: no MUST finding, no case error, nothing left, every MUST check passed', async () => {
    const outcomes = await runConformance(hubspotSettings(twin.url, 0), HUBSPOT_RUN);
    expect(mustFindingLines(outcomes)).toEqual([]);
    expect(outcomes.filter((o) => o.error !== undefined).map((o) => `${o.testCase}: ${o.error!.message}`)).toEqual([]);
    expect(outcomes.flatMap((o) => o.leftovers)).toEqual([]);
    expect(mustChecksNeverPassed(outcomes, HUBSPOT.checks)).toEqual([]);
  });

  it(`twenty seeds at ${SWEEP_RUNS} runs each, the seeded cases: no MUST finding, no case error`, async () => {
    for (const seed of SEEDS) {
      const outcomes = await runConformance({ ...hubspotSettings(twin.url, seed), runs: SWEEP_RUNS, only: SWEEP_ONLY }, HUBSPOT_RUN);
      expect(mustFindingLines(outcomes), `seed ${seed}`).toEqual([]);
      expect(outcomes.filter((o) => o.error !== undefined).map((o) => `seed ${seed} ${o.testCase}: ${o.error!.message}`)).toEqual([]);
    }
  });
});
