/**
 * GET /crm/objects/2026-03/{objectType}/{objectId} (and the v3 path): one record, found by id
 * or by a unique idProperty. `properties` picks what comes back (unknown names ignored);
 * without it the type's default set does. `archived=true` reads the recycling bin.
 */
import { invalidInput, objectNotFound } from '../http/hubspot-error.ts';
import { objectReply } from '../object-view.ts';
import type { ServedType, ServerContext } from '../server-context.ts';
import type { StoredObject } from '../store/object-store.ts';
import { findLive, resolveIdProperty } from '../validation/id-property.ts';
import { queryList, type Handler, type RequestInput } from './handler.ts';

function findRecord(ctx: ServerContext, input: RequestInput): StoredObject | undefined {
  const { type, objectId, url } = input;
  const name = ctx.faults.has('read-id-property-ignored') ? null : url.searchParams.get('idProperty');
  const property = resolveIdProperty(type, name, ctx.faults);
  if (url.searchParams.get('archived') === 'true') {
    return property === undefined ? ctx.store.getArchived(type.def.name, objectId) : undefined;
  }
  return findLive(ctx, type, objectId, property);
}

/** The property names the read returns. */
function requestedNames(ctx: ServerContext, type: ServedType, url: URL): readonly string[] {
  const asked = queryList(url, 'properties');
  if (asked.length === 0 || ctx.faults.has('read-ignores-properties-param')) return type.def.defaultProperties;
  const unknown = asked.find((name) => !type.properties.has(name));
  if (unknown !== undefined && ctx.faults.has('read-rejects-unknown-properties')) throw invalidInput(`Property "${unknown}" does not exist.`);
  return asked;
}

export const readObject: Handler = async (ctx, input) => {
  const names = requestedNames(ctx, input.type, input.url);
  const record = findRecord(ctx, input);
  if (record === undefined) throw objectNotFound(input.objectId);
  return objectReply(ctx, input.type, 200, record, names);
};
