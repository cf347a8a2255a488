/**
 * Sends one create or update, judges it against the model's prediction and applies the outcome
 * to the model. After a refusal it proves the refusal left no trace: the records it named are
 * re-read, and a refused create is looked for by the unique value it carried.
 */
import { judgeObject, judgeReplyValues, judgeValues, type Charge } from '../checks/judge-object.ts';
import { judgeWrite, rejectionCheck } from '../checks/judge-write.ts';
import { expectThat, type WriteOp } from '../checks/probe.ts';
import { judgeFreshId } from '../checks/judge-surface.ts';
import { CREATE_VALUES_STORED, READ_MATCHES, UPDATE_ACCEPTED, UPDATE_EMPTY_CLEARS, UPDATE_VALUES_STORED } from '../checks/record-checks.ts';
import { AUTH_READ_TOKEN_WRITE } from '../checks/surface-checks.ts';
import { REJECTED_WRITE_NO_TRACE } from '../checks/value-checks.ts';
import type { CheckDef } from '../../../core/checks.ts';
import type { SendOptions } from '../../../http/client.ts';
import type { Prediction } from '../model/prediction.ts';
import { findRecord, withRecord, type ModelState } from '../model/state.ts';
import type { Session } from '../../../runner/session.ts';
import { sentStep } from '../../../runner/sent-step.ts';
import { idOf, readNames, readRecord, recordPath } from './requests.ts';
import { probeOf, type HubspotTarget } from './target.ts';

/** The model state of one object type and the target it describes. */
export interface Box {
  state: ModelState;
  readonly target: HubspotTarget;
  /** The steps of a model run so far, for its counterexample. */
  readonly trail?: { add(step: string): void };
}

export interface WriteStep {
  step: string;
  op: Exclude<WriteOp, 'upsertObjects'>;
  request: SendOptions;
  prediction: Prediction;
  /** The properties sent, for the reply's values and the message of a refusal. */
  sent: Record<string, unknown>;
  /** Charged when an acceptance the sources demand is refused. */
  accept: CheckDef;
  /** Charged for a property of the reply that differs from the model (default: by operation). */
  charge?: Charge;
  /** A unique text value a refused create carried: no record may hold it afterwards. */
  tracer?: { name: string; value: string };
}

/** `ignorant`: refused for properties the suites did not send; they are now in the world's required list. */
export type WriteResult = { kind: 'accepted'; id: string } | { kind: 'rejected' } | { kind: 'diverged' } | { kind: 'ignorant'; names: string[] };

/** A trace of a 409, 404 or 403 breaks the MUST rule of that refusal; a trace of a 400 breaks WRITE-003 (SHOULD). */
function traceCheck(write: WriteStep, status: number): CheckDef {
  if (status === 403) return AUTH_READ_TOKEN_WRITE;
  const p = write.prediction;
  return p.outcome === 'rejected' && (p.status === 409 || p.status === 404) ? rejectionCheck(write.op, p) : REJECTED_WRITE_NO_TRACE;
}

const updateCharge = (sent: Record<string, unknown>): Charge => (name) => (sent[name] === '' ? UPDATE_EMPTY_CLEARS : UPDATE_VALUES_STORED);

export async function executeWrite(box: Box, session: Session, write: WriteStep): Promise<WriteResult> {
  const probe = probeOf(session, box.target);
  box.trail?.add(sentStep(write.step, write.request));
  const reply = await session.client.send(write.step, write.request);
  const focus = write.prediction.outcome === 'rejected' ? write.sent[write.prediction.keys[0] ?? ''] : undefined;
  const verdict = judgeWrite(probe, write.op, write.prediction, reply, write.accept, focus, write.sent);
  if (verdict.kind === 'ignorant') {
    learnRequired(box, verdict.names);
    return verdict;
  }
  if (verdict.kind === 'rejected') {
    const touched = write.op === 'updateObject' ? [decodeURIComponent(write.request.path.split('/').pop()!)] : [];
    await proveNoTrace(box, session, write.step, traceCheck(write, reply.status), touched, write.tracer);
    return verdict;
  }
  if (verdict.kind === 'diverged') {
    const id = idOf(reply.json);
    if (write.op === 'createObject' && id !== undefined) session.track(box.target.objectType, id);
    if (write.op === 'updateObject' && write.prediction.outcome === 'rejected') await resync(box, session, write.step, decodeURIComponent(write.request.path.split('/').pop()!));
    return verdict;
  }
  const seen = judgeObject(probe, reply.json);
  const names = Object.keys(write.sent).filter((name) => box.target.world.writable.some((p) => p.name === name));
  if (write.op === 'createObject') {
    session.track(box.target.objectType, seen.id);
    judgeFreshId(probe, box.state, seen.id);
  }
  const charge = write.charge ?? (write.op === 'createObject' ? () => CREATE_VALUES_STORED : updateCharge(write.sent));
  if (write.op === 'updateObject') expectThat(probe, UPDATE_ACCEPTED, seen.id === verdict.accepted.id, verdict.accepted.id, seen.id, `the update answered with object ${seen.id}`);
  const unlisted = judgeReplyValues(probe, verdict.accepted.values, seen, names, charge, `the ${write.op === 'createObject' ? 'create' : 'update'} reply`);
  const id = verdict.accepted.id ?? seen.id;
  box.state = withRecord(box.state, { id, values: verdict.accepted.values });
  await readUnlisted(box, session, id, write.step, unlisted, charge);
  return { kind: 'accepted', id };
}

/** Properties a refusal named that the suites did not send join the world's required list (facts B7). */
export function learnRequired(box: Box, names: readonly string[]): void {
  for (const name of names) if (!box.target.world.required.includes(name)) box.target.world.required.push(name);
}

/** Sent properties a write reply left out, judged by reading the record back (the page lists no reply properties). */
export async function readUnlisted(box: Box, session: Session, id: string, step: string, names: readonly string[], charge: Charge): Promise<void> {
  if (names.length === 0) return;
  const probe = probeOf(session, box.target);
  const reply = await readRecord(session, box.target.world, id, `${step}/read-back`);
  expectThat(probe, charge(names[0]!), reply.status === 200, 200, reply.status, `a read of just-written record ${id} answered ${reply.status}`);
  if (reply.status !== 200) return;
  judgeValues(probe, findRecord(box.state, id)?.values ?? {}, judgeObject(probe, reply.json), names, charge, `read-back of ${id}`);
}

/** Re-reads every touched record the model knows, and looks for a refused create by its tracer. */
export async function proveNoTrace(box: Box, session: Session, step: string, check: CheckDef, touched: readonly string[], tracer?: { name: string; value: string }): Promise<void> {
  const probe = probeOf(session, box.target);
  for (const id of touched) {
    const record = findRecord(box.state, id);
    if (record === undefined) continue;
    const reply = await readRecord(session, box.target.world, id, `${step}/re-read`);
    expectThat(probe, check, reply.status === 200, 200, reply.status, `after a refused write, a read of ${id} answered ${reply.status}`);
    if (reply.status !== 200) continue;
    const seen = judgeObject(probe, reply.json);
    judgeValues(probe, record.values, seen, readNames(box.target.world), () => check, `after a refused write, record ${id}`);
  }
  if (tracer === undefined) return;
  const query = { idProperty: tracer.name, properties: tracer.name };
  const reply = await session.client.send(`${step}/leak-probe`, { method: 'GET', path: recordPath(box.target.objectType, tracer.value), query });
  const found = reply.json as { id?: unknown; properties?: Record<string, unknown> } | undefined;
  // Only an object that holds the value is a leak; any other answer is judged by the read checks.
  const leaked = reply.status === 200 && found?.properties?.[tracer.name] === tracer.value;
  if (leaked && idOf(found) !== undefined) session.track(box.target.objectType, idOf(found)!);
  expectThat(probe, check, !leaked, 'no record holding the refused value', reply.json, `a refused write stored a record: ${tracer.name} = ${tracer.value} is found`);
}

/** Reads a record the model holds and compares every written property; differences go to `charge`. */
export async function readBack(box: Box, session: Session, id: string, step: string, charge: Charge = () => READ_MATCHES): Promise<void> {
  const probe = probeOf(session, box.target);
  const record = findRecord(box.state, id);
  if (record === undefined) return;
  box.trail?.add(`${step}(${id})`);
  const reply = await readRecord(session, box.target.world, id, step);
  expectThat(probe, charge(''), reply.status === 200, 200, reply.status, `a read of live record ${id} answered ${reply.status}`);
  if (reply.status !== 200) return;
  judgeValues(probe, record.values, judgeObject(probe, reply.json), readNames(box.target.world), charge, `read of ${id}`);
}

/** After a server took a write the model cannot follow, the model adopts what the record now holds. */
async function resync(box: Box, session: Session, step: string, id: string): Promise<void> {
  if (findRecord(box.state, id) === undefined) return;
  const reply = await readRecord(session, box.target.world, id, `${step}/resync`);
  const properties = (reply.json as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  const values = Object.fromEntries(readNames(box.target.world).flatMap((name) => (typeof properties[name] === 'string' && properties[name] !== '' ? [[name, properties[name] as string]] : [])));
  box.state = withRecord(box.state, { id, values });
}
