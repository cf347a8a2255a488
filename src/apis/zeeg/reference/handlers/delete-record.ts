/**
 * DELETE /v2/crm/{objectSlug}/{recordId}: remove a record. Delete is not idempotent: a second
 * delete of the same id is 404, and so is a later GET. The twin answers `{ success: true }` only.
 */
import { HttpError, notFound } from '../../../../reference/common/http-error.ts';
import { requireObject, type ServerContext } from '../server-context.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { param, type Handler } from './handler.ts';

/** Records deleted while `delete-leaves-record-readable` is on, per server. */
const readableGraves = new WeakMap<ServerContext, Map<string, StoredRecord>>();

/** A deleted record GET still shows under the `delete-leaves-record-readable` fault. */
export function deletedButReadable(ctx: ServerContext, recordId: string): StoredRecord | undefined {
  return readableGraves.get(ctx)?.get(recordId);
}

const DELETED = { status: 200, body: { success: true, status: 200, message: 'Record deleted.' } };

export const deleteRecord: Handler = async (ctx, input) => {
  if (ctx.faults.has('delete-resets-connection')) {
    // The fault: the connection is cut before any answer, as a crashing worker would.
    input.req.socket.destroy();
    return new Promise<never>(() => undefined);
  }
  const object = requireObject(ctx, param(input, 'slug'));
  const recordId = param(input, 'recordId');
  const record = ctx.store.get(object.def.slug, recordId);
  if (record === undefined) {
    if (ctx.faults.has('delete-idempotent')) return DELETED;
    throw notFound(`Record "${recordId}" not found.`);
  }
  ctx.store.remove(object.def.slug, recordId);
  if (ctx.faults.has('delete-leaves-record-readable')) {
    const graves = readableGraves.get(ctx) ?? new Map<string, StoredRecord>();
    graves.set(recordId, record);
    readableGraves.set(ctx, graves);
  }
  ctx.persist();
  if (ctx.faults.has('delete-answers-500')) throw new HttpError(500, 'Internal server error.');
  if (ctx.faults.has('delete-answers-bare-ok')) return { status: 200, body: { deleted: true } };
  return ctx.lenient.has('delete-success-only') ? { status: 200, body: { success: true } } : DELETED;
};
