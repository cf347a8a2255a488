/**
 * The lenient twin of the Zeeg reference server (style 'lenient', src/apis/zeeg/reference/lenient.ts)
 * conforms: it takes the other side of every reading the pages leave open and replies with only
 * the members they require, so it may draw SHOULD findings but never a MUST one. Twenty seeds at
 * a reduced budget (3 runs each) look for MUST findings; one run at the default budget must also
 * pass every MUST check of the API at least once, so a twin that refused everything, or a suite
 * that stopped early, cannot pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/apis/zeeg/checks/index.ts';
import { LENIENT_CHOICES, MEMBER_IDS, READ_TOKEN, startReferenceServer, WRITE_TOKEN } from '../../src/apis/zeeg/reference/index.ts';
import { DEFAULTS, type RunSettings } from '../../src/runner/settings.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { ZEEG_RUN } from '../../src/apis/zeeg/suites/index.ts';
import { mustChecksNeverPassed, mustFindingLines } from '../support/must-evidence.ts';

/** Twenty seeds spread over the 32-bit range (other than the engine test's). */
const SEEDS = Array.from({ length: 20 }, (_, i) => (i * 2246822519 + 7) % 2 ** 31);
const REDUCED_RUNS = 3;

function twinSettings(url: string, seed: number, runs: number): RunSettings {
  return {
    api: 'zeeg', baseUrl: url, embedded: false, token: WRITE_TOKEN, readToken: READ_TOKEN, objects: ['products', 'suppliers'], members: [...MEMBER_IDS],
    seed, runs, strict: false, only: [], timeoutMs: DEFAULTS.timeoutMs, concurrency: DEFAULTS.concurrency, runId: `crmctwin${seed.toString(36)}r${runs}`,
  };
}

describe('the lenient twin of the Zeeg reference server', () => {
  let twin: Awaited<ReturnType<typeof startReferenceServer>>;
  beforeAll(async () => {
    twin = await startReferenceServer({ style: 'lenient' });
  });
  afterAll(() => twin.close());

  it('lists each of its choices once, with what permits it', () => {
    expect(new Set(LENIENT_CHOICES.map((c) => c.name)).size).toBe(LENIENT_CHOICES.length);
    for (const choice of LENIENT_CHOICES) expect(choice.permittedBy.length, choice.name).toBeGreaterThan(10);
  });

  it(`draws no MUST finding, no case error and leaves nothing behind over ${SEEDS.length} seeds at ${REDUCED_RUNS} runs each`, async () => {
    for (const seed of SEEDS) {
      const outcomes = await runConformance(twinSettings(twin.url, seed, REDUCED_RUNS), ZEEG_RUN);
      expect(mustFindingLines(outcomes), `seed ${seed}`).toEqual([]);
      expect(outcomes.filter((o) => o.error !== undefined).map((o) => `${o.testCase}: ${o.error!.message}`), `seed ${seed}`).toEqual([]);
      expect(outcomes.flatMap((o) => o.leftovers), `seed ${seed}`).toEqual([]);
    }
    expect(twin.liveRecords()).toBe(0);
  }, 240_000);

  it('passes every MUST check at least once at the default budget, and draws the SHOULD findings its choices predict', async () => {
    const outcomes = await runConformance(twinSettings(twin.url, 0, DEFAULTS.runs), ZEEG_RUN);
    expect(mustFindingLines(outcomes)).toEqual([]);
    expect(mustChecksNeverPassed(outcomes, ALL_CHECKS)).toEqual([]);
    const should = new Set(outcomes.flatMap((o) => o.findings.map((f) => f.check)));
    // One SHOULD finding per reading the twin takes the other side of (see lenient.ts).
    expect([...should].sort()).toEqual([
      'ASSERT_FIRST_MATCH', 'AUTH_READ_TOKEN_403', 'CREATE_LISTS_NULLS', 'CREATE_STATUS_201', 'DATE_DATETIME_REJECTED', 'DISCOVERY_SYSTEM_ATTRIBUTES',
      'NON_OBJECT_BODY_REJECTED', 'PATCH_UNKNOWN_RECORD_404', 'REQUIRED_LEFT_OUT_REFUSED', 'TEXT_ASTRAL_LIMIT', 'TEXT_EMPTY_KEPT', 'UNIQUE_PATCH_400', 'UNKNOWN_KEY_REJECTED',
      'UNKNOWN_MEMBER_REJECTED', 'UNKNOWN_OPTION_REJECTED', 'UNKNOWN_RELATION_REJECTED',
    ]);
  }, 120_000);
});
