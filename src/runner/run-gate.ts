/**
 * One RateGate per run, shared by every session of it: the CLI runs all of an API's cases in one
 * vitest worker and the in-process engine in one process, so a map in this module reaches every
 * request of the run. The gate paces --rate and holds everyone back while a 429's Retry-After
 * runs.
 */
import type { ThrottleCounts } from '../core/findings.ts';
import { RateGate } from '../http/rate-gate.ts';
import type { RunSettings } from './settings.ts';

const gates = new Map<string, RateGate>();

/** The gate of the run `settings.runId`, made on first use with the run's rate. */
export function runGate(settings: Pick<RunSettings, 'runId' | 'rate'>): RateGate {
  let gate = gates.get(settings.runId);
  if (gate === undefined) {
    gate = new RateGate(settings.rate);
    gates.set(settings.runId, gate);
  }
  return gate;
}

/** Forgets a finished run's gate. */
export function dropRunGate(runId: string): void {
  gates.delete(runId);
}

/** The counts to put in a case's outcome: undefined when the case was neither throttled nor paced. */
export function throttleOf(counts: ThrottleCounts): ThrottleCounts | undefined {
  return counts.throttled === 0 && counts.rateWaitMs === 0 && counts.retryAfterWaitMs === 0 ? undefined : { ...counts };
}
