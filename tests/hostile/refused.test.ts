/**
 * A target nobody listens on: every case ends at its first request with
 * CRMC_TARGET_UNREACHABLE, nothing is judged, and once one case has failed no other starts.
 */
import { describe, expect, it } from 'vitest';
import { plannedCount, hostileSettings, runHostile } from './run-hostile.ts';
import { closedPort } from './servers/listen.ts';

describe('a refused connection', () => {
  it('ends every case with CRMC_TARGET_UNREACHABLE after one request each', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v2`;
    const run = await runHostile(url);
    expect(run.outcomes).toHaveLength(plannedCount(hostileSettings(url)));
    expect(run.errorCodes).toEqual(['CRMC_TARGET_UNREACHABLE']);
    expect(run.findingChecks).toEqual([]);
    // Cases that started sent one request; once one failed, the rest did not start.
    expect(run.outcomes.every((o) => o.requests <= 1)).toBe(true);
    expect(run.outcomes.filter((o) => o.requests === 1).length).toBeLessThanOrEqual(hostileSettings('http://127.0.0.1/v2').concurrency);
    expect(run.outcomes[0]!.error!.message).toMatch(/^target unreachable: http:\/\/127\.0\.0\.1:\d+\/v2 \(ECONNREFUSED\)$/);
  });

  it('ends the same way with both objects and the full budget of a default run', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v2`;
    const run = await runHostile(url, { objects: ['products', 'suppliers'], runs: 25, concurrency: 16 });
    expect(run.errorCodes).toEqual(['CRMC_TARGET_UNREACHABLE']);
    expect(run.findingChecks).toEqual([]);
    expect(run.outcomes.every((o) => o.requests <= 1)).toBe(true);
    expect(run.outcomes.filter((o) => o.requests === 1).length).toBeLessThanOrEqual(16);
  });
});
