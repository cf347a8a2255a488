/**
 * One operation broken, the rest sound: a target that never answers PATCH, one that resets
 * the connection on every PUT, and one that serves an HTML page for GET of a record. Each run
 * ends with exit 1, findings that name the broken operation, and passing verdicts for the
 * operations that work; no case ends with an error.
 */
import { describe, expect, it } from 'vitest';
import { ZEEG } from '../../src/apis/zeeg/index.ts';
import { buildReport } from '../../src/report/build-report.ts';
import type { IncomingMessage } from 'node:http';
import { runHostile, WAIT_FOR_SOME_TIMEOUTS, type HostileRun } from './run-hostile.ts';
import { productRecords, startHostileTarget, type Misbehaviour } from './servers/hostile-target.ts';
import { htmlErrorPage, neverAnswer, resetMidResponse } from './servers/misbehaviours.ts';

const on = (method: string) => (req: IncomingMessage) => req.method === method && productRecords(req);
const readsOfRecords = (req: IncomingMessage) => req.method === 'GET' && /^\/v2\/crm\/products\/[^/?]+/.test(req.url ?? '');

async function runBroken(when: (req: IncomingMessage) => boolean, behave: Misbehaviour, only: string[]): Promise<{ run: HostileRun; exitCode: number }> {
  const target = await startHostileTarget({ when, behave });
  try {
    const run = await runHostile(target.url, { ...WAIT_FOR_SOME_TIMEOUTS, only });
    const report = buildReport({
      catalogue: ZEEG.clauses(), checks: ZEEG.checks, outcomes: run.outcomes, version: 'test',
      target: { baseUrl: target.url, embedded: false, objects: ['products'] },
      run: { id: 'r', seed: 7, runs: 3, strict: false, only, startedAt: '', finishedAt: '', wallMs: 1 },
    });
    return { run, exitCode: report.summary.exitCode };
  } finally {
    await target.close();
  }
}

const passed = (run: HostileRun) => new Set(run.outcomes.flatMap((o) => o.tallies.filter((t) => t.passes > 0).map((t) => t.check)));
const messages = (run: HostileRun) => run.outcomes.flatMap((o) => o.findings.map((f) => `${f.check}: ${f.message}`));

describe('one broken operation is a finding on it, and the others still get verdicts', () => {
  it('PATCH never answers: REPLY_COMPLETE on PATCH, create verdicts pass, exit 1', async () => {
    const { run, exitCode } = await runBroken(on('PATCH'), neverAnswer, ['ZEEG-PATCH-001', 'ZEEG-CREATE-001']);
    expect(exitCode).toBe(1);
    expect(run.errorCodes).toEqual(['none']);
    expect(run.findingChecks).toEqual(['REPLY_COMPLETE']);
    for (const message of messages(run)) expect(message).toMatch(/^REPLY_COMPLETE: PATCH \/v2\/crm\/products\/[0-9a-f-]{36} got no complete reply: target did not answer within 1000 ms/);
    expect([...passed(run)]).toEqual(expect.arrayContaining(['CREATE_ACCEPTED', 'CREATE_VALUES_STORED', 'READBACK_MATCHES']));
  });

  it('PUT resets the connection: REPLY_COMPLETE on PUT, create verdicts pass, exit 1', async () => {
    const { run, exitCode } = await runBroken(on('PUT'), resetMidResponse, ['ZEEG-ASSERT-001', 'ZEEG-CREATE-001']);
    expect(exitCode).toBe(1);
    expect(run.errorCodes).toEqual(['none']);
    expect(run.findingChecks).toEqual(['REPLY_COMPLETE']);
    for (const message of messages(run)) expect(message).toMatch(/^REPLY_COMPLETE: PUT \/v2\/crm\/products got no complete reply: broken response/);
    expect([...passed(run)]).toEqual(expect.arrayContaining(['CREATE_ACCEPTED', 'CREATE_VALUES_STORED']));
  });

  it('GET of a record answers an HTML page: RECORD_ENVELOPE on GET, create verdicts pass, exit 1', async () => {
    const { run, exitCode } = await runBroken(readsOfRecords, htmlErrorPage, ['ZEEG-RECORD-003', 'ZEEG-CREATE-001']);
    expect(exitCode).toBe(1);
    expect(run.errorCodes).toEqual(['none']);
    expect(run.findingChecks).toEqual(['RECORD_ENVELOPE']);
    for (const finding of run.outcomes.flatMap((o) => o.findings)) expect(finding.exchanges.at(-1)?.request).toMatchObject({ method: 'GET' });
    expect([...passed(run)]).toEqual(expect.arrayContaining(['CREATE_ACCEPTED', 'CREATE_VALUES_STORED']));
  });
});
