/**
 * The CLI's default runner: the engine in this process. Suites made of raw cases that judge no
 * reply and send nothing, so what is tested is the runner: outcomes, progress per suite, and the
 * ways a run stops (a crashed case, --max-failures, --max-time, an interruption).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ZEEG } from '../../src/apis/zeeg/index.ts';
import type { SuiteProgress } from '../../src/cli/outcome-reporter.ts';
import { onInterrupt, runEngine } from '../../src/cli/run-engine.ts';
import type { CheckDef } from '../../src/core/checks.ts';
import { CrmcError } from '../../src/core/errors.ts';
import type { RunSettings } from '../../src/runner/settings.ts';
import type { CaseContext, RunnableApi, SuiteCase, SuiteDef } from '../../src/suites/suite-def.ts';

const settings: RunSettings = {
  api: 'zeeg', baseUrl: 'http://127.0.0.1:9/v2', embedded: false, token: 'secret-token', objects: ['products'], members: [],
  seed: 5, runs: 1, strict: false, only: [], timeoutMs: 1000, concurrency: 1, runId: 'crmcengine01',
};

const mustCheck = (code: string): CheckDef => ({ code, level: 'MUST', clauses: ['ZEEG-RECORD-001'], title: code });
const shouldCheck: CheckDef = { code: 'S_ONE', level: 'SHOULD', clauses: ['ZEEG-RECORD-001'], title: 'S_ONE' };

function raw(title: string, checks: CheckDef[], run: (context: CaseContext) => Promise<void>): SuiteCase {
  return { title, clauses: ['ZEEG-RECORD-001'], checks, raw: true, run };
}

const passes = (title: string) => raw(title, [mustCheck('M_PASS')], async ({ session }) => session.recorder.pass(mustCheck('M_PASS')));
const fails = (title: string, check: CheckDef) =>
  raw(title, [check], async ({ session }) => session.recorder.fail(check, { message: `${check.code} broke`, expected: 1, observed: 2, exchanges: [] }));

function apiOf(...suites: SuiteDef[]): RunnableApi {
  return { runtime: ZEEG.runtime as RunnableApi['runtime'], suites };
}

describe('runEngine', () => {
  it('collects every outcome in plan order, reports each suite once its last case ends, and stops on a crashed case', async () => {
    const progress: SuiteProgress[] = [];
    const api = apiOf(
      { name: 'first', title: 'First', cases: [passes('one'), fails('two', mustCheck('M_TWO'))] },
      { name: 'second', title: 'Second', cases: [raw('crashes', [], async () => { throw new CrmcError('CRMC_TARGET_UNREACHABLE', 'the target went away'); })] },
    );
    const result = await runEngine({ ...settings, concurrency: 2 }, api, { onSuite: (p) => progress.push(p) });
    expect(result.outcomes.map((o) => o.testCase)).toEqual(['ZEEG-RECORD-001: one', 'ZEEG-RECORD-001: two', 'ZEEG-RECORD-001: crashes']);
    expect(result.outcomes[0]!.tallies).toEqual([{ check: 'M_PASS', passes: 1, failures: 0 }, { check: 'SERVER_ERROR', passes: 1, failures: 0 }]);
    expect(result.outcomes[1]!.findings.map((f) => [f.check, f.level, f.message])).toEqual([['M_TWO', 'MUST', 'M_TWO broke']]);
    expect(result.stopped).toEqual({ code: 'CRMC_TARGET_UNREACHABLE', message: 'the target went away' });
    expect(progress.map((p) => [p.suite, p.cases, p.findings, p.failed])).toEqual([['first', 2, 1, true], ['second', 1, 0, true]]);
  });

  it('turns a case whose session cannot open into an outcome with the error, and goes on', async () => {
    const broken: RunnableApi = { runtime: { ...ZEEG.runtime, api: { path: '/nonexistent/openapi.yaml' } } as unknown as RunnableApi['runtime'], suites: [{ name: 's', title: 'S', cases: [passes('a'), passes('b')] }] };
    const result = await runEngine(settings, broken);
    expect(result.outcomes.map((o) => [o.error?.code, o.tallies[0]!.skipped !== undefined])).toEqual([['CRMC_SPEC_INVALID', true], ['CRMC_SPEC_INVALID', true]]);
    expect(result.stopped?.code).toBe('CRMC_SPEC_INVALID');
  });

  it('completes without a stop when every case ran, SHOULD findings included', async () => {
    const result = await runEngine(settings, apiOf({ name: 'only', title: 'Only', cases: [passes('a'), fails('b', shouldCheck)] }));
    expect(result.stopped).toBeUndefined();
    expect(result.outcomes.map((o) => o.findings.map((f) => f.check))).toEqual([[], ['S_ONE']]);
  });

  it('--max-failures: no case starts once the second group fails the run', async () => {
    const api = apiOf({
      name: 'budget', title: 'Budget',
      cases: [fails('first group', mustCheck('M_A')), fails('first group again', mustCheck('M_A')), fails('a SHOULD finding', shouldCheck), fails('second group', mustCheck('M_B')), passes('never runs')],
    });
    const result = await runEngine({ ...settings, maxFailures: 2 }, api);
    expect(result.outcomes.map((o) => o.testCase.replace('ZEEG-RECORD-001: ', ''))).toEqual(['first group', 'first group again', 'a SHOULD finding', 'second group']);
    expect(result.stopped).toEqual({ code: 'CRMC_MAX_FAILURES', message: '2 finding groups failed the run: stopped early at --max-failures 2' });
  });

  it('--max-time: a case that would start after the deadline is not run, and the run says it stopped there', async () => {
    const slow = raw('slow', [mustCheck('M_PASS')], async ({ session }) => {
      await sleep(100);
      session.recorder.pass(mustCheck('M_PASS'));
    });
    const result = await runEngine({ ...settings, maxTimeMs: 50 }, apiOf({ name: 'late', title: 'Late', cases: [slow, passes('too late')] }));
    expect(result.outcomes.map((o) => o.error?.code)).toEqual([undefined, 'CRMC_DEADLINE']);
    expect(result.outcomes[1]!.tallies).toEqual([{ check: 'M_PASS', passes: 0, failures: 0, skipped: 'the run reached its deadline (--max-time)' }]);
    expect(result.stopped).toEqual({ code: 'CRMC_DEADLINE', message: 'the run reached --max-time 50 ms' });
  });

  it('an interruption lets the case in flight finish and starts no other', async () => {
    const stop = new AbortController();
    const interrupted = raw('interrupted', [mustCheck('M_PASS')], async ({ session }) => {
      stop.abort('interrupted');
      session.recorder.pass(mustCheck('M_PASS'));
    });
    const result = await runEngine(settings, apiOf({ name: 'stop', title: 'Stop', cases: [interrupted, passes('never runs')] }), {}, stop);
    expect(result.outcomes.map((o) => [o.testCase, o.tallies[0]!.passes])).toEqual([['ZEEG-RECORD-001: interrupted', 1]]);
    expect(result.stopped).toEqual({ code: 'CRMC_INTERNAL', message: 'the run was interrupted' });
  });
});

describe('onInterrupt', () => {
  it('aborts on the first Ctrl-C and removes its listener when detached', () => {
    const before = process.listenerCount('SIGINT');
    const stop = new AbortController();
    const detach = onInterrupt(stop);
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    (process.listeners('SIGINT').at(-1) as () => void)();
    expect([stop.signal.aborted, stop.signal.reason]).toEqual([true, 'interrupted']);
    detach();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
