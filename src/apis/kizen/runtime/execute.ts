/**
 * Sends one Kizen write, judges it against the model's prediction and applies the outcome.
 * After an acceptance the record is read back and compared; after a refusal every record the
 * write could touch is re-read, and a fresh identifier it carried is looked up, to prove it
 * left no trace.
 */
import { judgeWriteStatus } from '../checks/judge-status.ts';
import { expectThat, judgeRequestId } from '../checks/probe.ts';
import * as C from '../checks/record-checks.ts';
import type { CheckDef } from '../../../core/checks.ts';
import type { Reply } from '../../../http/client.ts';
import { applyOutcome, merged, type Accepted } from '../model/state.ts';
import { UUID } from '../model/values.ts';
import type { KizenField } from '../model/world.ts';
import type { Session } from '../../../runner/session.ts';
import { sentStep } from '../../../runner/sent-step.ts';
import { provedAbsent, provedArchived, readBack } from './reads.ts';
import type { KizenBox, WriteStep } from './steps.ts';
import { probeOf } from './target.ts';

const idOf = (reply: Reply) => (reply.json as { id?: unknown } | undefined)?.id;

export async function executeWrite(box: KizenBox, session: Session, write: WriteStep): Promise<'accepted' | 'rejected'> {
  const { target } = box;
  const probe = probeOf(session, target);
  box.trail?.add(sentStep(write.step, write.request));
  const reply = await session.client.send(write.step, write.request);
  judgeRequestId(probe, reply);
  const createdId = idOf(reply);
  const creates = write.op === 'addRecord' || write.op === 'upsertRecord';
  if (creates && reply.status >= 200 && reply.status < 300 && typeof createdId === 'string') session.track(target.slug, createdId);
  // A duplicate add the server took: first prove whether it wrote over the record that held the identifier.
  const duplicate = write.prediction.outcome === 'rejected' && write.prediction.reason === 'duplicate';
  if (write.op === 'addRecord' && duplicate && reply.status >= 200 && reply.status < 300) await proveNoTrace(box, session, { ...write, fresh: undefined });
  const accepted = judgeWriteStatus(probe, write.op, write.prediction, reply, write.entries.length, write.statusCheck);
  if (accepted === undefined) {
    await proveNoTrace(box, session, write);
    return 'rejected';
  }
  await judgeAccepted(box, session, write, reply, accepted);
  return 'accepted';
}

function sentIds(write: WriteStep): Set<string> {
  return new Set(write.entries.flatMap((e) => ('field' in e ? [e.field.id] : [])));
}

async function judgeAccepted(box: KizenBox, session: Session, write: WriteStep, reply: Reply, accepted: Accepted): Promise<void> {
  const { target } = box;
  const probe = probeOf(session, target);
  const world = target.world;
  const id = idOf(reply);
  if (accepted.outcome === 'archived') {
    expectThat(probe, C.ARCHIVE_204, (reply.exchange.response?.body ?? '') === '', 'no body', reply.exchange.response?.body, 'archive answered 204 with a body', { stop: true });
    const identifier = target.world.fields.length > 0 ? box.state.active.find((r) => r.id === accepted.id)?.values.get(world.identifier.id) : undefined;
    box.state = applyOutcome(box.state, accepted);
    await provedArchived(session, target, accepted.id, identifier, C.ARCHIVED_GONE, write.step);
    return;
  }
  if (write.op === 'addRecord' && accepted.outcome === 'created') {
    const validator = probe.operations.responseValidator('addRecord', reply.status);
    expectThat(probe, C.ADD_REPLY_SHAPE, validator === undefined || validator(reply.json).valid, 'id, object_type, num_upcoming_activities, num_associated_team_members', reply.exchange.response?.body, 'the add reply lacks a member the page requires', { stop: true });
  }
  let recordId: string;
  if (accepted.outcome === 'created') {
    const known = [...box.state.active, ...box.state.archived].some((r) => r.id === id);
    expectThat(probe, write.statusCheck ?? (write.op === 'addRecord' ? C.ADD_ACCEPTED : C.UPSERT_CREATES_201), typeof id === 'string' && UUID.test(id) && !known, 'a new UUID', id, `the created record's id ${JSON.stringify(id)} is no new UUID`, { stop: true });
    recordId = id as string;
  } else {
    const check = write.op === 'upsertRecord' ? C.UPSERT_NO_DUPLICATE : write.op === 'addRecord' ? C.ARCHIVED_UNARCHIVE : C.PATCH_ACCEPTED;
    expectThat(probe, check, id === undefined && (write.op === 'patchRecord' || write.op === 'unarchiveRecord') ? true : id === accepted.id, accepted.id, id, `the reply names record ${JSON.stringify(id)}, not ${accepted.id}`, { stop: true });
    recordId = accepted.id;
  }
  if (write.op === 'addRecord') judgeDisplayName(box, session, reply, accepted);
  box.state = applyOutcome(box.state, accepted, recordId);
  const values = accepted.outcome === 'created' || accepted.outcome === 'updated' || accepted.outcome === 'restored' ? accepted.values : new Map();
  const held = await readBack(session, target, recordId, values, { checkFor: valueCheckOf(write, accepted) }, write.valueCheck ?? C.ADD_VALUES_STORED, write.step);
  // After a SHOULD difference the model follows what the server holds, so later reads judge from there.
  if (held.size > 0) box.state = applyOutcome(box.state, { outcome: 'updated', id: recordId, values: merged(values, held) });
  if (write.op === 'patchRecord') judgePatchReply(box, session, write, reply);
}

/** The check a value difference is charged to, per field, for each kind of write. */
function valueCheckOf(write: WriteStep, accepted: Accepted): (field: KizenField) => CheckDef {
  const sent = sentIds(write);
  const byId = new Set(write.entries.flatMap((e) => ('field' in e && e.by === 'id' ? [e.field.id] : [])));
  return (field) => {
    if (byId.has(field.id)) return C.FIELD_BY_ID;
    if (write.valueCheck !== undefined) return write.valueCheck;
    switch (write.op) {
      case 'addRecord': return accepted.outcome === 'restored' ? C.ARCHIVED_UNARCHIVE : C.ADD_VALUES_STORED;
      case 'upsertRecord':
        if (accepted.outcome === 'created') return sent.has(field.id) ? C.UPSERT_CREATES_201 : C.UPSERT_IDENTIFIER_INJECTED;
        return sent.has(field.id) ? C.UPSERT_UPDATES_200 : C.UPSERT_KEEPS_OMITTED;
      case 'patchRecord': return sent.has(field.id) ? C.PATCH_VALUES_STORED : C.PATCH_KEEPS_OMITTED;
      case 'unarchiveRecord': return accepted.outcome === 'restored' ? C.UNARCHIVE_RESTORES : C.ARCHIVE_AGAIN;
      default: return C.ADD_VALUES_STORED;
    }
  };
}

/** On a custom object (identified by name) the reply's display_name is the name (KIZEN-ADD-011). */
function judgeDisplayName(box: KizenBox, session: Session, reply: Reply, accepted: Accepted): void {
  const world = box.target.world;
  const shown = (reply.json as { display_name?: unknown } | undefined)?.display_name;
  if (world.identifier.name !== 'name' || shown === undefined || accepted.outcome !== 'created') return;
  const name = accepted.values.get(world.identifier.id);
  expectThat(probeOf(session, box.target), C.DISPLAY_NAME, shown === name, name, shown, `display_name ${JSON.stringify(shown)} is not the record's name`);
}

/** The patch reply shows exactly the written (non-blank) fields plus updated (KIZEN-PATCH-003). */
function judgePatchReply(box: KizenBox, session: Session, write: WriteStep, reply: Reply): void {
  const world = box.target.world;
  const fields = (reply.json as { fields?: unknown } | undefined)?.fields;
  const keys = typeof fields === 'object' && fields !== null ? Object.keys(fields) : [];
  const written = write.entries.flatMap((e) => ('field' in e && e.value !== null && e.value !== '' && !(Array.isArray(e.value) && e.value.length === 0) ? [e.field.id] : []));
  const updated = world.fields.find((f) => f.name === 'updated')?.id;
  // A field written blank may show (as blank) or be left out: either is a reply of the written fields.
  const sent = sentIds(write);
  const extra = keys.filter((k) => !written.includes(k) && !sent.has(k) && k !== updated);
  const missing = written.filter((k) => !keys.includes(k));
  const names = (ids: string[]) => ids.map((i) => world.byId.get(i)?.name ?? i).join(', ');
  expectThat(probeOf(session, box.target), C.PATCH_REPLY_FIELDS, extra.length === 0 && missing.length === 0, `the written fields${updated === undefined ? '' : ' and updated'}`, keys, `the patch reply ${extra.length > 0 ? `also shows ${names(extra)}` : `lacks ${names(missing)}`}`, { stop: true });
}

/** The check a refused upsert's lookup_value answers to: missing or empty (MUST), whitespace (SHOULD). */
function lookupCheck(write: Pick<WriteStep, 'prediction'>): CheckDef | undefined {
  const p = write.prediction;
  if (p.outcome !== 'rejected' || p.reason !== 'lookup-value') return undefined;
  return p.level === 'MUST' ? C.UPSERT_LOOKUP_REQUIRED : C.UPSERT_LOOKUP_BLANK;
}

async function proveNoTrace(box: KizenBox, session: Session, write: Omit<WriteStep, 'fresh'> & { fresh?: string | undefined }): Promise<void> {
  const { target } = box;
  const unchanged = write.op === 'addRecord' ? C.ADD_NEVER_MODIFIES : C.REFUSED_WRITE_NO_TRACE;
  for (const record of box.state.active) {
    if (!write.touched.includes(record.id)) continue;
    if (write.op === 'patchRecord' && !write.request.path.endsWith(`/${record.id}`)) continue;
    if (write.op === 'upsertRecord' && record.values.get(target.world.identifier.id) !== (write.request.json as { lookup_value?: unknown }).lookup_value) continue;
    if (write.op === 'addRecord' && write.prediction.outcome === 'rejected' && write.prediction.reason !== 'duplicate') continue;
    await readBack(session, target, record.id, record.values, { checkFor: () => unchanged }, unchanged, `${write.step}: refused`);
  }
  if (write.fresh === undefined) return;
  const check = write.op === 'addRecord' ? C.REFUSED_ADD_CREATES_NOTHING : lookupCheck(write) ?? C.REFUSED_WRITE_NO_TRACE;
  await provedAbsent(session, target, write.fresh, check, `${write.step}: refused`);
}
