/**
 * Runs the in-process engine against a fresh Kizen reference server on port 0 with the
 * default budget (projects and contacts, the embedded account's ids), with the given faults
 * switched on, and closes the server afterwards.
 */
import { randomBytes } from 'node:crypto';
import type { CaseOutcome, Finding } from '../../src/core/findings.ts';
import { BUSINESS_ID, FULL_API_KEY, READ_ONLY_API_KEY, startKizenServer, TEAM_MEMBER_IDS, USER_IDS, type KizenServerOptions } from '../../src/apis/kizen/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { DEFAULTS, type RunSettings } from '../../src/runner/settings.ts';
import { KIZEN_RUN } from '../../src/apis/kizen/suites/index.ts';

export function kizenSettings(baseUrl: string, seed: number): RunSettings {
  return {
    api: 'kizen', baseUrl, embedded: true, token: FULL_API_KEY, readToken: READ_ONLY_API_KEY,
    objects: ['projects', 'client_client'], members: [...TEAM_MEMBER_IDS], seed, runs: DEFAULTS.runs, strict: false, only: [],
    timeoutMs: DEFAULTS.timeoutMs, concurrency: DEFAULTS.concurrency, apiSettings: { businessId: BUSINESS_ID, userId: USER_IDS[0]! },
    runId: `crmck${(seed >>> 0).toString(16)}${randomBytes(3).toString('hex')}`,
  };
}

export async function runKizenReference(faults: string[], seed: number, options: KizenServerOptions = {}): Promise<CaseOutcome[]> {
  const server = await startKizenServer({ ...options, faults });
  try {
    return await runConformance(kizenSettings(server.url, seed), KIZEN_RUN);
  } finally {
    await server.close();
  }
}

/** One line per finding, for assertion messages. */
export function describeKizenFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.check} [${f.level}] ${f.clauses.join(',')} in ${f.testCase}: ${f.message}`).join('\n');
}
