/**
 * The in-process engine held back: with --rate 20 the reference server never sees more than 20
 * requests in any second and the verdicts are those of an unpaced run; a server answering 429
 * with Retry-After: 1 to a share of requests holds the whole run back, the run completes with
 * the same verdicts, and the throttle figures count every 429 and the wait.
 */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { CaseOutcome } from '../../src/core/findings.ts';
import { runThrottle } from '../../src/report/run-throttle.ts';
import type { RunSettings } from '../../src/runner/settings.ts';
import { runHostile } from '../hostile/run-hostile.ts';
import { productRecords, startHostileTarget, type HostileTarget } from '../hostile/servers/hostile-target.ts';
import { rateLimited } from '../hostile/servers/misbehaviours.ts';
import { maxInWindow } from '../../bench/window-count.ts';

/** Short runs: four cases on products, about seventy requests. */
const SMALL: Partial<RunSettings> = { only: ['ZEEG-TYPES-003'], runs: 2, seed: 3, concurrency: 4 };

/** Per case, each check's verdict and the findings' checks: what must not change with pacing. */
function verdicts(outcomes: readonly CaseOutcome[]): string[] {
  return outcomes
    .map((o) => {
      const checks = o.tallies.map((t) => `${t.check}=${t.failures > 0 ? 'failed' : t.passes > 0 ? 'passed' : 'skipped'}`).sort();
      return `${o.suite}/${o.testCase} ${o.error?.code ?? 'ok'} ${checks.join(',')} findings:${o.findings.map((f) => f.check).join(',')}`;
    })
    .sort();
}

/** A target that passes everything on, noting when each request arrives. */
async function recordingTarget(): Promise<{ target: HostileTarget; arrivals: number[] }> {
  const arrivals: number[] = [];
  const target = await startHostileTarget({ when: () => (arrivals.push(performance.now()), false), behave: () => undefined });
  return { target, arrivals };
}

describe('runConformance with --rate', () => {
  it('rate 20: at most 20 requests reach the server in any second, and the verdicts are those of an unpaced run', async () => {
    const { target, arrivals } = await recordingTarget();
    try {
      const free = await runHostile(target.url, SMALL);
      const sentFree = arrivals.splice(0).length;
      const paced = await runHostile(target.url, { ...SMALL, rate: 20 });
      expect(arrivals.length).toBe(sentFree);
      expect(arrivals.length).toBeGreaterThan(40);
      expect(maxInWindow(arrivals, 1_000)).toBeLessThanOrEqual(20);
      expect(verdicts(paced.outcomes)).toEqual(verdicts(free.outcomes));
      expect(paced.errorCodes).toEqual(['none']);
      const throttle = runThrottle(paced.outcomes, 20)!;
      expect(throttle.throttled).toBe(0);
      expect(throttle.rateWaitMs).toBeGreaterThan(0);
      expect(runThrottle(free.outcomes)).toBeUndefined();
    } finally {
      await target.close();
    }
  });
});

describe('runConformance against a server answering 429', () => {
  /** 429 with Retry-After: 1 to every tenth product request, at most one each 1.5 s (a retry a second later gets through). */
  function everyTenth(): (req: IncomingMessage) => boolean {
    let seen = 0;
    let last = -Infinity;
    return (req) => {
      if (!productRecords(req) || (seen += 1) % 10 !== 0 || performance.now() - last < 1_500) return false;
      last = performance.now();
      return true;
    };
  }

  it('the run waits out every Retry-After, completes with the same verdicts, and counts the 429s and the wait', async () => {
    const plain = await recordingTarget();
    const limited = await startHostileTarget({ when: everyTenth(), behave: rateLimited('1') });
    try {
      const free = await runHostile(plain.target.url, SMALL);
      const held = await runHostile(limited.url, SMALL);
      expect(held.errorCodes).toEqual(['none']);
      expect(verdicts(held.outcomes)).toEqual(verdicts(free.outcomes));
      const throttle = runThrottle(held.outcomes)!;
      expect(limited.counts.hostile).toBeGreaterThan(0);
      expect(throttle.throttled).toBe(limited.counts.hostile);
      expect(throttle.rateWaitMs).toBe(0);
      // Each 429'd request waits its second; the other cases' requests wait with it.
      expect(throttle.retryAfterWaitMs).toBeGreaterThan(990 * limited.counts.hostile);
      expect(held.outcomes.filter((o) => o.throttle !== undefined).length).toBeGreaterThan(1);
    } finally {
      await limited.close();
      await plain.target.close();
    }
  });
});
