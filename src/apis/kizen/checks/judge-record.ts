/**
 * Judges a record reply: its shape (fields keyed by field UUID), blank fields left out, and
 * each judged field's value against the model, charging a difference to the check the caller
 * names for that field (values stored, fields kept, entries by id, …).
 */
import type { CheckDef } from '../../../core/checks.ts';
import type { Reply } from '../../../http/client.ts';
import type { FieldValues } from '../model/state.ts';
import { encodingProblem, readForm, sameForm, UNJUDGED } from '../model/values.ts';
import { judgedFields, type KizenField } from '../model/world.ts';
import { expectThat, judgeRequestId, type KizenProbe } from './probe.ts';
import { BLANK_OMITTED, READ_REPLY_MEMBERS, RECORD_SHAPE } from './record-checks.ts';
import { READ_ENCODING } from './type-checks.ts';

export type FieldEntries = Record<string, { value?: unknown } | undefined>;

/** The fields map of a record reply when its shape holds (MUST), else a stop. */
export function judgeRecordShape(probe: KizenProbe, reply: Reply, op = 'getRecord'): { id: string; fields: FieldEntries } {
  const body = reply.json as { id?: unknown; fields?: unknown } | undefined;
  const validator = probe.operations.responseValidator(op, reply.status);
  const schemaOk = validator === undefined || validator(reply.json).valid;
  const fields = typeof body?.fields === 'object' && body.fields !== null && !Array.isArray(body.fields) ? (body.fields as Record<string, unknown>) : undefined;
  const keyed = fields !== undefined && Object.entries(fields).every(([key, entry]) => (entry as { id?: unknown } | null)?.id === key);
  expectThat(probe, RECORD_SHAPE, schemaOk && typeof body?.id === 'string' && keyed, '{ id, fields keyed by field UUID }', reply.exchange.response?.body ?? '', `the ${op} reply is not a record with fields keyed by field UUID`, { stop: true });
  if (op === 'getRecord' || op === 'lookupRecord') judgeReadMembers(probe, reply, op);
  judgeRequestId(probe, reply);
  return { id: body!.id as string, fields: fields as FieldEntries };
}

const ACCESS_KEYS = ['view', 'edit', 'remove'];

/** The members facts A3 gives a record read besides id and fields (KIZEN-READ-006). */
function judgeReadMembers(probe: KizenProbe, reply: Reply, op: string): void {
  const body = reply.json as Record<string, unknown>;
  const access = body['access'] as Record<string, unknown> | null | undefined;
  const missing = [
    ...(typeof body['object_type'] === 'string' ? [] : ['object_type']),
    ...('client_info' in body ? [] : ['client_info']),
    ...(typeof access === 'object' && access !== null ? ACCESS_KEYS.filter((k) => typeof access[k] !== 'boolean').map((k) => `access.${k}`) : ['access']),
  ];
  expectThat(probe, READ_REPLY_MEMBERS, missing.length === 0, 'object_type, client_info, access { view, edit, remove }', reply.exchange.response?.body ?? '', `the ${op} reply lacks ${missing.join(', ')}`, { stop: true });
}

export interface ValueJudging {
  /** The check charged when a field's value differs from the model. */
  checkFor(field: KizenField): CheckDef;
  /** Fields whose values this read does not judge (e.g. a patch reply shows only the written ones). */
  skip?: (field: KizenField) => boolean;
}

/**
 * Compares every judged field of a read with the model's values. A difference charged to a
 * MUST check stops the run; one charged to a SHOULD check is recorded and the case goes on with
 * what the server holds, which the returned map gives (field UUID -> read form, null for blank).
 */
export function judgeFieldValues(probe: KizenProbe, fields: FieldEntries, expected: FieldValues, judging: ValueJudging, what: string): Map<string, unknown> {
  const observed = new Map<string, unknown>();
  const stop = (check: CheckDef, ok: boolean, id: string, read: unknown) => {
    if (!ok && check.level === 'SHOULD') observed.set(id, read);
    return { stop: check.level === 'MUST' };
  };
  for (const field of judgedFields(probe.world)) {
    if (field.kind === undefined || judging.skip?.(field) === true) continue;
    const entry = fields[field.id];
    const want = expected.get(field.id);
    const check = judging.checkFor(field);
    if (want === undefined) {
      if (entry === undefined) continue;
      const blank = entry.value === null || entry.value === '' || (Array.isArray(entry.value) && entry.value.length === 0);
      const charged = blank ? BLANK_OMITTED : check;
      expectThat(probe, charged, false, 'absent', entry.value, `${what}: ${field.name} should have no value and be left out, but reads ${JSON.stringify(entry.value)}`, stop(charged, false, field.id, blank ? null : readForm(field, entry.value)));
      continue;
    }
    if (want === UNJUDGED) {
      // A value only a SHOULD rule refuses, taken: the field holds something; what is not judged.
      expectThat(probe, check, entry !== undefined, 'a value', undefined, `${what}: ${field.name} reads nothing after the server took its value`, stop(check, entry !== undefined, field.id, null));
      continue;
    }
    const got = entry === undefined ? undefined : readForm(field, entry.value);
    const same = entry !== undefined && sameForm(got, want);
    expectThat(probe, check, same, want, entry?.value, `${what}: ${field.name} reads ${entry === undefined ? 'nothing' : JSON.stringify(entry.value)}, expected ${JSON.stringify(want)}`, stop(check, same, field.id, got ?? null));
    if (entry === undefined) continue;
    const problem = encodingProblem(field, entry.value);
    expectThat(probe, READ_ENCODING, problem === undefined, 'the observed encoding', entry.value, `${what}: ${problem ?? ''}`);
  }
  probe.recorder.pass(BLANK_OMITTED);
  return observed;
}
