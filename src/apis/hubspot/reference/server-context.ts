/**
 * What every request handler of the HubSpot server works with: the served object types (by
 * name and by objectTypeId), the record store, the switched-on faults, the known tokens and
 * the server's style (reference or lenient).
 */
import type { FaultSet } from './faults/fault-set.ts';
import type { TokenScopes } from './fixtures/tokens.ts';
import { HubspotError } from './http/hubspot-error.ts';
import type { ObjectTypeDef, PropertyDef } from './schema.ts';
import type { ObjectStore } from './store/object-store.ts';

/** One object type as the server serves it: its definition and its properties by name. */
export interface ServedType {
  readonly def: ObjectTypeDef;
  readonly properties: ReadonlyMap<string, PropertyDef>;
}

export interface ServerContext {
  /** Served types under their name and, separately, under their objectTypeId. */
  readonly byName: ReadonlyMap<string, ServedType>;
  readonly byTypeId: ReadonlyMap<string, ServedType>;
  readonly store: ObjectStore;
  readonly faults: FaultSet;
  readonly tokens: TokenScopes;
  /** The lenient twin: the other permitted side of every choice in lenient.ts. */
  readonly lenient: boolean;
}

export function serveType(def: ObjectTypeDef): ServedType {
  return { def, properties: new Map(def.properties.map((p) => [p.name, p] as const)) };
}

/** The served type a path names, by name or objectTypeId, or 404. */
export function requireType(ctx: ServerContext, objectType: string): ServedType {
  const byTypeId = ctx.faults.has('object-type-id-refused') ? undefined : ctx.byTypeId.get(objectType);
  const found = ctx.byName.get(objectType) ?? byTypeId;
  if (found === undefined) {
    throw new HubspotError(404, 'OBJECT_NOT_FOUND', `Unable to infer object type from: ${objectType}`, { context: { objectType: [objectType] } });
  }
  return found;
}
