/**
 * How a stored record appears in replies (SimplePublicObject, reference notes): `{ id,
 * properties, createdAt, updatedAt, archived }`, plus archivedAt for an archived record.
 * `properties` holds the asked-for properties that have a value, and the id and timestamp
 * properties the server fills itself; a property without a value is left out (facts B2).
 */
import type { JsonReply } from './http/respond.ts';
import type { ServedType, ServerContext } from './server-context.ts';
import type { StoredObject } from './store/object-store.ts';
import { parseInstant } from './validation/instants.ts';

/** The value of a property for the reply, or undefined when it has none. */
function valueOf(type: ServedType, record: StoredObject, name: string): string | undefined {
  const source = type.def.systemProperties[name];
  if (source !== undefined) return source === 'id' ? record.id : record[source];
  const value = record.values.get(name);
  return value === '' ? undefined : value;
}

/** A value as a reply shows it: a string, unless a fault shows numbers as JSON numbers. */
function shown(ctx: ServerContext, type: ServedType, name: string, value: string): unknown {
  const kind = type.properties.get(name)?.type;
  if (ctx.lenient && (kind === 'date' || kind === 'datetime')) {
    const instant = parseInstant(value);
    if (instant !== undefined) return String(instant.ms);
  }
  if (name === 'hs_object_id' && ctx.faults.has('object-id-property-as-number')) return Number(value);
  const numeric = type.properties.get(name)?.type === 'number' && type.def.systemProperties[name] === undefined;
  return numeric && ctx.faults.has('number-read-back-as-number') ? Number(value) : value;
}

export function objectView(ctx: ServerContext, type: ServedType, record: StoredObject, names: Iterable<string>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const name of new Set([...names, ...Object.keys(type.def.systemProperties)])) {
    if (!type.properties.has(name)) continue;
    const value = valueOf(type, record, name);
    if (value !== undefined) properties[name] = shown(ctx, type, name, value);
    else if (ctx.faults.has('empty-properties-as-null') || ctx.lenient) properties[name] = null;
  }
  const view: Record<string, unknown> = {
    id: record.id,
    properties,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archived: record.archivedAt !== undefined,
  };
  if (record.archivedAt !== undefined && !ctx.lenient) view['archivedAt'] = record.archivedAt;
  if (ctx.faults.has('response-without-archived')) delete view['archived'];
  if (ctx.faults.has('response-without-updated-at')) delete view['updatedAt'];
  return view;
}

/** The properties a write reply shows: the type's default set and every property written (lenient: the system ones). */
export function writtenNames(ctx: ServerContext, type: ServedType, values: ReadonlyMap<string, string>): string[] {
  if (ctx.lenient) return Object.keys(type.def.systemProperties);
  return [...type.def.defaultProperties, ...values.keys()];
}

/** Under the reply faults: the object of `reply` showing each non-empty written value with an "x" appended. */
export function withWrongValues(reply: JsonReply, written: ReadonlyMap<string, string>): JsonReply {
  const object = reply.body as { properties: Record<string, unknown> };
  const properties = { ...object.properties };
  for (const [name, value] of written) if (value !== '') properties[name] = `${value}x`;
  return { ...reply, body: { ...object, properties } };
}

/** A success reply carrying one object. */
export function objectReply(ctx: ServerContext, type: ServedType, status: number, record: StoredObject, names: Iterable<string>): JsonReply {
  return { status, body: objectView(ctx, type, record, names) };
}
