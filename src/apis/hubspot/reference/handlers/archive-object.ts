/**
 * DELETE /crm/objects/2026-03/{objectType}/{objectId} (and the v3 path): move the record "to
 * the recycling bin" and answer 204 (reference notes). An id with no live record is also 204
 * and changes nothing (our reading: archive is idempotent; the sources are silent).
 */
import { HttpError } from '../../../../reference/common/http-error.ts';
import { objectView } from '../object-view.ts';
import { NO_CONTENT } from '../http/respond.ts';
import { objectNotFound } from '../http/hubspot-error.ts';
import type { Handler } from './handler.ts';

export const archiveObject: Handler = async (ctx, input) => {
  const { type } = input;
  const record = ctx.store.get(type.def.name, input.objectId);
  if (record === undefined && ctx.lenient) throw objectNotFound(input.objectId);
  if (record === undefined) return NO_CONTENT;
  if (!ctx.faults.has('archive-leaves-record-readable')) ctx.store.archive(record);
  if (ctx.faults.has('archive-answers-500')) throw new HttpError(500, 'Internal server error.');
  if (ctx.faults.has('archive-answers-200')) return { status: 200, body: objectView(ctx, type, record, type.def.defaultProperties) };
  return NO_CONTENT;
};
