/**
 * A target that drips its body, one byte every 100 ms: each byte would reset an idle timer,
 * so only a deadline on the whole exchange stops it. Every case ends with CRMC_TARGET_TIMEOUT.
 */
import { describe, expect, it } from 'vitest';
import { hangingRunBound, hostileSettings, runHostile, WAIT_FOR_TIMEOUTS } from './run-hostile.ts';
import { everything, startHostileTarget } from './servers/hostile-target.ts';
import { dripBody } from './servers/misbehaviours.ts';

describe('a slow drip response', () => {
  it('a byte every 100 ms, longer than the 1 s timeout: every case ends with CRMC_TARGET_TIMEOUT', async () => {
    const target = await startHostileTarget({ when: everything, behave: dripBody(100) });
    try {
      const run = await runHostile(target.url, WAIT_FOR_TIMEOUTS);
      expect(run.errorCodes).toEqual(['CRMC_TARGET_TIMEOUT']);
      expect(run.findingChecks).toEqual([]);
      // Cases that started sent one request; once one failed, the rest did not start.
      expect(run.outcomes.every((o) => o.requests <= 1)).toBe(true);
      expect(run.outcomes.filter((o) => o.requests === 1).length).toBeLessThanOrEqual(hostileSettings('http://127.0.0.1/v2').concurrency);
      expect(target.counts.total).toBe(run.outcomes.filter((o) => o.requests === 1).length);
      expect(run.ms).toBeLessThan(hangingRunBound(run, { ...hostileSettings(''), ...WAIT_FOR_TIMEOUTS }));
    } finally {
      await target.close();
    }
  });
});
