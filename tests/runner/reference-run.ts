/**
 * Runs the in-process engine with the default budget against a fresh reference server on
 * port 0, with the given faults switched on, and closes the server afterwards.
 */
import { randomBytes } from 'node:crypto';
import type { CaseOutcome, Finding } from '../../src/core/findings.ts';
import { MEMBER_IDS, READ_TOKEN, startReferenceServer, WRITE_TOKEN } from '../../src/apis/zeeg/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { DEFAULTS, type RunSettings } from '../../src/runner/settings.ts';
import { ZEEG_RUN } from '../../src/apis/zeeg/suites/index.ts';

export async function runAgainstReference(faults: string[], seed: number): Promise<CaseOutcome[]> {
  const server = await startReferenceServer({ faults });
  try {
    const settings: RunSettings = {
      api: 'zeeg', baseUrl: server.url, embedded: true, token: WRITE_TOKEN, readToken: READ_TOKEN,
      objects: ['products', 'suppliers'], members: [...MEMBER_IDS], seed, runs: DEFAULTS.runs, strict: false, only: [],
      timeoutMs: DEFAULTS.timeoutMs, concurrency: DEFAULTS.concurrency, runId: `crmct${(seed >>> 0).toString(16)}${randomBytes(3).toString('hex')}`,
    };
    return await runConformance(settings, ZEEG_RUN);
  } finally {
    await server.close();
  }
}

/** One line per finding, for assertion messages. */
export function describeFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.check} [${f.level}] ${f.clauses.join(',')} in ${f.testCase}: ${f.message}`).join('\n');
}
