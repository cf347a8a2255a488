/**
 * Sends a batch upsert of one input (facts B5), judges it against the model and applies it:
 * an input whose id a live record holds in the idProperty updates that record (new false,
 * same id); any other creates one (new true) holding the id. A refusal is proved traceless
 * like any other write.
 */
import { judgeObject, judgeReplyValues } from '../checks/judge-object.ts';
import { judgeBatch } from '../checks/judge-batch.ts';
import { judgeWrite, rejectionCheck } from '../checks/judge-write.ts';
import { expectThat, isObject } from '../checks/probe.ts';
import { judgeFreshId } from '../checks/judge-surface.ts';
import { UPSERT_CREATES, UPSERT_NEW_FLAG, UPSERT_UPDATES_MATCH } from '../checks/surface-checks.ts';
import { REJECTED_WRITE_NO_TRACE } from '../checks/value-checks.ts';
import type { CheckDef } from '../../../core/checks.ts';
import { predictUpsert, type UpsertInput } from '../model/predict-write.ts';
import { holderOf, withRecord } from '../model/state.ts';
import type { Session } from '../../../runner/session.ts';
import { sentStep } from '../../../runner/sent-step.ts';
import { learnRequired, proveNoTrace, readUnlisted, type Box, type WriteResult } from './execute.ts';
import { idOf, upsertRequest } from './requests.ts';
import { probeOf } from './target.ts';

export interface UpsertOptions {
  /**
   * Send idProperty only as a query parameter (the reading HUBSPOT-UPSERT-008 judges). Without
   * it the input names its idProperty and the query repeats it, a form every source accepts.
   */
  viaQuery?: boolean;
  step: string;
  /** Charged instead of the create or update check when a demanded acceptance is refused. */
  accept?: CheckDef;
}

export async function executeUpsert(box: Box, session: Session, input: UpsertInput, options: UpsertOptions): Promise<WriteResult> {
  const probe = probeOf(session, box.target);
  const prediction = predictUpsert(box.target.world, box.state, input);
  const match = holderOf(box.state, input.idProperty, input.id);
  const body = { id: input.id, properties: { ...input.properties }, ...(options.viaQuery === true ? {} : { idProperty: input.idProperty }) };
  const request = upsertRequest(box.target.objectType, [body], { idProperty: input.idProperty });
  box.trail?.add(sentStep(options.step, request));
  const reply = await session.client.send(options.step, request);
  const accept = options.accept ?? (match === undefined ? UPSERT_CREATES : UPSERT_UPDATES_MATCH);
  const focus = prediction.outcome === 'rejected' ? input.properties[prediction.keys[0] ?? ''] : undefined;
  const verdict = judgeWrite(probe, 'upsertObjects', prediction, reply, accept, focus, { ...input.properties, [input.idProperty]: input.id });
  if (verdict.kind === 'ignorant') {
    learnRequired(box, verdict.names);
    return verdict;
  }
  const results = isObject(reply.json) && Array.isArray(reply.json['results']) ? reply.json['results'] : [];
  if (verdict.kind === 'rejected') {
    const p = prediction.outcome === 'rejected' ? prediction : undefined;
    const check = p !== undefined && (p.status === 409 || p.reason === 'non-unique-id-property') ? rejectionCheck('upsertObjects', p) : REJECTED_WRITE_NO_TRACE;
    const touched = [match?.id, p?.holder].filter((id): id is string => id !== undefined);
    const tracer = match === undefined && input.id !== '' && p?.reason !== 'non-unique-id-property' ? { name: input.idProperty, value: input.id } : undefined;
    await proveNoTrace(box, session, options.step, check, touched, tracer);
    return verdict;
  }
  if (verdict.kind === 'diverged') {
    for (const result of results) if (idOf(result) !== undefined) session.track(box.target.objectType, idOf(result)!);
    return verdict;
  }
  judgeBatch(probe, reply.json, results.length);
  const seen = judgeObject(probe, results[0]);
  const created = verdict.accepted.outcome === 'created';
  if (created) {
    session.track(box.target.objectType, seen.id);
    judgeFreshId(probe, box.state, seen.id);
  } else {
    expectThat(probe, options.accept ?? UPSERT_UPDATES_MATCH, seen.id === verdict.accepted.id, verdict.accepted.id, seen.id, `the upsert of ${input.id} wrote object ${seen.id}, not the holder ${verdict.accepted.id}`);
  }
  const flag = (results[0] as Record<string, unknown>)['new'];
  expectThat(probe, UPSERT_NEW_FLAG, flag === created, created, flag, `an upsert that ${created ? 'created' : 'updated'} a record says new ${JSON.stringify(flag)}`);
  const names = [...Object.keys(input.properties), input.idProperty].filter((n) => box.target.world.writable.some((p) => p.name === n));
  const unlisted = judgeReplyValues(probe, verdict.accepted.values, seen, names, () => accept, 'the upsert result');
  box.state = withRecord(box.state, { id: seen.id, values: verdict.accepted.values });
  await readUnlisted(box, session, seen.id, options.step, unlisted, () => accept);
  return { kind: 'accepted', id: seen.id };
}
