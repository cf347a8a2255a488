/**
 * How much the target and --rate held the run back, summed from the case outcomes: the 429
 * answers, and the milliseconds requests waited for the rate and for Retry-After pauses.
 */
import type { CaseOutcome } from '../core/findings.ts';
import type { RunReport, RunThrottle } from './report-types.ts';

/** The run's throttle figures; undefined for a run without --rate that no 429 held back. */
export function runThrottle(outcomes: readonly CaseOutcome[], rate?: number): RunThrottle | undefined {
  const sum: RunThrottle = { ...(rate === undefined ? {} : { rate }), throttled: 0, rateWaitMs: 0, retryAfterWaitMs: 0 };
  for (const { throttle } of outcomes) {
    if (throttle === undefined) continue;
    sum.throttled += throttle.throttled;
    sum.rateWaitMs += throttle.rateWaitMs;
    sum.retryAfterWaitMs += throttle.retryAfterWaitMs;
  }
  const idle = sum.throttled === 0 && sum.rateWaitMs === 0 && sum.retryAfterWaitMs === 0;
  return idle && rate === undefined ? undefined : sum;
}

/** The run section with its throttle figures, when there are any. */
export function withThrottle(run: RunReport['run'], outcomes: readonly CaseOutcome[], rate?: number): RunReport['run'] {
  const throttle = runThrottle(outcomes, rate);
  return throttle === undefined ? run : { ...run, throttle };
}
