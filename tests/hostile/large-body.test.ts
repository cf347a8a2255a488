/**
 * A 50 MB response on every record request: the client reads at most its 1 MiB limit, marks
 * the exchange truncated, keeps 64 KiB of it as evidence, and the target cannot push more than
 * its socket buffers hold. Process RSS stays below one such body over a whole run.
 */
import { describe, expect, it } from 'vitest';
import { checks, NO_RECORD_CREATED, REFUSALS_MISSED } from './expected-checks.ts';
import { findingExchanges, runHostile, type HostileRun } from './run-hostile.ts';
import { productRecords, startHostileTarget } from './servers/hostile-target.ts';
import { hugeBody, type SentBytes } from './servers/misbehaviours.ts';

const FIFTY_MB = 50 * 1024 * 1024;

/** Runs once while sampling RSS every 10 ms; returns the run and the peak growth in bytes. */
async function runSampled(url: string): Promise<{ run: HostileRun; rssGrowth: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const run = await runHostile(url);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { run, rssGrowth: peak - before };
  } finally {
    clearInterval(timer);
  }
}

describe('a 50 MB response', () => {
  it('is read bounded, marked truncated, and never held whole', async () => {
    const sent: SentBytes = { bytes: 0 };
    const target = await startHostileTarget({ when: productRecords, behave: hugeBody(FIFTY_MB, sent) });
    try {
      // The first run loads and compiles what every run shares; the second is measured.
      await runHostile(target.url);
      const hostileBefore = target.counts.hostile;
      const sentBefore = sent.bytes;
      const { run, rssGrowth } = await runSampled(target.url);
      const requests = target.counts.hostile - hostileBefore;

      expect(run.errorCodes).toEqual(['none']);
      expect(run.findingChecks).toEqual(checks(REFUSALS_MISSED, NO_RECORD_CREATED, 'CREATE_STATUS_201', 'RECORD_ENVELOPE'));
      const envelope = run.outcomes.flatMap((o) => o.findings).find((f) => f.check === 'RECORD_ENVELOPE')!;
      expect(envelope.message).toBe('the 200 response body is not JSON (body over the 1048576-byte read limit)');

      const large = findingExchanges(run).filter((e) => e.response?.headers['content-length'] === String(FIFTY_MB));
      expect(large.length).toBeGreaterThan(0);
      expect(large.every((e) => e.response!.truncated && e.response!.body.length === 64 * 1024)).toBe(true);

      expect(requests).toBeGreaterThan(50);
      expect((sent.bytes - sentBefore) / requests).toBeLessThan(8 * 1024 * 1024);
      // Less than one body: a client that buffered a reply whole would grow by 50 MB at least. The
      // margin leaves room for the run's own allocations on a loaded machine (up to ~26 MB seen).
      expect(rssGrowth).toBeLessThan(0.8 * FIFTY_MB);
    } finally {
      await target.close();
    }
  });
});
