/**
 * The model's state of one object type during a run: the live records it knows (id and the
 * values of the properties the suites write) and the ids it archived. Pure and immutable.
 */
import type { Values } from './values.ts';

export interface ModelRecord {
  id: string;
  values: Values;
}

export interface ModelState {
  records: readonly ModelRecord[];
  archived: readonly string[];
}

export const EMPTY_STATE: ModelState = { records: [], archived: [] };

export function findRecord(state: ModelState, id: string): ModelRecord | undefined {
  return state.records.find((r) => r.id === id);
}

/** Adds the record, or replaces the one with the same id. */
export function withRecord(state: ModelState, record: ModelRecord): ModelState {
  const others = state.records.filter((r) => r.id !== record.id);
  return { ...state, records: [...others, record] };
}

export function withArchived(state: ModelState, id: string): ModelState {
  return { records: state.records.filter((r) => r.id !== id), archived: [...state.archived, id] };
}

/** The live record other than `selfId` whose `name` holds exactly `value`. */
export function holderOf(state: ModelState, name: string, value: string, selfId?: string): ModelRecord | undefined {
  return state.records.find((r) => r.id !== selfId && r.values[name] === value);
}

/** Values after writing `changes` over `values`: "" clears a property (reference notes). */
export function merged(values: Values, changes: Values): Values {
  const out: Values = { ...values };
  for (const [name, value] of Object.entries(changes)) {
    if (value === '') delete out[name];
    else out[name] = value;
  }
  return out;
}
