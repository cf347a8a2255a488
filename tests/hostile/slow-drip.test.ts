/**
 * A target that drips its body, one byte every 20 ms: each byte would reset an idle timer,
 * so only a deadline on the whole exchange (200 ms here) stops it. Every case ends with
 * CRMC_TARGET_TIMEOUT, and every dripping response is cut by the client, never finished.
 */
import { describe, expect, it, vi } from 'vitest';
import { hostileSettings, runHostile, WAIT_FOR_TIMEOUTS } from './run-hostile.ts';
import { everything, startHostileTarget } from './servers/hostile-target.ts';
import { dripBody, type DripCount } from './servers/misbehaviours.ts';

describe('a slow drip response', () => {
  it('a byte every 20 ms, longer than the 200 ms timeout: every case ends with CRMC_TARGET_TIMEOUT', async () => {
    const drips: DripCount = { started: 0, cut: 0 };
    const target = await startHostileTarget({ when: everything, behave: dripBody(20, drips) });
    try {
      const run = await runHostile(target.url, WAIT_FOR_TIMEOUTS);
      expect(run.errorCodes).toEqual(['CRMC_TARGET_TIMEOUT']);
      expect(run.findingChecks).toEqual([]);
      // Cases that started sent one request; once one failed, the rest did not start.
      expect(run.outcomes.every((o) => o.requests <= 1)).toBe(true);
      expect(run.outcomes.filter((o) => o.requests === 1).length).toBeLessThanOrEqual(hostileSettings('http://127.0.0.1/v2').concurrency);
      expect(target.counts.total).toBe(run.outcomes.filter((o) => o.requests === 1).length);
      expect(run.outcomes.find((o) => o.requests === 1)!.error!.message).toBe(`target did not answer within 200 ms: ${target.url}`);
      // The client cut every drip (the server sees the close once the socket is gone).
      await vi.waitFor(() => expect(drips.cut).toBe(target.counts.total), { timeout: 30_000 });
      expect(drips.started).toBe(target.counts.total);
    } finally {
      await target.close();
    }
  });
});
