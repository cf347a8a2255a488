/**
 * PATCH /api/records/{object_identifier}/{id} with `{ fields }`: write only the sent fields
 * (null or blank clears one), after validating every entry, keeping required fields filled and
 * the identifier unique. Undeclared body keys such as `archived` are ignored. The reply holds
 * the written fields plus `updated`, or every field with return_all_fields=true.
 */
import { isJsonObject, readJson } from '../../../../reference/common/read-body.ts';
import { invalid, notFound } from '../http/kizen-error.ts';
import { lenient } from '../lenient.ts';
import { recordReply } from '../record-view.ts';
import { requireObject, type ServedObject, type ServerContext } from '../server-context.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { hasProblems, parseEntries, requireValidEntries, type FieldValues } from '../validation/field-entries.ts';
import { changedIdentifier, requireUniqueIdentifier } from '../validation/identifier.ts';
import { requireFieldsKept } from '../validation/required.ts';
import { flag, param, type Handler } from './handler.ts';

/** The changes to store: the sent values, or under `patch-wipes-omitted` every other optional field blanked. */
function changesOf(ctx: ServerContext, object: ServedObject, values: FieldValues): FieldValues {
  if (ctx.faults.has('patch-null-ignored')) return new Map([...values].filter(([, value]) => value !== null));
  if (!ctx.faults.has('patch-wipes-omitted')) return values;
  const changes = new Map(values);
  for (const field of object.def.fields) {
    if (!field.is_required && !field.is_read_only && !changes.has(field.id)) changes.set(field.id, null);
  }
  return changes;
}

/** The field UUIDs a patch reply shows: the written ones plus `updated`. */
function writtenFields(object: ServedObject, values: FieldValues): Set<string> {
  const updated = object.byName.get('updated');
  return new Set([...values.keys(), ...(updated === undefined ? [] : [updated.id])]);
}

function activeRecord(ctx: ServerContext, object: ServedObject, id: string): StoredRecord {
  const record = ctx.store.active(object.def.id, id) ?? (ctx.faults.has('patch-archived-record') ? ctx.store.get(object.def.id, id) : undefined);
  if (record === undefined) throw notFound(`Record "${id}" not found.`);
  return record;
}

export const patchRecord: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'object'));
  const record = activeRecord(ctx, object, param(input, 'id'));
  const body = await readJson(input.req);
  if (!isJsonObject(body)) throw invalid('Request body must be a JSON object.');
  const parsed = parseEntries(ctx, object, Object.hasOwn(body, 'fields') ? body['fields'] : []);
  if (hasProblems(parsed) && ctx.faults.has('patch-partial-write-on-reject')) ctx.store.update(record, parsed.values);
  const values = requireValidEntries(ctx, parsed);
  if (!ctx.faults.has('patch-required-unchecked')) requireFieldsKept(object, values);
  if (!ctx.faults.has('patch-identifier-duplicates')) requireUniqueIdentifier(ctx, object, changedIdentifier(object, values), record.id);

  ctx.store.update(record, changesOf(ctx, object, values));
  if (body['archived'] === true && ctx.faults.has('patch-archived-key-archives')) ctx.store.setArchived(record, true);
  const all = flag(input, 'return_all_fields') || ctx.faults.has('patch-returns-all-fields');
  const reply = recordReply(ctx, object, 200, record, all ? {} : { only: writtenFields(object, values), includeHidden: true });
  return lenient(ctx) ? { status: 200, body: { fields: (reply.body as { fields: unknown }).fields } } : reply;
};
