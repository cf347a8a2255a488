/** GET /v2/crm/{objectSlug}/{recordId}: one record, or 404 when it does not exist (any more). */
import { notFound } from '../../../../reference/common/http-error.ts';
import { recordReply } from '../record-view.ts';
import { requireObject } from '../server-context.ts';
import { deletedButReadable } from './delete-record.ts';
import { param, type Handler } from './handler.ts';

export const readRecord: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'slug'));
  const recordId = param(input, 'recordId');
  const record = ctx.store.get(object.def.slug, recordId) ?? deletedButReadable(ctx, recordId);
  if (record === undefined) throw notFound(`Record "${recordId}" not found.`);
  if (!ctx.faults.has('get-drops-multiselect')) return recordReply(ctx, object, 200, record);
  const values = new Map([...record.values].map(([key, value]) => [key, object.writable.get(key)?.type === 'multiselect' ? null : value] as const));
  return recordReply(ctx, object, 200, { ...record, values });
};
