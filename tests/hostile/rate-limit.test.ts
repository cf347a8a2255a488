/**
 * 429 Too Many Requests: Retry-After is honoured (the request is sent again and the run goes
 * on) and bounded (a Retry-After of an hour costs at most the client's cap per retry).
 */
import { describe, expect, it } from 'vitest';
import { runHostile } from './run-hostile.ts';
import { everything, productRecords, startHostileTarget } from './servers/hostile-target.ts';
import { rateLimited } from './servers/misbehaviours.ts';

describe('429 with Retry-After', () => {
  it('Retry-After: 1 on the first two record requests: both are retried and the run is clean', async () => {
    let limited = 0;
    const target = await startHostileTarget({ when: (req) => productRecords(req) && (limited += 1) <= 2, behave: rateLimited('1') });
    try {
      const run = await runHostile(target.url, { only: ['ZEEG-CREATE-001'] });
      expect(target.counts.hostile).toBe(2);
      expect(run.errorCodes).toEqual(['none']);
      expect(run.findingChecks).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('Retry-After: 3600 on everything: two capped retries, then the 429 is charged to discovery', async () => {
    const target = await startHostileTarget({ when: everything, behave: rateLimited('3600') });
    try {
      const run = await runHostile(target.url, { only: ['ZEEG-DISCOVERY-001'] });
      expect(target.counts.total).toBe(3);
      expect(run.errorCodes).toEqual(['none']);
      expect(run.findingChecks).toEqual(['DISCOVERY_SHAPE']);
      expect((run.outcomes[0]!.findings[0]!.observed as { status: number }).status).toBe(429);
    } finally {
      await target.close();
    }
  });
});
