/**
 * The record identifier (name, or email for contacts): how two identifiers are compared, which
 * records hold one, and the rule that no two active records of an object share it.
 *
 * Identifiers are compared ignoring letter case and surrounding or repeated whitespace: upsert
 * matches case-insensitively, Kizen's Lookup page folds case and whitespace, and one comparison
 * for add, upsert and lookup keeps them from disagreeing about which record is meant.
 */
import { KizenError } from '../http/kizen-error.ts';
import { lenient } from '../lenient.ts';
import type { ServedObject, ServerContext } from '../server-context.ts';
import type { StoredRecord } from '../store/record-store.ts';

export interface MatchOptions {
  /** Compare exactly, without folding (the `upsert-case-sensitive` fault). */
  readonly exact?: boolean;
}

/** The comparison form of an identifier; undefined for a value that is no identifier. */
export function identifierKey(value: unknown, options: MatchOptions = {}): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (options.exact === true) return value;
  const key = value.trim().replace(/\s+/g, ' ').toLowerCase();
  return key === '' ? undefined : key;
}

/** Records of the object whose identifier matches `value`, oldest first, active or archived as asked. */
export function holders(ctx: ServerContext, object: ServedObject, value: unknown, archived: boolean, options: MatchOptions = {}): StoredRecord[] {
  const key = identifierKey(value, options);
  if (key === undefined) return [];
  const byFirstName = object.def.identifier_field === 'email' && ctx.faults.has('contact-identified-by-first-name');
  const fieldId = (byFirstName ? object.byName.get('first_name') : undefined)?.id ?? object.identifier.id;
  return ctx.store.find(object.def.id, (record) => record.archived === archived && identifierKey(record.values.get(fieldId), options) === key);
}

/** The identifier a record would hold after `changes` (undefined when unchanged). */
export function changedIdentifier(object: ServedObject, changes: ReadonlyMap<string, unknown>): unknown {
  return changes.get(object.identifier.id);
}

/** Refuse (400, unique) when an active record other than `selfId` holds `value`. */
export function requireUniqueIdentifier(ctx: ServerContext, object: ServedObject, value: unknown, selfId?: string): void {
  if (value === undefined || value === null) return;
  const taken = holders(ctx, object, value, false).some((record) => record.id !== selfId);
  if (taken) {
    throw new KizenError(lenient(ctx) ? 409 : 400, 'unique', `A ${object.def.entity_name} with this ${object.identifier.name} already exists.`, {
      [object.identifier.name]: [`${object.def.entity_name} with this ${object.identifier.name} already exists.`],
    });
  }
}
