/**
 * PATCH /crm/objects/2026-03/{objectType}/{objectId} (and the v3 path): "Provided property
 * values will be overwritten"; properties not sent keep their values; "" clears one (reference
 * notes). The record is found by id or by a unique idProperty; no live record is 404.
 */
import { readJson } from '../../../../reference/common/read-body.ts';
import { HubspotError, objectNotFound, propertyValuesInvalid } from '../http/hubspot-error.ts';
import { objectReply, withWrongValues, writtenNames } from '../object-view.ts';
import { isReadOnly } from '../schema.ts';
import type { ServedType, ServerContext } from '../server-context.ts';
import type { StoredObject } from '../store/object-store.ts';
import { findLive, resolveIdProperty } from '../validation/id-property.ts';
import { checkUnique } from '../validation/uniqueness.ts';
import { checkProperties, propertiesOf } from '../validation/write-properties.ts';
import { pause, type Handler, type RequestInput } from './handler.ts';

function findTarget(ctx: ServerContext, input: RequestInput): StoredObject {
  const named = ctx.faults.has('update-id-property-ignored') ? null : input.url.searchParams.get('idProperty');
  const property = resolveIdProperty(input.type, named, ctx.faults);
  const live = findLive(ctx, input.type, input.objectId, property);
  const archived = property === undefined && ctx.faults.has('update-archived-record') ? ctx.store.getArchived(input.type.def.name, input.objectId) : undefined;
  const record = live ?? archived;
  if (record === undefined && ctx.faults.has('update-unknown-id-creates')) return ctx.store.insert(input.type.def.name, new Map());
  if (record === undefined) throw objectNotFound(input.objectId);
  return record;
}

/** The changes a validated update makes, with the update faults applied. */
function changesFor(ctx: ServerContext, type: ServedType, values: ReadonlyMap<string, string>): Map<string, string> {
  const changes = new Map(values);
  if (ctx.faults.has('update-empty-string-ignored')) {
    for (const [name, value] of values) if (value === '') changes.delete(name);
  }
  if (ctx.faults.has('update-wipes-omitted')) {
    for (const property of type.def.properties) {
      if (!isReadOnly(property) && !values.has(property.name)) changes.set(property.name, '');
    }
  }
  return changes;
}

/** The unique rule; under a fault its 409 is answered 400 VALIDATION_ERROR. */
function checkUniqueOnUpdate(ctx: ServerContext, type: ServedType, values: ReadonlyMap<string, string>, selfId: string): void {
  try {
    checkUnique(ctx, type, values, selfId);
  } catch (error) {
    if (!(error instanceof HubspotError) || error.status !== 409 || !ctx.faults.has('update-conflict-as-400')) throw error;
    throw new HubspotError(400, 'VALIDATION_ERROR', error.message);
  }
}

export const updateObject: Handler = async (ctx, input) => {
  const { type } = input;
  const body = await readJson(input.req);
  const record = findTarget(ctx, input);
  const checked = checkProperties(type, propertiesOf(body), ctx.faults, ctx.lenient);
  if (checked.problems.length > 0) {
    if (ctx.faults.has('partial-write-on-reject') && checked.values.size > 0) ctx.store.update(record, checked.values);
    throw propertyValuesInvalid(checked.problems);
  }
  if (!ctx.faults.has('unique-ignored-on-update')) checkUniqueOnUpdate(ctx, type, checked.values, record.id);
  // Between the check and the write nothing else may run; this fault lets racing updates in there.
  if (ctx.faults.has('unique-update-race')) await pause();

  ctx.store.update(record, changesFor(ctx, type, checked.values));
  const reply = objectReply(ctx, type, 200, record, writtenNames(ctx, type, checked.values));
  return ctx.faults.has('update-reply-wrong-values') ? withWrongValues(reply, checked.values) : reply;
};
