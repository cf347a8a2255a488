/**
 * How refusals are read (facts B7, B8): a 400 naming a property the request did not carry is
 * the suites' ignorance, judged nothing and handed back to learn; a batch answered 207 listing
 * the input is a refusal in a documented shape; a valid write refused while it carries a value
 * in a SHOULD form is charged to that form's SHOULD check and does not stop the case.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeWrite } from '../../src/apis/hubspot/checks/judge-write.ts';
import type { HsProbe } from '../../src/apis/hubspot/checks/probe.ts';
import { CREATE_ACCEPTED, UPSERT_CREATES } from '../../src/apis/hubspot/checks/index.ts';
import { loadOperationValidators, type OperationValidators } from '../../src/contract/operation-validators.ts';
import { predictCreate, predictUpsert } from '../../src/apis/hubspot/model/predict-write.ts';
import { EMPTY_STATE, withRecord } from '../../src/apis/hubspot/model/state.ts';
import { buildWorld } from '../../src/apis/hubspot/model/world.ts';
import { ORDERS } from '../../src/apis/hubspot/reference/index.ts';
import { CaseRecorder } from '../../src/runner/case-recorder.ts';
import { CONTACTS_WORLD, replyOf } from './hubspot-failing-replies.ts';

let operations: OperationValidators;
beforeAll(async () => {
  operations = await loadOperationValidators('hubspot');
});

function probeWith(): { probe: HsProbe; recorder: CaseRecorder } {
  const recorder = new CaseRecorder('suite', 'case', [], 1);
  return { probe: { recorder, operations, world: CONTACTS_WORLD, evidence: () => [] }, recorder };
}

const REQUIRED_REFUSAL = { category: 'VALIDATION_ERROR', correlationId: 'c', message: 'Missing required properties: bio.', errors: [{ message: 'bio is required.', context: { propertyName: ['bio'] } }] };

describe('HubSpot refusals', () => {
  it('a 400 naming a property the create did not send is no finding: its names come back to learn', () => {
    const { probe, recorder } = probeWith();
    const sent = { email: 'a@example.com' };
    const verdict = judgeWrite(probe, 'createObject', predictCreate(CONTACTS_WORLD, EMPTY_STATE, sent), replyOf(400, REQUIRED_REFUSAL), CREATE_ACCEPTED, undefined, sent);
    expect(verdict).toEqual({ kind: 'ignorant', names: ['bio'] });
    expect(recorder.outcome(0).findings).toEqual([]);
  });

  it('a 400 naming only sent properties is judged: the refused valid create is a MUST finding', () => {
    const { probe } = probeWith();
    const sent = { email: 'a@example.com', bio: 'x' };
    expect(() => judgeWrite(probe, 'createObject', predictCreate(CONTACTS_WORLD, EMPTY_STATE, sent), replyOf(400, REQUIRED_REFUSAL), CREATE_ACCEPTED, undefined, sent)).toThrow(/a valid createObject was refused with 400/);
  });

  it('an upsert input holding a taken unique value, answered 207 listing it, is refused as predicted', () => {
    const { probe, recorder } = probeWith();
    const orders = buildWorld('p_orders', ORDERS.properties);
    const state = withRecord(EMPTY_STATE, { id: '1', values: { order_number: 'A-1', external_ref: 'R-1' } });
    const prediction = predictUpsert(orders, state, { id: 'A-2', idProperty: 'order_number', properties: { external_ref: 'R-1' } });
    expect(prediction).toMatchObject({ outcome: 'rejected', status: 409 });
    const reply = replyOf(207, { status: 'COMPLETE', results: [], errors: [{ status: 'error', category: 'CONFLICT', message: 'taken', errors: [], context: {}, links: {} }], numErrors: 1, startedAt: 't', completedAt: 't' });
    expect(judgeWrite(probe, 'upsertObjects', prediction, reply, UPSERT_CREATES)).toEqual({ kind: 'rejected' });
    expect(recorder.outcome(0).findings).toEqual([]);
  });

  it('a refused create carrying "true" for a bool is a SHOULD finding that does not stop the case', () => {
    const { probe, recorder } = probeWith();
    const sent = { email: 'a@example.com', newsletter_opt_in: 'true' };
    const verdict = judgeWrite(probe, 'createObject', predictCreate(CONTACTS_WORLD, EMPTY_STATE, sent), replyOf(400, { category: 'VALIDATION_ERROR', correlationId: 'c', message: 'no' }), CREATE_ACCEPTED, undefined, sent);
    expect(verdict).toEqual({ kind: 'rejected' });
    expect(recorder.outcome(0).findings.map((f) => [f.check, f.level])).toEqual([['HUBSPOT_BOOL_ACCEPTED', 'SHOULD']]);
  });
});
