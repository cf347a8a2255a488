/**
 * The run's shared connections: one pool per run and target, taken by each session and closed
 * by the last one out; a run's cases reuse connections instead of opening their own.
 */
import diagnostics from 'node:diagnostics_channel';
import { describe, expect, it } from 'vitest';
import { ZEEG } from '../../src/apis/zeeg/index.ts';
import { releaseRunPool, runPoolUsers, takeRunPool } from '../../src/runner/run-pool.ts';
import { planCases, runConformance } from '../../src/suites/run-conformance.ts';
import type { RunSettings } from '../../src/runner/settings.ts';
import { mustChecksNeverPassed } from '../support/must-evidence.ts';

const settings = (runId: string) => ({ runId, baseUrl: 'http://127.0.0.1:9/v2', concurrency: 2, timeoutMs: 1_000 });

describe('the run pool', () => {
  it('is one per run, shared while any session holds it, and closed by the last release', async () => {
    const a = takeRunPool(settings('crmcpoola'));
    expect(takeRunPool(settings('crmcpoola'))).toBe(a);
    expect(takeRunPool(settings('crmcpoolb'))).not.toBe(a);
    expect(runPoolUsers(settings('crmcpoola'))).toBe(2);
    await releaseRunPool(settings('crmcpoola'));
    expect(a.closed).toBe(false);
    await releaseRunPool(settings('crmcpoola'));
    expect([a.closed, runPoolUsers(settings('crmcpoola'))]).toEqual([true, 0]);
    expect(takeRunPool(settings('crmcpoola'))).not.toBe(a);
    await releaseRunPool(settings('crmcpoola'));
    await releaseRunPool(settings('crmcpoolb'));
  });

  it('lets a run open fewer connections than it has cases, and closes them when it ends', async () => {
    const server = await ZEEG.reference.start({ faults: [] });
    let connects = 0;
    const count = () => (connects += 1);
    diagnostics.channel('undici:client:connected').subscribe(count);
    try {
      const embedded = ZEEG.reference;
      const run: RunSettings = {
        api: ZEEG.name, baseUrl: server.url, embedded: true, token: embedded.token, readToken: embedded.readToken,
        objects: [...embedded.objects], members: [...embedded.members], seed: 1, runs: 2, strict: false, only: [], timeoutMs: 5_000, concurrency: 4, runId: 'crmcpoolrun',
      };
      const outcomes = await runConformance(run, ZEEG);
      expect(outcomes.every((o) => o.error === undefined && o.findings.length === 0)).toBe(true);
      expect(mustChecksNeverPassed(outcomes, ZEEG.checks)).toEqual([]);
      expect(outcomes.length).toBe(planCases(run, ZEEG.suites).length);
      expect(connects).toBeLessThan(outcomes.length);
      expect(runPoolUsers(run)).toBe(0);
    } finally {
      diagnostics.channel('undici:client:connected').unsubscribe(count);
      await server.close();
    }
  });
});
