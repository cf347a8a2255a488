/**
 * Runs the in-process engine against a hostile target with small budgets and sums up what
 * came back: the error codes the cases ended with, the check codes of the findings, and the
 * wall time of the whole run.
 */
import type { CaseOutcome } from '../../src/core/findings.ts';
import { MEMBER_IDS, READ_TOKEN, WRITE_TOKEN } from '../../src/reference/zeeg/index.ts';
import { planCases, runConformance } from '../../src/runner/run-conformance.ts';
import type { RunSettings } from '../../src/runner/settings.ts';

export interface HostileRun {
  outcomes: CaseOutcome[];
  /** Wall time of runConformance. */
  ms: number;
  /** Each distinct `error.code` of the cases, sorted; "none" for a case that ended without one. */
  errorCodes: string[];
  /** Each distinct check code among the findings, sorted. */
  findingChecks: string[];
}

/** runs 3, timeout 1 s, concurrency 4, products only, seed 7. */
export function hostileSettings(baseUrl: string, overrides: Partial<RunSettings> = {}): RunSettings {
  return {
    api: 'zeeg', baseUrl, embedded: false, token: WRITE_TOKEN, readToken: READ_TOKEN,
    objects: ['products'], members: [...MEMBER_IDS], seed: 7, runs: 3, strict: false, only: [],
    timeoutMs: 1_000, concurrency: 4, runId: 'crmchostile', ...overrides,
  };
}

/** How many cases a run with these settings plans. */
export function plannedCount(settings: RunSettings): number {
  return planCases(settings).length;
}

export async function runHostile(baseUrl: string, overrides: Partial<RunSettings> = {}): Promise<HostileRun> {
  const started = performance.now();
  const outcomes = await runConformance(hostileSettings(baseUrl, overrides));
  const ms = performance.now() - started;
  const errorCodes = [...new Set(outcomes.map((o) => o.error?.code ?? 'none'))].sort();
  const findingChecks = [...new Set(outcomes.flatMap((o) => o.findings.map((f) => f.check)))].sort();
  return { outcomes, ms, errorCodes, findingChecks };
}

/**
 * The longest a run against a target that never answers may take: each case waits out one
 * request timeout (the client gives up on the target after it), `concurrency` cases at a
 * time, plus a margin for the rest of the work.
 */
export function hangingRunBound(run: HostileRun, settings: Pick<RunSettings, 'concurrency' | 'timeoutMs'> = hostileSettings('')): number {
  return Math.ceil(run.outcomes.length / settings.concurrency) * settings.timeoutMs + 5_000;
}

/** Every exchange the findings carry, for assertions on what was sent and received. */
export function findingExchanges(run: HostileRun): CaseOutcome['findings'][number]['exchanges'] {
  return run.outcomes.flatMap((o) => o.findings.flatMap((f) => f.exchanges));
}
