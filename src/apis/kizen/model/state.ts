/**
 * The model's records of one object: active and archived, each with its non-blank values in
 * comparison form, keyed by field UUID. Pure: every change returns a new state.
 */
import type { Level } from '../../../core/checks.ts';
import type { KizenField, KizenWorld } from './world.ts';

export type FieldValues = ReadonlyMap<string, unknown>;

export interface KizenRecord {
  id: string;
  values: FieldValues;
}

export interface KizenState {
  active: readonly KizenRecord[];
  archived: readonly KizenRecord[];
}

export const EMPTY_STATE: KizenState = { active: [], archived: [] };

/** One entry of a request's fields list: a field of the object (by api name or UUID), or a name no field has. */
export type Entry = { field: KizenField; value: unknown; by: 'name' | 'id' } | { unknown: string; value: unknown };

export type RejectReason =
  | 'bad-body' | 'bad-choice' | 'unknown-field' | 'read-only' | 'invalid-value' | 'required' | 'required-blank' | 'duplicate'
  | 'archived-match' | 'lookup-value' | 'not-found' | 'archived-record';

export type Accepted =
  | { outcome: 'created'; values: FieldValues }
  | { outcome: 'updated'; id: string; values: FieldValues }
  | { outcome: 'restored'; id: string; values: FieldValues }
  | { outcome: 'archived'; id: string };

export type Rejection = {
  outcome: 'rejected';
  status: 400 | 403 | 404;
  reason: RejectReason;
  level: Level;
  /** The fields involved, for the message and the type clauses. */
  fields: KizenField[];
  why: string;
  /** For SHOULD rejections the model can follow: what an accepting server does. */
  ifAccepted?: Accepted;
};

export type Prediction = Accepted | Rejection;

export function reject(reason: RejectReason, why: string, options: Partial<Pick<Rejection, 'status' | 'level' | 'fields' | 'ifAccepted'>> = {}): Rejection {
  return { outcome: 'rejected', status: options.status ?? 400, reason, level: options.level ?? 'MUST', fields: options.fields ?? [], why, ...(options.ifAccepted === undefined ? {} : { ifAccepted: options.ifAccepted }) };
}

export function identifierOf(world: KizenWorld, record: KizenRecord): unknown {
  return record.values.get(world.identifier.id);
}

export function activeHolder(world: KizenWorld, state: KizenState, identifier: unknown, except?: string): KizenRecord | undefined {
  return identifier === undefined || identifier === null ? undefined : state.active.find((r) => r.id !== except && identifierOf(world, r) === identifier);
}

export function archivedHolder(world: KizenWorld, state: KizenState, identifier: unknown): KizenRecord | undefined {
  return identifier === undefined || identifier === null ? undefined : state.archived.find((r) => identifierOf(world, r) === identifier);
}

export function findActive(state: KizenState, id: string): KizenRecord | undefined {
  return state.active.find((r) => r.id === id);
}

/** The state after an accepted outcome (`id` names the record a create made). */
export function applyOutcome(state: KizenState, outcome: Accepted, createdId?: string): KizenState {
  const without = (list: readonly KizenRecord[], id: string) => list.filter((r) => r.id !== id);
  switch (outcome.outcome) {
    case 'created':
      return { ...state, active: [...state.active, { id: createdId ?? '', values: outcome.values }] };
    case 'updated':
      return { active: state.active.map((r) => (r.id === outcome.id ? { id: r.id, values: outcome.values } : r)), archived: state.archived };
    case 'restored':
      return { active: [...without(state.active, outcome.id), { id: outcome.id, values: outcome.values }], archived: without(state.archived, outcome.id) };
    case 'archived': {
      const record = state.active.find((r) => r.id === outcome.id);
      return record === undefined ? state : { active: without(state.active, outcome.id), archived: [...state.archived, record] };
    }
  }
}

/** Values after writing `changes` (null blanks a field). */
export function merged(values: FieldValues, changes: FieldValues): FieldValues {
  const out = new Map(values);
  for (const [id, value] of changes) {
    if (value === null) out.delete(id);
    else out.set(id, value);
  }
  return out;
}
