/**
 * Reading records: GET /api/records/{object_identifier}/{id} (an active record by id) and
 * GET /api/records/{object_identifier}/lookup?identifier= (the active record holding that
 * identifier; 400 without one). An archived record is not found by either.
 */
import { KizenError, notFound } from '../http/kizen-error.ts';
import { lenient } from '../lenient.ts';
import { recordReply } from '../record-view.ts';
import { requireObject, type ServerContext } from '../server-context.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { holders } from '../validation/identifier.ts';
import { param, type Handler } from './handler.ts';
import { readOptions } from './read-options.ts';

/** The `record-of-other-object-readable` fault: an active record of any object with this id. */
function elsewhere(ctx: ServerContext, id: string): StoredRecord | undefined {
  if (!ctx.faults.has('record-of-other-object-readable')) return undefined;
  return ctx.objects.map((object) => ctx.store.active(object.def.id, id)).find((record) => record !== undefined);
}

export const getRecord: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'object'));
  const id = param(input, 'id');
  const record = ctx.store.active(object.def.id, id) ?? (ctx.faults.has('archived-record-readable') ? ctx.store.get(object.def.id, id) : undefined) ?? elsewhere(ctx, id);
  if (record === undefined) throw notFound(`Record "${id}" not found.`);
  return recordReply(ctx, object, 200, record, readOptions(object, input, ctx.faults));
};

export const lookupRecord: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'object'));
  const identifier = input.url.searchParams.get('identifier');
  const empty404 = ctx.faults.has('lookup-empty-identifier-404') || lenient(ctx);
  if (identifier !== null && identifier === '' && empty404) throw notFound('No record matches.');
  if (identifier === null || identifier.trim() === '') {
    if (ctx.faults.has('lookup-missing-identifier-404')) throw notFound('No record matches.');
    throw new KizenError(400, 'required', '"identifier" is required.', { non_field_errors: ['identifier: This field is required.'] });
  }
  const match = holders(ctx, object, identifier, false, { exact: lenient(ctx) })[0] ?? (ctx.faults.has('archived-record-found-by-lookup') ? holders(ctx, object, identifier, true)[0] : undefined);
  if (match === undefined) throw notFound(`No ${object.def.entity_name} with ${object.identifier.name} "${identifier}".`);
  const options = ctx.faults.has('lookup-without-fields') ? { only: new Set<string>() } : readOptions(object, input, ctx.faults);
  return recordReply(ctx, object, 200, match, options);
};
