/**
 * Runs the in-process engine against a hostile target with small budgets and sums up what
 * came back: the error codes the cases ended with and the check codes of the findings. No
 * test bounds the wall time of a run: a loaded machine is slow, not wrong; the tests assert
 * what happened (codes, requests, attempts) instead.
 */
import { randomBytes } from 'node:crypto';
import type { CaseOutcome } from '../../src/core/findings.ts';
import { MEMBER_IDS, READ_TOKEN, WRITE_TOKEN } from '../../src/apis/zeeg/reference/index.ts';
import { planCases, runConformance } from '../../src/suites/run-conformance.ts';
import type { RunSettings } from '../../src/runner/settings.ts';
import { ZEEG_RUN, ZEEG_SUITES } from '../../src/apis/zeeg/suites/index.ts';

export interface HostileRun {
  outcomes: CaseOutcome[];
  /** Each distinct `error.code` of the cases, sorted; "none" for a case that ended without one. */
  errorCodes: string[];
  /** Each distinct check code among the findings, sorted. */
  findingChecks: string[];
}

/**
 * runs 3, timeout 4 s (less where a test waits for timeouts), concurrency 4, products only,
 * seed 7, and a run id of its own: runs of parallel test files must not share a target-down mark.
 */
export function hostileSettings(baseUrl: string, overrides: Partial<RunSettings> = {}): RunSettings {
  return {
    api: 'zeeg', baseUrl, embedded: false, token: WRITE_TOKEN, readToken: READ_TOKEN,
    objects: ['products'], members: [...MEMBER_IDS], seed: 7, runs: 3, strict: false, only: [],
    timeoutMs: 4_000, concurrency: 4, runId: `crmch${randomBytes(4).toString('hex')}`, ...overrides,
  };
}

/**
 * For targets where every request hangs: the smallest timeout that still tells the idle timer
 * from the per-request deadline (the slow drip sends a byte every 20 ms).
 */
export const WAIT_FOR_TIMEOUTS = { timeoutMs: 200 } as const;

/** For targets where some endpoints answer and others hang: the answers must fit in it on a busy machine. */
export const WAIT_FOR_SOME_TIMEOUTS = { timeoutMs: 1_000 } as const;

/** How many cases a run with these settings plans. */
export function plannedCount(settings: RunSettings): number {
  return planCases(settings, ZEEG_SUITES).length;
}

export async function runHostile(baseUrl: string, overrides: Partial<RunSettings> = {}): Promise<HostileRun> {
  const outcomes = await runConformance(hostileSettings(baseUrl, overrides), ZEEG_RUN);
  const errorCodes = [...new Set(outcomes.map((o) => o.error?.code ?? 'none'))].sort();
  const findingChecks = [...new Set(outcomes.flatMap((o) => o.findings.map((f) => f.check)))].sort();
  return { outcomes, errorCodes, findingChecks };
}

/** Every exchange the findings carry, for assertions on what was sent and received. */
export function findingExchanges(run: HostileRun): CaseOutcome['findings'][number]['exchanges'] {
  return run.outcomes.flatMap((o) => o.findings.flatMap((f) => f.exchanges));
}
