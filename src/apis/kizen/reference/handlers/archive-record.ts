/**
 * Archiving and restoring: DELETE /api/records/{object_identifier}/{id} archives an active
 * record and keeps its data (204, no body; 404 when there is no active record), and
 * PATCH …/{id}/unarchive restores an archived record with every value it had (200 with the
 * record). Restoring a record whose identifier an active record now holds is refused (400).
 */
import { HttpError } from '../../../../reference/common/http-error.ts';
import { notFound } from '../http/kizen-error.ts';
import { lenient } from '../lenient.ts';
import { recordReply } from '../record-view.ts';
import { requireObject } from '../server-context.ts';
import { requireUniqueIdentifier } from '../validation/identifier.ts';
import { param, type Handler } from './handler.ts';

export const archiveRecord: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'object'));
  const id = param(input, 'id');
  const record = ctx.store.active(object.def.id, id) ?? (ctx.faults.has('archive-twice-accepted') ? ctx.store.get(object.def.id, id) : undefined);
  if (record === undefined) throw notFound(`Record "${id}" not found.`);
  if (ctx.faults.has('archive-deletes-data')) {
    // The identifier stays, so the archived record can still be matched by add and upsert.
    ctx.store.update(record, new Map([...record.values.keys()].filter((key) => key !== object.identifier.id).map((key) => [key, null] as const)));
  }
  ctx.store.setArchived(record, true);
  if (ctx.faults.has('archive-answers-500')) throw new HttpError(500, 'Internal server error.');
  if (ctx.faults.has('archive-answers-200')) return recordReply(ctx, object, 200, record);
  return { status: 204, body: undefined };
};

export const unarchiveRecord: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'object'));
  const id = param(input, 'id');
  const record = ctx.store.get(object.def.id, id);
  if (record === undefined) throw notFound(`Record "${id}" not found.`);
  if (record.archived) {
    requireUniqueIdentifier(ctx, object, record.values.get(object.identifier.id), record.id);
    ctx.store.setArchived(record, false);
  }
  if (lenient(ctx)) return { status: 204, body: undefined };
  return recordReply(ctx, object, ctx.faults.has('unarchive-answers-202') ? 202 : 200, record);
};
