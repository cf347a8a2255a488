/**
 * Connections that break mid-response: a body shorter than its content-length followed by a
 * close, a reset (TCP RST) after part of the body, and a server that does not speak HTTP.
 * Each is CRMC_TARGET_PROTOCOL for the case it hits; the client goes on (a protocol error is
 * not fatal), so clean-up still runs.
 */
import { describe, expect, it } from 'vitest';
import { runHostile, type HostileRun } from './run-hostile.ts';
import { productRecords, startHostileTarget } from './servers/hostile-target.ts';
import { resetMidResponse, truncatedBody } from './servers/misbehaviours.ts';
import type { Misbehaviour } from './servers/hostile-target.ts';
import { listenNet } from './servers/listen.ts';

/** Cases that send nothing to a products record endpoint: discovery, and writes to a missing object. */
const UNTOUCHED = ['ZEEG-DISCOVERY-001 ZEEG-DISCOVERY-002 ZEEG-DISCOVERY-003', 'ZEEG-AUTH-003', 'ZEEG-CREATE-005'];

async function runAgainst(behave: Misbehaviour): Promise<HostileRun> {
  const target = await startHostileTarget({ when: productRecords, behave });
  try {
    return await runHostile(target.url);
  } finally {
    await target.close();
  }
}

function expectProtocolFailures(run: HostileRun, cause: RegExp): void {
  expect(run.errorCodes).toEqual(['CRMC_TARGET_PROTOCOL', 'none']);
  expect(run.outcomes.filter((o) => o.error === undefined).map((o) => o.testCase.split(':')[0])).toEqual(UNTOUCHED);
  expect(run.findingChecks).toEqual([]);
  expect(run.outcomes.flatMap((o) => o.leftovers)).toEqual([]);
  for (const outcome of run.outcomes.filter((o) => o.error !== undefined)) {
    expect(outcome.error!.message).toMatch(/^broken response from http:\/\/127\.0\.0\.1:\d+\/v2 \(/);
    expect(outcome.error!.message).toMatch(cause);
  }
}

describe('connections that break mid-response', () => {
  it('content-length 1000, 20 bytes sent, then close: CRMC_TARGET_PROTOCOL', async () => {
    expectProtocolFailures(await runAgainst(truncatedBody), /\(UND_ERR_SOCKET: other side closed\)$/);
  });

  it('a connection reset after part of the body: CRMC_TARGET_PROTOCOL', async () => {
    // Depending on timing, undici sees the reset as a closed socket or as ECONNRESET.
    expectProtocolFailures(await runAgainst(resetMidResponse), /\((UND_ERR_SOCKET: other side closed|ECONNRESET: read ECONNRESET)\)$/);
  });

  it('a server that answers with an SSH banner: CRMC_TARGET_PROTOCOL naming the parser error (regression: "UNKNOWN")', async () => {
    const server = await listenNet((socket) => socket.once('data', () => socket.end('SSH-2.0-OpenSSH_9.6\r\n')));
    try {
      const run = await runHostile(server.url);
      expect(run.errorCodes).toEqual(['CRMC_TARGET_PROTOCOL']);
      expect(run.findingChecks).toEqual([]);
      expect(run.outcomes[0]!.error!.message).toBe(`broken response from ${server.url} (HTTPParserError: Response does not match the HTTP/1.1 protocol (Expected HTTP/, RTSP/ or ICE/))`);
    } finally {
      await server.close();
    }
  });
});
