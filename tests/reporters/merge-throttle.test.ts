/**
 * Merging shard reports keeps the throttle figures: the 429s and waits of every shard summed,
 * with the shards' --rate; shards that were never held back merge without any.
 */
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/report/report-types.ts';
import { mergeReports } from '../../src/reporters/merge-reports.ts';
import { sampleReport } from './fixtures/sample-report.ts';

function shard(index: number, throttle?: RunReport['run']['throttle']): RunReport {
  const report = sampleReport();
  report.run.shard = { index, count: 2 };
  if (throttle !== undefined) report.run.throttle = throttle;
  return report;
}

describe('mergeReports and run.throttle', () => {
  it('sums the shards\' 429s and waits and keeps their rate', () => {
    const merged = mergeReports([
      shard(1, { rate: 10, throttled: 2, rateWaitMs: 1_500, retryAfterWaitMs: 2_000 }),
      shard(2, { rate: 10, throttled: 1, rateWaitMs: 500, retryAfterWaitMs: 1_000 }),
    ]);
    expect(merged.run.throttle).toEqual({ rate: 10, throttled: 3, rateWaitMs: 2_000, retryAfterWaitMs: 3_000 });
  });

  it('has none when no shard was held back', () => {
    expect(mergeReports([shard(1), shard(2)]).run.throttle).toBeUndefined();
  });
});
