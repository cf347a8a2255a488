/**
 * Connections that break mid-response: a body shorter than its content-length followed by a
 * close, a reset (TCP RST) after part of the body, and a server that does not speak HTTP.
 * On the record endpoints each is a REPLY_COMPLETE finding naming the broken request, the
 * cases end without an error and clean-up still runs; a server that breaks discovery as well
 * is down, and every case ends with CRMC_TARGET_PROTOCOL.
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

function expectBrokenReplies(run: HostileRun, cause: RegExp): void {
  expect(run.errorCodes).toEqual(['none']);
  expect(run.findingChecks).toEqual(['REPLY_COMPLETE']);
  expect(run.outcomes.flatMap((o) => o.leftovers)).toEqual([]);
  const findings = run.outcomes.flatMap((o) => o.findings);
  expect(findings.length).toBeGreaterThan(20);
  for (const finding of findings) {
    expect(finding).toMatchObject({ level: 'MUST', clauses: ['ZEEG-RECORD-001'], expected: 'a complete HTTP reply', observed: 'CRMC_TARGET_PROTOCOL' });
    expect(finding.message).toMatch(/^(POST|PUT|PATCH|GET|DELETE) \/v2\/crm\/products\S* got no complete reply: broken response from http:\/\/127\.0\.0\.1:\d+\/v2 \(/);
    expect(finding.message).toMatch(cause);
    expect(finding.exchanges.at(-1)?.error?.code).toBe('CRMC_TARGET_PROTOCOL');
  }
  expect(run.outcomes.filter((o) => o.findings.length === 0).map((o) => o.testCase.split(':')[0])).toEqual(expect.arrayContaining(UNTOUCHED));
}

describe('connections that break mid-response', () => {
  it('content-length 1000, 20 bytes sent, then close: REPLY_COMPLETE findings', async () => {
    expectBrokenReplies(await runAgainst(truncatedBody), /\(UND_ERR_SOCKET: other side closed\)$/);
  });

  it('a connection reset after part of the body: REPLY_COMPLETE findings', async () => {
    // Depending on timing, undici sees the reset as a closed socket or as ECONNRESET.
    expectBrokenReplies(await runAgainst(resetMidResponse), /\((UND_ERR_SOCKET: other side closed|ECONNRESET: read ECONNRESET)\)$/);
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
