/**
 * How a stored record is shown in responses: `{ id, objectSlug, attributes, createdAt,
 * updatedAt }` with every writable attribute present (null when it has no value), wrapped in
 * the `{ success: true, status, record }` envelope.
 */
import type { JsonReply } from './http/respond.ts';
import type { ServedObject, ServerContext } from './server-context.ts';
import type { StoredRecord } from './store/record-store.ts';

export interface RecordViewOptions {
  /** Leave attributes without a value out instead of showing null (a fault, never the default). */
  omitNulls?: boolean;
}

export function recordView(ctx: ServerContext, object: ServedObject, record: StoredRecord, options: RecordViewOptions = {}): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const key of object.writable.keys()) {
    const value = record.values.get(key) ?? null;
    if (value === null && options.omitNulls === true) continue;
    attributes[key] = value;
  }
  const view: Record<string, unknown> = {
    id: record.id,
    objectSlug: record.objectSlug,
    attributes,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
  if (ctx.faults.has('record-missing-id')) delete view['id'];
  return view;
}

/** A success reply carrying one record. */
export function recordReply(ctx: ServerContext, object: ServedObject, status: number, record: StoredRecord, options: RecordViewOptions = {}): JsonReply {
  const view = recordView(ctx, object, record, options);
  if (ctx.faults.has('missing-envelope')) return { status, body: view };
  return { status, body: { success: true, status, record: view } };
}
