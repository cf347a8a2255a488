/**
 * A conforming server whose objects require attributes of every type and hold unique numbers
 * and dates is judged conformant: every write the suites send carries the required values,
 * unique ones distinct per record and per run, and an object that no run can write safely is
 * skipped with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_TOKEN, startReferenceServer, WRITE_TOKEN } from '../../src/apis/zeeg/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import type { RunSettings } from '../../src/runner/settings.ts';
import { BADGES, CONTACTS, DEALS, MEMBERS } from './fixtures/required-unique-schema.ts';
import { ZEEG_RUN } from '../../src/apis/zeeg/suites/index.ts';
import { ALL_CHECKS } from '../../src/apis/zeeg/checks/index.ts';
import { mustChecksNeverPassed } from '../support/must-evidence.ts';

// Every object of this schema requires an attribute, and the reference notes then require a
// value (ZEEG-CREATE-004 reading): an empty create is never judged here, so its check cannot pass.
const CANNOT_PASS = ['CREATE_EMPTY_BODY'];

const SEEDS = Array.from({ length: 6 }, (_, i) => 101 + i * 7919);

function settingsFor(url: string, seed: number, objects: string[]): RunSettings {
  return {
    api: 'zeeg', baseUrl: url, embedded: false, token: WRITE_TOKEN, readToken: READ_TOKEN, objects, members: MEMBERS,
    seed, runs: 15, strict: true, only: [], timeoutMs: 5_000, concurrency: 4, runId: `crmcreq${seed.toString(36)}`,
  };
}

describe('a target with required and unique attributes of every type', () => {
  let server: Awaited<ReturnType<typeof startReferenceServer>>;
  beforeAll(async () => {
    server = await startReferenceServer({ objects: [DEALS, CONTACTS, BADGES], members: MEMBERS });
  });
  afterAll(() => server.close());

  it.each(SEEDS)('seed %i: no finding, no case error, nothing left behind, every MUST check passed', async (seed) => {
    const outcomes = await runConformance(settingsFor(server.url, seed, ['deals', 'contacts']), ZEEG_RUN);
    expect(outcomes.flatMap((o) => o.findings.map((f) => `${f.check} in ${f.testCase}: ${f.message}`))).toEqual([]);
    expect(outcomes.filter((o) => o.error !== undefined).map((o) => `${o.testCase}: ${o.error!.message}`)).toEqual([]);
    expect(outcomes.flatMap((o) => o.leftovers)).toEqual([]);
    expect(mustChecksNeverPassed(outcomes, ALL_CHECKS)).toEqual(CANNOT_PASS);
  });

  it('skips every writing case of an object whose required unique select cannot be kept apart, naming it', async () => {
    const outcomes = await runConformance(settingsFor(server.url, 7, ['badges']), ZEEG_RUN);
    expect(outcomes.flatMap((o) => o.findings)).toEqual([]);
    const writing = outcomes.filter((o) => o.suite !== 'discovery');
    expect(writing.length).toBeGreaterThan(20);
    for (const outcome of writing) {
      expect(outcome.tallies.every((t) => t.passes === 0 && t.skipped !== undefined), outcome.testCase).toBe(true);
      expect(outcome.tallies[0]?.skipped).toContain('"badges" requires unique "tier" (select)');
    }
  });
});
