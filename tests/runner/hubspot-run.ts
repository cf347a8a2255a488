/**
 * Runs the in-process engine with the default budget against a fresh HubSpot reference server
 * on port 0 (or a server a test wraps around it), with the given faults switched on.
 */
import { randomBytes } from 'node:crypto';
import type { CaseOutcome } from '../../src/core/findings.ts';
import { READ_TOKEN, startHubspotServer, WRITE_TOKEN } from '../../src/apis/hubspot/reference/index.ts';
import { DEFAULTS, type RunSettings } from '../../src/runner/settings.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { HUBSPOT_RUN } from '../../src/apis/hubspot/suites/index.ts';

export function hubspotSettings(baseUrl: string, seed: number): RunSettings {
  return {
    api: 'hubspot', baseUrl, embedded: true, token: WRITE_TOKEN, readToken: READ_TOKEN, objects: ['contacts', 'p_orders'], members: [],
    seed, runs: DEFAULTS.runs, strict: false, only: [], timeoutMs: DEFAULTS.timeoutMs, concurrency: DEFAULTS.concurrency,
    runId: `crmct${(seed >>> 0).toString(16)}${randomBytes(3).toString('hex')}`,
  };
}

export async function runHubspot(faults: string[], seed: number): Promise<CaseOutcome[]> {
  const server = await startHubspotServer({ faults });
  try {
    return await runConformance(hubspotSettings(server.url, seed), HUBSPOT_RUN);
  } finally {
    await server.close();
  }
}
