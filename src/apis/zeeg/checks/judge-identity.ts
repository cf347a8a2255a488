/**
 * Judges which record an accepted write returned: a create names a new UUID no record of the
 * sequence had (RECORD_ID_FRESH) and, for a plain create, lists every attribute
 * (CREATE_LISTS_NULLS); an update returns the record it updated (UPDATE_SAME_RECORD).
 */
import type { ModelState } from '../model/state.ts';
import { findRecord } from '../model/state.ts';
import type { Values } from '../model/values.ts';
import { UUID, type ObservedRecord } from './judge-envelope.ts';
import type { OperationId, Probe } from './probe.ts';
import { CREATE_LISTS_NULLS, RECORD_ID_FRESH, UPDATE_SAME_RECORD } from './write-checks.ts';

/** Absent keys read as null, so this is SHOULD: the record should list every attribute it holds. */
function judgeListsNulls(probe: Probe, values: Values): void {
  const absent = [...probe.world.attributes.keys()].filter((key) => !Object.hasOwn(values, key));
  if (absent.length === 0) probe.recorder.pass(CREATE_LISTS_NULLS);
  else probe.recorder.fail(CREATE_LISTS_NULLS, { message: `the created record does not list ${absent.join(', ')}`, expected: Object.fromEntries(absent.map((k) => [k, null])), observed: values, exchanges: probe.evidence() });
}

export function judgeCreatedId(probe: Probe, op: OperationId, state: ModelState, observed: ObservedRecord): void {
  const reused = !UUID.test(observed.id) || findRecord(state, observed.id) !== undefined || state.deleted.includes(observed.id);
  if (reused) probe.recorder.fail(RECORD_ID_FRESH, { message: `created record has id ${observed.id}, which is not a new UUID`, expected: 'a new UUID', observed: observed.id, exchanges: probe.evidence() }, { stop: true });
  probe.recorder.pass(RECORD_ID_FRESH);
  if (op === 'createRecord') judgeListsNulls(probe, observed.values);
}

export function judgeUpdatedId(probe: Probe, expectedId: string, observed: ObservedRecord): void {
  if (observed.id === expectedId) {
    probe.recorder.pass(UPDATE_SAME_RECORD);
    return;
  }
  probe.recorder.fail(UPDATE_SAME_RECORD, { message: `updated record ${observed.id}, expected ${expectedId}`, expected: expectedId, observed: observed.id, exchanges: probe.evidence() }, { stop: true });
}
