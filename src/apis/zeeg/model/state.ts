/**
 * The model's records: what a conforming server holds after the accepted requests of one
 * command sequence. Immutable; every change returns a new state.
 */
import type { Values } from './values.ts';
import type { World } from './world.ts';

export interface ModelRecord {
  id: string;
  /** Every writable attribute, null when unset; values as they were sent. */
  values: Values;
}

export interface ModelState {
  /** Live records in creation order (assert's "first match" is the earliest). */
  records: readonly ModelRecord[];
  /** Ids this sequence deleted. */
  deleted: readonly string[];
}

export const EMPTY_STATE: ModelState = { records: [], deleted: [] };

export function allNull(world: World): Values {
  const values: Record<string, unknown> = {};
  for (const key of world.attributes.keys()) values[key] = null;
  return values;
}

export function findRecord(state: ModelState, id: string): ModelRecord | undefined {
  return state.records.find((record) => record.id === id);
}

export function withRecord(state: ModelState, record: ModelRecord): ModelState {
  const index = state.records.findIndex((r) => r.id === record.id);
  if (index === -1) return { ...state, records: [...state.records, record] };
  const records = [...state.records];
  records[index] = record;
  return { ...state, records };
}

export function withoutRecord(state: ModelState, id: string): ModelState {
  return { records: state.records.filter((r) => r.id !== id), deleted: [...state.deleted, id] };
}

/** Merges sent values over stored ones (patch and assert-update semantics). */
export function merged(values: Values, body: Values): Values {
  return { ...values, ...body };
}
