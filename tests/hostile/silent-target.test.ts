/**
 * Targets that accept and never answer. A target silent on discovery is down: the per-request
 * deadline ends each case with CRMC_TARGET_TIMEOUT, a case sends one request that hangs and no
 * more, and the run still finishes. A target whose record endpoints hang draws REPLY_COMPLETE
 * findings, until three timeouts in a row in one case mark it down.
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

  it('record endpoints that never answer: REPLY_COMPLETE findings, then down after three timeouts in a row', async () => {
    const target = await startHostileTarget({ when: productRecords, behave: neverAnswer });
    try {
      const run = await runHostile(target.url, WAIT_FOR_SOME_TIMEOUTS);
      expect(run.errorCodes).toEqual(['CRMC_TARGET_TIMEOUT', 'none']);
      expect(run.findingChecks).toEqual(['REPLY_COMPLETE']);
      const findings = run.outcomes.flatMap((o) => o.findings);
      for (const finding of findings) expect(finding.message).toMatch(/^(POST|PUT|PATCH|GET|DELETE) \/v2\/crm\/products\S* got no complete reply: target did not answer within 1000 ms: /);
      // A case ended by the third timeout in a row says so, and no case starts after it.
      const down = run.outcomes.filter((o) => o.error?.code === 'CRMC_TARGET_TIMEOUT');
      expect(down.some((o) => o.error!.message === `target did not answer within 1000 ms: ${target.url}`)).toBe(true);
      expect(down.filter((o) => o.requests === 0).every((o) => o.error!.message.startsWith('not run: '))).toBe(true);
    } finally {
      await target.close();
    }
  });
});
