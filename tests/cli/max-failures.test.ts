/**
 * --max-failures stops the run through vitest's cancellation once enough finding groups fail
 * it: MUST groups, every group with --strict, two findings of one root cause counting once.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FailureBudget } from '../../src/cli/failure-budget.ts';
import { runSuites } from '../../src/cli/run-suites.ts';
import type { CaseOutcome, Finding } from '../../src/core/findings.ts';
import type { RunSettings } from '../../src/runner/settings.ts';

const CONFIG = fileURLToPath(new URL('./fixtures/max-failures-suites/vitest.config.ts', import.meta.url));

const settings: RunSettings = {
  api: 'zeeg', baseUrl: 'http://127.0.0.1:9/v2', embedded: false, token: 'secret-token', objects: ['products'], members: [],
  seed: 1, runs: 1, strict: false, only: [], timeoutMs: 1000, concurrency: 1, runId: 'crmcmaxf0001',
};

function outcomeWith(...findings: Array<Pick<Finding, 'check' | 'level'>>): CaseOutcome {
  return {
    suite: 's', testCase: 't', clauses: [], tallies: [], requests: 1, durationMs: 1, leftovers: [],
    findings: findings.map((f) => ({ ...f, id: '', clauses: ['C-A-001'], title: '', message: '', expected: 1, observed: 2, exchanges: [], suite: 's', testCase: 't', seed: 1 })),
  };
}

describe('FailureBudget', () => {
  it('stops once, when the groups that fail the run reach the budget', () => {
    let stops = 0;
    const budget = new FailureBudget({ ...settings, maxFailures: 2 }, () => (stops += 1));
    budget.add(outcomeWith({ check: 'A', level: 'MUST' }, { check: 'A', level: 'MUST' }, { check: 'S', level: 'SHOULD' }));
    expect([stops, budget.stopped()]).toEqual([0, undefined]);
    budget.add(outcomeWith({ check: 'B', level: 'MUST' }));
    budget.add(outcomeWith({ check: 'C', level: 'MUST' }));
    expect(stops).toBe(1);
    expect(budget.stopped()).toEqual({ code: 'CRMC_MAX_FAILURES', message: '2 finding groups failed the run: stopped early at --max-failures 2' });
  });

  it('counts SHOULD groups with --strict, and nothing without a budget', () => {
    let stops = 0;
    new FailureBudget({ ...settings, strict: true, maxFailures: 1 }, () => (stops += 1)).add(outcomeWith({ check: 'S', level: 'SHOULD' }));
    new FailureBudget(settings, () => (stops += 10)).add(outcomeWith({ check: 'A', level: 'MUST' }));
    expect(stops).toBe(1);
  });
});

describe('runSuites with --max-failures', () => {
  it('cancels the run after the second group and says why', async () => {
    const result = await runSuites({ ...settings, maxFailures: 2 }, {}, CONFIG);
    expect(result.outcomes.map((o) => o.testCase)).toEqual(['first group', 'first group again', 'a SHOULD finding', 'second group']);
    expect(result.stopped).toEqual({ code: 'CRMC_MAX_FAILURES', message: '2 finding groups failed the run: stopped early at --max-failures 2' });
  });

  it('runs every case without a budget', async () => {
    const result = await runSuites(settings, {}, CONFIG);
    expect(result.outcomes.map((o) => o.testCase)).toEqual(['first group', 'first group again', 'a SHOULD finding', 'second group', 'never runs once cancelled']);
    expect(result.stopped).toBeUndefined();
  });
});
