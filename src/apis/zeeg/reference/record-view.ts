/**
 * How a stored record is shown in responses: `{ id, objectSlug, attributes, createdAt,
 * updatedAt }` with every writable attribute present (null when it has no value), wrapped in
 * the `{ success: true, status, record }` envelope. The lenient twin shows `{ id, attributes }`
 * only, in `{ record }`, with the freedoms lenient.ts lists (values restyled, extra members).
 */
import type { JsonReply } from './http/respond.ts';
import type { ServedObject, ServerContext } from './server-context.ts';
import type { StoredRecord } from './store/record-store.ts';

export interface RecordViewOptions {
  /** Leave attributes without a value out instead of showing null (a fault, never the default). */
  omitNulls?: boolean;
}

/** A whole option object for a stored `{ id }`, as the twin shows select and multiselect values. */
function enriched(object: ServedObject, key: string, item: unknown): unknown {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  const option = object.writable.get(key)?.options?.find((o) => o.id === id);
  return option === undefined ? item : { ...option, ...(item as object) };
}

/** One stored value as the twin shows it (options enriched, id arrays reversed, UUIDs upper case). */
function lenientValue(ctx: ServerContext, object: ServedObject, key: string, value: unknown): unknown {
  const type = object.writable.get(key)?.type;
  const enrich = ctx.lenient.has('options-enriched');
  const reorder = ctx.lenient.has('id-arrays-reordered');
  if (type === 'select' && enrich) return enriched(object, key, value);
  if (!Array.isArray(value)) return value;
  if (type === 'multiselect') {
    const items = enrich ? value.map((item) => enriched(object, key, item)) : value;
    return reorder ? [...items].reverse() : items;
  }
  if ((type === 'relation' || type === 'user') && reorder) return value.map((id) => String(id).toUpperCase()).reverse();
  return value;
}

function attributesOf(ctx: ServerContext, object: ServedObject, record: StoredRecord, options: RecordViewOptions): Record<string, unknown> {
  const omitNulls = options.omitNulls === true || ctx.lenient.has('null-attributes-left-out');
  const entries: Array<[string, unknown]> = [];
  for (const key of object.writable.keys()) {
    const value = record.values.get(key) ?? null;
    if (value === null && omitNulls) continue;
    entries.push([key, lenientValue(ctx, object, key, value)]);
  }
  return Object.fromEntries(ctx.lenient.has('attributes-reordered') ? entries.reverse() : entries);
}

export function recordView(ctx: ServerContext, object: ServedObject, record: StoredRecord, options: RecordViewOptions = {}): Record<string, unknown> {
  const attributes = attributesOf(ctx, object, record, options);
  const extra = ctx.lenient.has('extra-members') ? { createdBy: 'api' } : {};
  const view: Record<string, unknown> = ctx.lenient.has('record-required-members')
    ? { id: record.id, ...extra, attributes }
    : { id: record.id, ...extra, objectSlug: record.objectSlug, attributes, createdAt: record.createdAt, updatedAt: record.updatedAt };
  if (ctx.faults.has('record-missing-id')) delete view['id'];
  return view;
}

/** A success reply carrying one record. */
export function recordReply(ctx: ServerContext, object: ServedObject, status: number, record: StoredRecord, options: RecordViewOptions = {}): JsonReply {
  const view = recordView(ctx, object, record, options);
  if (ctx.faults.has('missing-envelope')) return { status, body: view };
  const extra = ctx.lenient.has('extra-members') ? { requestId: `req-${record.seq}` } : {};
  if (ctx.lenient.has('record-required-members')) return { status, body: { ...extra, record: view } };
  return { status, body: { success: true, status, ...extra, record: view } };
}
