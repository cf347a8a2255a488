/**
 * The one line every reporter prints about throttling: how often the target answered 429 and
 * how long requests waited for Retry-After and for --rate (summed over requests, so ten
 * requests held back for a second count ten seconds). Nothing to say when all are zero.
 */
import type { RunReport } from '../report/report-types.ts';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The line, or undefined for a run that was neither throttled nor paced. */
export function throttleText(run: RunReport['run']): string | undefined {
  const t = run.throttle;
  if (t === undefined || (t.throttled === 0 && t.rateWaitMs === 0 && t.retryAfterWaitMs === 0)) return undefined;
  const parts: string[] = [];
  if (t.throttled > 0 || t.retryAfterWaitMs > 0) parts.push(`${t.throttled} × 429, ${seconds(t.retryAfterWaitMs)} waiting for Retry-After`);
  if (t.rate !== undefined || t.rateWaitMs > 0) parts.push(`${seconds(t.rateWaitMs)} waiting for ${t.rate === undefined ? 'the rate limit' : `--rate ${t.rate}`}`);
  return `${parts.join('; ')} (summed over requests)`;
}
