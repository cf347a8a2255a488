/**
 * Targets that accept and never answer: the per-request deadline ends each case with
 * CRMC_TARGET_TIMEOUT and the run still finishes. The client gives up on a target after a
 * timeout, so a case sends one request that hangs and no more.
 */
import { describe, expect, it } from 'vitest';
import { hostileSettings, plannedCount, runHostile, WAIT_FOR_SOME_TIMEOUTS, WAIT_FOR_TIMEOUTS } from './run-hostile.ts';
import { startHostileTarget, productRecords } from './servers/hostile-target.ts';
import { listenNet } from './servers/listen.ts';
import { neverAnswer } from './servers/misbehaviours.ts';

describe('a target that never answers', () => {
  it('a TCP server that accepts and says nothing: every case ends with CRMC_TARGET_TIMEOUT', async () => {
    let requestsSeen = 0;
    const server = await listenNet((socket) => socket.once('data', () => (requestsSeen += 1)));
    try {
      const run = await runHostile(server.url, WAIT_FOR_TIMEOUTS);
      expect(run.outcomes).toHaveLength(plannedCount(hostileSettings(server.url)));
      expect(run.errorCodes).toEqual(['CRMC_TARGET_TIMEOUT']);
      expect(run.findingChecks).toEqual([]);
      // Cases that started sent one request; once one failed, the rest did not start.
      expect(run.outcomes.every((o) => o.requests <= 1)).toBe(true);
      expect(run.outcomes.filter((o) => o.requests === 1).length).toBeLessThanOrEqual(hostileSettings('http://127.0.0.1/v2').concurrency);
      expect(run.outcomes.find((o) => o.requests === 1)!.error!.message).toBe(`target did not answer within 200 ms: ${server.url}`);
      // Each hanging request reached the server once: none was sent again after its timeout.
      expect(requestsSeen).toBe(run.outcomes.filter((o) => o.requests === 1).length);
    } finally {
      await server.close();
    }
  });

  it('record endpoints that never answer: discovery cases pass, every writing case times out', async () => {
    const target = await startHostileTarget({ when: productRecords, behave: neverAnswer });
    try {
      const run = await runHostile(target.url, WAIT_FOR_SOME_TIMEOUTS);
      const clean = run.outcomes.filter((o) => o.error === undefined).map((o) => o.testCase.split(':')[0]);
      // Only cases that never touch the products records can pass, and only those that started
      // before the first timeout: after it the run starts no new case.
      expect(clean.length).toBeGreaterThan(0);
      for (const title of clean) expect(['ZEEG-DISCOVERY-001 ZEEG-DISCOVERY-002 ZEEG-DISCOVERY-003', 'ZEEG-AUTH-003', 'ZEEG-CREATE-005']).toContain(title);
      expect(run.errorCodes).toEqual(['CRMC_TARGET_TIMEOUT', 'none']);
      expect(run.findingChecks).toEqual([]);
      // The supplier anchors cannot be deleted once the client has given up on the target:
      // they are reported as leftovers, never dropped silently.
      for (const outcome of run.outcomes.filter((o) => o.error !== undefined && o.requests > 0)) {
        expect(outcome.leftovers.map((l) => [l.objectSlug, l.reason])).toEqual(Array(3).fill(['suppliers', `target did not answer within 1000 ms: ${target.url}`]));
      }
    } finally {
      await target.close();
    }
  });
});
