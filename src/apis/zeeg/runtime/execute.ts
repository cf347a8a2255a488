/**
 * Sends one write, judges it against the model's prediction and applies the outcome to the
 * model. After a refusal it checks the refusal left no trace (ZEEG-RECORD-005, SHOULD): a trace
 * is a finding, and the model follows what the server kept so the case goes on.
 */
import { judgeRecordEnvelope } from '../checks/judge-envelope.ts';
import { judgeCreatedId, judgeUpdatedId } from '../checks/judge-identity.ts';
import { judgeWriteStatus } from '../checks/judge-status.ts';
import { judgeValues, type ValueSituation } from '../checks/judge-values.ts';
import type { OperationId } from '../checks/probe.ts';
import { ASSERT_CREATES_201 } from '../checks/write-checks.ts';
import { withRequired } from './required-fill.ts';
import { describeProbe, probeHeld } from './leak-probe.ts';
import { REJECTED_CREATE_NO_RECORD, REJECTED_WRITE_NO_TRACE } from '../checks/reject-checks.ts';
import type { CheckDef } from '../../../core/checks.ts';
import type { SendOptions } from '../../../http/client.ts';
import { predictAssert, predictGet } from '../model/predict-write.ts';
import type { Prediction } from '../model/prediction.ts';
import { withoutRecord, withRecord } from '../model/state.ts';
import { differingKeys, type Values } from '../model/values.ts';
import type { Session } from '../../../runner/session.ts';
import { sentStep } from '../../../runner/sent-step.ts';
import type { ModelBox } from './model-box.ts';
import { probeOf } from './target.ts';


export interface WriteStep {
  step: string;
  op: OperationId;
  request: SendOptions;
  prediction: Prediction;
  /** The keys the request named, for charging value differences. */
  body: Values;
  situation: (outcome: 'created' | 'updated') => ValueSituation;
  /** Records a refusal must leave unchanged. */
  touched: string[];
  /** The check charged when an expected acceptance gets the wrong status (default: by operation). */
  statusCheck?: CheckDef;
  /** The check charged when an expected acceptance is refused; a wrong 2xx stays with the status check. */
  refusedCheck?: CheckDef;
}

export async function executeWrite(box: ModelBox, session: Session, write: WriteStep): Promise<'accepted' | 'rejected'> {
  const probe = probeOf(session, box.target);
  box.trail?.add(sentStep(write.step, write.request));
  const reply = await session.client.send(write.step, write.request);
  const accepted = judgeWriteStatus(probe, write.op, write.prediction, reply, write.body, write.statusCheck, write.refusedCheck);
  if (accepted === undefined) {
    await proveNoTrace(box, session, write);
    return 'rejected';
  }
  if (accepted.outcome !== 'created' && accepted.outcome !== 'updated') return 'accepted';
  const observed = judgeRecordEnvelope(probe, write.op, reply);
  if (accepted.outcome === 'created') {
    session.track(box.target.slug, observed.id);
    judgeCreatedId(probe, write.op, box.state, observed);
  } else {
    judgeUpdatedId(probe, accepted.id, observed);
  }
  judgeValues(probe, write.situation(accepted.outcome), accepted.values, observed.values, write.body);
  box.state = withRecord(box.state, { id: accepted.outcome === 'created' ? observed.id : accepted.id, values: accepted.values });
  return 'accepted';
}

/** Re-reads the records a refused write touched; a refused create is probed by an assert. */
async function proveNoTrace(box: ModelBox, session: Session, write: WriteStep): Promise<void> {
  const probe = probeOf(session, box.target);
  for (const id of write.touched) {
    const expected = predictGet(box.state, id);
    if (expected.outcome !== 'read') continue;
    const reply = await session.client.send(`${write.step}/re-read`, { method: 'GET', path: `/crm/${box.target.slug}/${id}` });
    if (reply.status !== 200) {
      probe.recorder.fail(REJECTED_WRITE_NO_TRACE, { message: `after a refused ${write.op}, GET of record ${id} answered ${reply.status}`, expected: 200, observed: reply.status, exchanges: probe.evidence() });
      if (reply.status === 404) box.state = withoutRecord(box.state, id);
      continue;
    }
    const observed = judgeRecordEnvelope(probe, 'getRecord', reply);
    const changed = differingKeys(box.target.world.attributes.values(), expected.values, observed.values);
    if (changed.length > 0) {
      probe.recorder.fail(REJECTED_WRITE_NO_TRACE, { message: `a refused ${write.op} changed ${changed.join(', ')}`, expected: expected.values, observed: observed.values, exchanges: probe.evidence() });
      const kept = Object.fromEntries(changed.map((key) => [key, observed.values[key] ?? null]));
      box.state = withRecord(box.state, { id, values: { ...expected.values, ...kept } });
      continue;
    }
    probe.recorder.pass(REJECTED_WRITE_NO_TRACE);
  }
  if (write.op === 'createRecord' || write.op === 'assertRecord') await probeLeak(box, session, write);
}

/**
 * A refused create must not have stored anything. If its body carried a prefixed text value
 * no model record holds, an assert on that value must create (see probeHeld): a record found
 * breaks the refusal; an assert that cannot create breaks the assert rule itself.
 */
async function probeLeak(box: ModelBox, session: Session, write: WriteStep): Promise<void> {
  const key = [...box.plan.prefixed].find((k) => typeof write.body[k] === 'string' && (write.body[k] as string).startsWith(box.prefix));
  if (key === undefined) return;
  const probeBody = withRequired(box.target.world, { [key]: write.body[key] }, box.prefix, [key], box.serials);
  if (predictAssert(box.target.world, box.state, key, probeBody).outcome !== 'created') return;
  const probe = probeOf(session, box.target);
  const held = await probeHeld(session, box.target, key, write.body[key] as string, `${write.step}/leak-probe`, box.prefix);
  const evidence = { message: describeProbe(key, held), expected: 201, observed: held.control === undefined ? held.status : { probe: held.status, control: held.control }, exchanges: probe.evidence() };
  if (held.verdict === 'unclear') probe.recorder.fail(ASSERT_CREATES_201, evidence, { stop: true });
  if (held.verdict === 'absent') return probe.recorder.pass(REJECTED_CREATE_NO_RECORD);
  probe.recorder.fail(REJECTED_CREATE_NO_RECORD, { ...evidence, message: `a refused ${write.op} stored a record: ${evidence.message}` });
  // The model never knew the stored record: it goes, so the case can go on.
  if (held.heldId === undefined) return;
  await session.client.send(`${write.step}/leak-probe/delete`, { method: 'DELETE', path: `/crm/${box.target.slug}/${held.heldId}` });
  session.untrack(box.target.slug, held.heldId);
}
