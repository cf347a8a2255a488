/**
 * Each reply of HUBSPOT_FAILING_REPLIES breaks one rule: the judging function charges exactly
 * that check, at its level, and no other MUST check (a MUST finding stops the run, a SHOULD
 * finding is recorded).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HsProbe } from '../../src/apis/hubspot/checks/probe.ts';
import { loadOperationValidators, type OperationValidators } from '../../src/contract/operation-validators.ts';
import type { Finding } from '../../src/core/findings.ts';
import { CaseRecorder, ViolationError } from '../../src/runner/case-recorder.ts';
import { CONTACTS_WORLD, HUBSPOT_FAILING_REPLIES, type FailingReply } from './hubspot-failing-replies.ts';

let operations: OperationValidators;
beforeAll(async () => {
  operations = await loadOperationValidators('hubspot');
});

function findingsOf(scenario: FailingReply): { findings: Finding[]; stopped: boolean } {
  const recorder = new CaseRecorder('suite', 'case', [], 1);
  const probe: HsProbe = { recorder, operations, world: CONTACTS_WORLD, evidence: () => [] };
  try {
    scenario.judge(probe);
  } catch (error) {
    if (!(error instanceof ViolationError)) throw error;
    return { findings: [...recorder.outcome(0).findings, error.finding], stopped: true };
  }
  return { findings: recorder.outcome(0).findings, stopped: false };
}

describe('a HubSpot reply that breaks one rule is charged to its check', () => {
  it.each(HUBSPOT_FAILING_REPLIES.map((s) => [s.code, s.level, s] as const))('%s (%s)', (code, level, scenario) => {
    const { findings, stopped } = findingsOf(scenario);
    expect(findings.map((f) => [f.check, f.level])).toContainEqual([code, level]);
    expect(findings.filter((f) => f.level === 'MUST' && f.check !== code).map((f) => f.check), 'MUST checks charged besides the broken one').toEqual([]);
    expect(stopped).toBe(scenario.stops ?? level === 'MUST');
  });
});
