/**
 * PATCH /v2/crm/{objectSlug}/{recordId}: change only the attributes in the body; null clears
 * one; relation and user arrays are replaced whole. Unknown record → 404 (400 in the twin). The whole body is
 * validated before the record is touched.
 */
import { HttpError } from '../../../../reference/common/http-error.ts';
import { refusalStatus } from '../lenient.ts';
import { isJsonObject, readJson } from '../../../../reference/common/read-body.ts';
import { recordReply } from '../record-view.ts';
import { requireWriteObject, type ServedObject, type ServerContext } from '../server-context.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { checkReferences } from '../validation/references.ts';
import { checkUnique } from '../validation/uniqueness.ts';
import { validateWriteBody } from '../validation/write-body.ts';
import { param, type Handler } from './handler.ts';

/** The `partial-write-on-reject` fault: store the individually valid keys of a rejected body. */
function writeValidPart(ctx: ServerContext, object: ServedObject, record: StoredRecord, body: unknown): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
  const valid = new Map<string, unknown>();
  for (const [key, value] of Object.entries(body)) {
    if (object.validators.value(key, value).valid) valid.set(key, value);
  }
  if (valid.size > 0) ctx.store.update(record, valid);
}

/** The `patch-skips-type-check` fault: the body's writable keys as sent, unchecked. */
function writableAsSent(object: ServedObject, body: unknown): Map<string, unknown> {
  if (!isJsonObject(body)) return new Map();
  return new Map(Object.entries(body).filter(([key]) => object.writable.has(key)));
}

/** The changes a validated body makes, with the patch faults applied. */
function patchChanges(ctx: ServerContext, object: ServedObject, record: StoredRecord, values: ReadonlyMap<string, unknown>): Map<string, unknown> {
  const changes = new Map(values);
  for (const [key, value] of values) {
    if (value === null && ctx.faults.has('patch-null-ignored')) changes.delete(key);
    const type = object.writable.get(key)?.type;
    if ((type === 'relation' || type === 'user') && Array.isArray(value) && ctx.faults.has('patch-relation-appends')) {
      const held = record.values.get(key);
      const before = Array.isArray(held) ? held : [];
      changes.set(key, [...before, ...value.filter((id) => !before.includes(id))]);
    }
  }
  if (ctx.faults.has('patch-wipes-omitted')) {
    for (const key of object.writable.keys()) if (!values.has(key)) changes.set(key, null);
  }
  return changes;
}

/** The refusal of a patch of a record that does not exist: 404, 400 in the twin or with its fault. */
function unknownRecord(ctx: ServerContext, recordId: string): HttpError {
  const status = ctx.faults.has('patch-unknown-record-400') ? 400 : refusalStatus(ctx.lenient, 'patch-unknown-record-400', 404, 400);
  return new HttpError(status, `Record "${recordId}" not found.`);
}

export const patchRecord: Handler = async (ctx, input) => {
  const object = requireWriteObject(ctx, param(input, 'slug'));
  const recordId = param(input, 'recordId');
  const body = await readJson(input.req);
  const record = ctx.store.get(object.def.slug, recordId);
  if (record === undefined) {
    if (!ctx.faults.has('patch-unknown-record-creates')) throw unknownRecord(ctx, recordId);
    const values = validateWriteBody(ctx, object, body);
    const created = ctx.store.insert(object.def.slug, values, { id: recordId });
    ctx.persist();
    return recordReply(ctx, object, 201, created);
  }

  let values: Map<string, unknown>;
  try {
    values = ctx.faults.has('patch-skips-type-check') ? writableAsSent(object, body) : validateWriteBody(ctx, object, body);
    checkReferences(ctx, object, values);
  } catch (error) {
    if (error instanceof HttpError && ctx.faults.has('partial-write-on-reject')) writeValidPart(ctx, object, record, body);
    throw error;
  }
  if (!ctx.faults.has('unique-ignored-on-patch')) {
    const conflict = ctx.faults.has('unique-patch-conflict-422') ? 422 : refusalStatus(ctx.lenient, 'patch-unique-conflict-409', 400, 409);
    checkUnique(ctx, object, values, { selfId: record.id, rejectOwn: ctx.faults.has('unique-rejects-own-value-on-patch'), status: conflict });
  }
  const updated = ctx.store.update(record, patchChanges(ctx, object, record, values));
  ctx.persist();
  return recordReply(ctx, object, 200, updated);
};
