/**
 * GET /crm/objects/2026-03/{objectType}/{objectId} (and the v3 path): one record, found by id
 * or by a unique idProperty. `properties` picks what comes back (unknown names ignored);
 * without it the type's default set does. `archived=true` reads the recycling bin.
 */
import { invalidInput, objectNotFound } from '../http/hubspot-error.ts';
import type { JsonReply } from '../http/respond.ts';
import { objectReply } from '../object-view.ts';
import type { ServedType, ServerContext } from '../server-context.ts';
import type { StoredObject } from '../store/object-store.ts';
import { findLive, resolveIdProperty } from '../validation/id-property.ts';
import { queryList, type Handler, type RequestInput } from './handler.ts';

function findRecord(ctx: ServerContext, input: RequestInput): StoredObject | undefined {
  const { type, objectId, url } = input;
  const name = ctx.faults.has('read-id-property-ignored') ? null : url.searchParams.get('idProperty');
  const property = resolveIdProperty(type, name, ctx.faults);
  if (url.searchParams.get('archived') === 'true' && !ctx.faults.has('archived-read-refused')) {
    return property === undefined ? ctx.store.getArchived(type.def.name, objectId) : undefined;
  }
  return findLive(ctx, type, objectId, property);
}

/** The property names the read returns. */
function requestedNames(ctx: ServerContext, type: ServedType, url: URL): readonly string[] {
  const asked = queryList(url, 'properties');
  if (asked.length === 0 && ctx.faults.has('read-default-all-properties')) return [...type.properties.keys()];
  if (asked.length === 0 || ctx.faults.has('read-ignores-properties-param')) return type.def.defaultProperties;
  const unknown = asked.find((name) => !type.properties.has(name));
  if (unknown !== undefined && ctx.faults.has('read-rejects-unknown-properties')) throw invalidInput(`Property "${unknown}" does not exist.`);
  return asked;
}

/** Under the `read-cached` fault: the first reply served for each record id, per server. */
const firstReplies = new WeakMap<ServerContext, Map<string, JsonReply>>();

function cachedReply(ctx: ServerContext, id: string, reply: JsonReply): JsonReply {
  const cache = firstReplies.get(ctx) ?? new Map<string, JsonReply>();
  firstReplies.set(ctx, cache);
  if (!cache.has(id)) cache.set(id, reply);
  return cache.get(id)!;
}

export const readObject: Handler = async (ctx, input) => {
  const names = requestedNames(ctx, input.type, input.url);
  const record = findRecord(ctx, input);
  if (record === undefined && ctx.faults.has('read-unknown-id-answers-200')) return { status: 200, body: { id: input.objectId, properties: {} } };
  if (record === undefined) throw objectNotFound(input.objectId);
  const reply = objectReply(ctx, input.type, 200, record, names);
  return ctx.faults.has('read-cached') ? cachedReply(ctx, record.id, reply) : reply;
};
