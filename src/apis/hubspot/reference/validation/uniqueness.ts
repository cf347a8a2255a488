/**
 * The hasUniqueValue rule: a non-empty value of a unique property may not be held by another
 * live record. A record may keep, or be given again, its own value. A duplicate is 409 CONFLICT
 * naming the holder's id (reference notes).
 */
import type { FaultSet } from '../faults/fault-set.ts';
import { HubspotError, alreadyExists } from '../http/hubspot-error.ts';
import type { ServedType, ServerContext } from '../server-context.ts';

/** The error for a duplicate, with the `unique-conflict-as-400` fault applied. */
export function duplicateValue(type: ServedType, name: string, existingId: string, faults: FaultSet): HubspotError {
  if (faults.has('unique-conflict-as-400')) {
    return new HubspotError(400, 'VALIDATION_ERROR', `Value of unique property "${name}" already exists on ${existingId}.`);
  }
  if (faults.has('conflict-message-without-id')) return new HubspotError(409, 'CONFLICT', `${type.def.singularLabel} already exists.`);
  return alreadyExists(type.def.singularLabel, existingId);
}

/** Unique properties among `values` with a non-empty value. */
export function uniqueEntries(type: ServedType, values: ReadonlyMap<string, string>): Array<[string, string]> {
  return [...values].filter(([name, value]) => value !== '' && type.properties.get(name)?.hasUniqueValue === true);
}

/** Throw when a unique value in `values` belongs to a live record other than `selfId`. */
export function checkUnique(ctx: ServerContext, type: ServedType, values: ReadonlyMap<string, string>, selfId?: string): void {
  for (const [name, value] of uniqueEntries(type, values)) {
    const holders = ctx.store.holders(type.def.name, name, value);
    const other = holders.find((record) => record.id !== selfId);
    const ownRefused = ctx.faults.has('unique-rejects-own-value') ? holders[0] : undefined;
    const blocking = other ?? ownRefused;
    if (blocking !== undefined) throw duplicateValue(type, name, blocking.id, ctx.faults);
  }
}
