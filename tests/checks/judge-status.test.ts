/**
 * judgeWriteStatus: which check a status is charged to, at which level, with which extra
 * clauses, and what the model is told to apply (the accepted outcome, a lenient server's
 * acceptance, or nothing).
 */
import { describe, expect, it } from 'vitest';
import { judgeWriteStatus } from '../../src/apis/zeeg/checks/judge-status.ts';
import { ASSERT_IDEMPOTENT, UNIQUE_OWN_VALUE } from '../../src/apis/zeeg/checks/index.ts';
import type { CheckDef } from '../../src/core/checks.ts';
import type { OperationId, Probe } from '../../src/apis/zeeg/checks/probe.ts';
import type { OperationValidators } from '../../src/contract/operation-validators.ts';
import type { Reply } from '../../src/http/client.ts';
import type { Prediction } from '../../src/apis/zeeg/model/prediction.ts';
import { predictAssert, predictCreate, predictPatch } from '../../src/apis/zeeg/model/predict-write.ts';
import { EMPTY_STATE } from '../../src/apis/zeeg/model/state.ts';
import type { Values } from '../../src/apis/zeeg/model/values.ts';
import { CaseRecorder, ViolationError } from '../../src/runner/case-recorder.ts';
import { stateOf, STRANGER, WORLD } from '../model/zeeg/world-fixture.ts';

const ERROR_BODY = { success: false, status: 400, message: 'bad' };

function reply(status: number, json: unknown = status >= 400 ? { ...ERROR_BODY, status } : {}): Reply {
  const body = JSON.stringify(json);
  return { status, json, exchange: { seq: 1, step: 's', request: { method: 'POST', url: 'u', headers: {} }, response: { status, headers: {}, body, truncated: false }, durationMs: 0 } };
}

function judge(op: OperationId, prediction: Prediction, r: Reply, body: Values = {}, checks: { status?: CheckDef; refused?: CheckDef } = {}) {
  const recorder = new CaseRecorder('suite', 'case', [], 1);
  const probe: Probe = { recorder, operations: {} as OperationValidators, world: WORLD, evidence: () => [] };
  let thrown: ViolationError | undefined;
  let applied: unknown;
  try {
    applied = judgeWriteStatus(probe, op, prediction, r, body, checks.status, checks.refused);
  } catch (error) {
    if (!(error instanceof ViolationError)) throw error;
    thrown = error;
  }
  const outcome = recorder.outcome(0);
  const verdicts = Object.fromEntries(outcome.tallies.map((t) => [t.check, t.failures > 0 ? 'fail' : 'pass']));
  return { applied, verdicts, thrown: thrown?.finding, findings: outcome.findings };
}

const created = predictCreate(WORLD, EMPTY_STATE, { price: 1 });

describe('accepted writes', () => {
  it('a create answered 201 passes both status checks and is applied', () => {
    expect(judge('createRecord', created, reply(201))).toEqual({ applied: created, verdicts: { CREATE_ACCEPTED: 'pass', CREATE_STATUS_201: 'pass' }, thrown: undefined, findings: [] });
  });

  it('a create answered 200 is applied, with a SHOULD finding on the status', () => {
    const result = judge('createRecord', created, reply(200));
    expect(result.applied).toBe(created);
    expect(result.findings.map((f) => [f.check, f.level, f.expected, f.observed])).toEqual([['CREATE_STATUS_201', 'SHOULD', 201, 200]]);
  });

  it('a valid create refused with 400 stops the run, naming the type clauses of the body', () => {
    const { thrown } = judge('createRecord', created, reply(400), { price: 1, launch_date: '2024-02-29' });
    expect(thrown).toMatchObject({ check: 'CREATE_ACCEPTED', level: 'MUST', clauses: ['ZEEG-CREATE-001', 'ZEEG-CREATE-002', 'ZEEG-TYPES-001', 'ZEEG-TYPES-004', 'ZEEG-TYPES-006'] });
  });

  it('an assert that should create must answer exactly 201', () => {
    const prediction = predictAssert(WORLD, EMPTY_STATE, 'sku', { sku: 'A' });
    expect(judge('assertRecord', prediction, reply(201)).verdicts).toEqual({ ASSERT_CREATES_201: 'pass' });
    expect(judge('assertRecord', prediction, reply(200)).thrown).toMatchObject({ check: 'ASSERT_CREATES_201', expected: 201, observed: 200 });
  });

  it('an assert that should update must answer exactly 200', () => {
    const prediction = predictAssert(WORLD, stateOf({ sku: 'A' }), 'sku', { sku: 'A' });
    expect(judge('assertRecord', prediction, reply(201)).thrown).toMatchObject({ check: 'ASSERT_UPDATES_200', clauses: ['ZEEG-ASSERT-001'] });
  });
});

describe('refused writes', () => {
  const invalid = predictCreate(WORLD, EMPTY_STATE, { price: 1.5 });

  it('an invalid number refused with 400 and a documented error body passes', () => {
    expect(judge('createRecord', invalid, reply(400)).verdicts).toEqual({ TYPE_NUMBER_REJECTED: 'pass', ERROR_BODY_SHAPE: 'pass' });
  });

  it('an undocumented error body is a SHOULD finding only', () => {
    const result = judge('createRecord', invalid, reply(400, 'Bad Request'));
    expect(result.thrown).toBeUndefined();
    expect(result.findings.map((f) => f.check)).toEqual(['ERROR_BODY_SHAPE']);
  });

  it('an invalid number accepted stops the run under the type clauses, and nothing is applied', () => {
    const result = judge('createRecord', invalid, reply(201));
    expect(result.thrown).toMatchObject({ check: 'TYPE_NUMBER_REJECTED', level: 'MUST', clauses: ['ZEEG-TYPES-002', 'ZEEG-TYPES-004'] });
  });

  it('an invalid value in a patch is charged to PATCH_TYPE_REJECTED with the type clause', () => {
    const prediction = predictPatch(WORLD, stateOf({ sku: 'A' }), 'r1', { in_stock: 'yes' });
    expect(judge('patchRecord', prediction, reply(200)).thrown).toMatchObject({ check: 'PATCH_TYPE_REJECTED', clauses: ['ZEEG-PATCH-004', 'ZEEG-TYPES-002', 'ZEEG-TYPES-005'] });
  });

  it('an unknown supplier accepted is a SHOULD finding, and the acceptance is applied', () => {
    const prediction = predictCreate(WORLD, EMPTY_STATE, { suppliers: [STRANGER] });
    const result = judge('createRecord', prediction, reply(201));
    expect(result.findings.map((f) => [f.check, f.level])).toEqual([['UNKNOWN_RELATION_REJECTED', 'SHOULD']]);
    expect(result.applied).toEqual(prediction.outcome === 'rejected' ? prediction.ifAccepted : undefined);
  });

  it('an unknown member answered 500 stops the run even at SHOULD level', () => {
    const prediction = predictCreate(WORLD, EMPTY_STATE, { owners: [STRANGER] });
    expect(judge('createRecord', prediction, reply(500)).thrown).toMatchObject({ check: 'UNKNOWN_MEMBER_REJECTED', level: 'SHOULD' });
  });

  it('an unknown multiselect option is charged to UNKNOWN_OPTION_REJECTED', () => {
    const prediction = predictCreate(WORLD, EMPTY_STATE, { tags: [{ id: 9 }] });
    expect(judge('createRecord', prediction, reply(400)).verdicts).toMatchObject({ UNKNOWN_OPTION_REJECTED: 'pass' });
  });

  it('a patch of an unknown record: any 4xx passes the MUST check, 404 also the SHOULD one', () => {
    const prediction = predictPatch(WORLD, EMPTY_STATE, 'r9', {});
    expect(judge('patchRecord', prediction, reply(404)).verdicts).toEqual({ PATCH_UNKNOWN_RECORD_REJECTED: 'pass', PATCH_UNKNOWN_RECORD_404: 'pass', ERROR_BODY_SHAPE: 'pass' });
    expect(judge('patchRecord', prediction, reply(400)).findings.map((f) => f.check)).toEqual(['PATCH_UNKNOWN_RECORD_404']);
    expect(judge('patchRecord', prediction, reply(201)).thrown).toMatchObject({ check: 'PATCH_UNKNOWN_RECORD_REJECTED', clauses: ['ZEEG-PATCH-005'] });
  });

  it('a missing matching value may be refused with any 4xx; an empty one only with 400', () => {
    expect(judge('assertRecord', predictAssert(WORLD, EMPTY_STATE, 'sku', {}), reply(422)).verdicts).toMatchObject({ ASSERT_MATCHING_VALUE_REQUIRED: 'pass' });
    expect(judge('assertRecord', predictAssert(WORLD, EMPTY_STATE, 'sku', { sku: '' }), reply(422)).thrown).toMatchObject({ check: 'ASSERT_EMPTY_MATCHING_REJECTED', expected: 400, observed: 422 });
  });

  it('a unique conflict is charged to the check of its operation', () => {
    const state = stateOf({ sku: 'A' }, { sku: 'B' });
    expect(judge('createRecord', predictCreate(WORLD, state, { sku: 'A' }), reply(201)).thrown?.check).toBe('UNIQUE_CREATE_REJECTED');
    expect(judge('patchRecord', predictPatch(WORLD, state, 'r2', { sku: 'A' }), reply(200)).thrown?.check).toBe('UNIQUE_PATCH_REJECTED');
    expect(judge('assertRecord', predictAssert(WORLD, state, 'sku', { sku: 'B', name: 'x' }), reply(200)).thrown).toBeUndefined();
    expect(judge('assertRecord', predictAssert(WORLD, state, 'name', { name: 'x', sku: 'A' }), reply(201)).thrown?.check).toBe('UNIQUE_ASSERT_REJECTED');
  });
});

describe('the check a wrong status of an acceptance is charged to', () => {
  const own = predictAssert(WORLD, stateOf({ sku: 'A' }), 'sku', { sku: 'A' });

  it('a refusal goes to the refusal check, with no other MUST check charged', () => {
    const result = judge('assertRecord', own, reply(400), { sku: 'A' }, { refused: UNIQUE_OWN_VALUE });
    expect(result.thrown).toMatchObject({ check: 'UNIQUE_OWN_VALUE', level: 'MUST', message: 'expected 200, got 400' });
    expect(result.findings).toEqual([]);
  });

  it('a success with the wrong status stays with the status check: a 201 for an update is ASSERT_UPDATES_200', () => {
    expect(judge('assertRecord', own, reply(201), { sku: 'A' }, { refused: UNIQUE_OWN_VALUE }).thrown).toMatchObject({ check: 'ASSERT_UPDATES_200', message: 'expected 200, got 201' });
  });

  it('a status check replaces the default for any wrong status, a refusal check only for refusals', () => {
    expect(judge('assertRecord', own, reply(201), {}, { status: ASSERT_IDEMPOTENT, refused: UNIQUE_OWN_VALUE }).thrown?.check).toBe('ASSERT_IDEMPOTENT');
    expect(judge('assertRecord', own, reply(400), {}, { status: ASSERT_IDEMPOTENT, refused: UNIQUE_OWN_VALUE }).thrown?.check).toBe('UNIQUE_OWN_VALUE');
    expect(judge('assertRecord', own, reply(200), {}, { refused: UNIQUE_OWN_VALUE }).verdicts).toEqual({ ASSERT_UPDATES_200: 'pass', UNIQUE_OWN_VALUE: 'pass' });
  });
});
