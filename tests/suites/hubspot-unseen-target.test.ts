/**
 * The HubSpot suites against a custom object they were never written against
 * (fixtures/hubspot-unseen-schema.ts): its schema requires a property of every type, and the
 * reference server refuses creates that omit one. The suites read the schemas API before they
 * write, so the run is conformant: no finding over twenty seeds (a reduced budget each), and at
 * the default budget every MUST check passes at least once. Without the schemas API (a proxy
 * answers 404 there), the suites learn the required properties from the refusals instead and
 * still accuse nobody.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUBSPOT_CHECKS } from '../../src/apis/hubspot/checks/index.ts';
import type { CaseOutcome } from '../../src/core/findings.ts';
import { startHubspotServer, type RunningHubspotServer } from '../../src/apis/hubspot/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { HUBSPOT_RUN } from '../../src/apis/hubspot/suites/index.ts';
import { describeFindings } from '../runner/reference-run.ts';
import { hubspotSettings } from '../runner/hubspot-run.ts';
import { mustChecksNeverPassed, mustFindingLines } from '../support/must-evidence.ts';
import { UNSEEN_TICKETS } from './fixtures/hubspot-unseen-schema.ts';

const SEEDS = Array.from({ length: 20 }, (_, i) => (i * 2654435761 + 11) % 2 ** 31);
const SWEEP_RUNS = 5;
/**
 * The sweep runs the cases that draw from the seed (the model sequences, the racing writes and
 * the generated values); the fixed cases run in full in the default-budget test.
 */
const SWEEP_ONLY = ['HUBSPOT_UNIQUE_INVARIANT', 'HUBSPOT_DATE_MALFORMED_REJECTED'];

let server: RunningHubspotServer;

function run(url: string, seed: number, budget: { runs?: number; only?: string[] } = {}): Promise<CaseOutcome[]> {
  return runConformance({ ...hubspotSettings(url, seed), objects: [UNSEEN_TICKETS.name], ...budget }, HUBSPOT_RUN);
}

function expectClean(outcomes: readonly CaseOutcome[], what: string): void {
  expect(describeFindings(outcomes.flatMap((o) => o.findings)), what).toBe('');
  expect(outcomes.filter((o) => o.error !== undefined).map((o) => `${what} ${o.testCase}: ${o.error!.message}`)).toEqual([]);
  expect(outcomes.flatMap((o) => o.leftovers), what).toEqual([]);
}

/** A proxy in front of the server whose schemas API answers 404, as for a type without a schema. */
async function withoutSchemas(upstream: string, use: (url: string) => Promise<void>): Promise<void> {
  const proxy: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      if ((req.url ?? '').startsWith('/crm-object-schemas/')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ category: 'OBJECT_NOT_FOUND', correlationId: 'c0ffee00-0000-4000-8000-000000000000', message: 'Not found.' }));
        return;
      }
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => ['authorization', 'content-type'].includes(k)).map(([k, v]) => [k, String(v)]));
      const body = chunks.length === 0 ? undefined : Buffer.concat(chunks);
      const reply = await fetch(`${upstream}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) });
      const text = await reply.text();
      res.writeHead(reply.status, text === '' ? {} : { 'content-type': 'application/json' }).end(text);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  try {
    await use(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
  } finally {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
  }
}

beforeAll(async () => {
  server = await startHubspotServer({ objects: [UNSEEN_TICKETS] });
});
afterAll(() => server.close());

describe('the HubSpot suites against a custom object they have never seen', () => {
  it('default budget, seed 0: no finding, and every MUST check passed', async () => {
    const outcomes = await run(server.url, 0);
    expectClean(outcomes, 'seed 0');
    expect(mustChecksNeverPassed(outcomes, HUBSPOT_CHECKS)).toEqual([]);
  });

  it(`twenty seeds at ${SWEEP_RUNS} runs each, the seeded cases: no finding`, async () => {
    for (const seed of SEEDS) expectClean(await run(server.url, seed, { runs: SWEEP_RUNS, only: SWEEP_ONLY }), `seed ${seed}`);
  });

  it('without the schemas API: no MUST finding, the required properties learned from refusals', async () => {
    await withoutSchemas(server.url, async (url) => {
      const outcomes = await run(url, 3, { runs: 2 });
      expect(mustFindingLines(outcomes)).toEqual([]);
      const created = outcomes.some((o) => o.tallies.some((t) => t.check === 'HUBSPOT_CREATE_VALUES_STORED' && t.passes > 0));
      expect(created, 'records were created once the required properties were learned').toBe(true);
      expect(outcomes.filter((o) => o.error !== undefined).map((o) => `${o.testCase}: ${o.error!.message}`)).toEqual([]);
    });
  });
});
