/**
 * POST /api/records/{object_identifier}/upsert with `{ lookup_value, fields,
 * oncreate_unarchive, onupdate_archived_conflict }`: the first active record whose identifier
 * matches lookup_value is updated (200, action updated); otherwise a record is created with
 * lookup_value as its identifier unless fields name one (201, created). When only an archived
 * record matches, oncreate_unarchive decides: prompt refuses, unarchive restores it and applies
 * the fields (201, unarchived), overwrite creates.
 */
import { isJsonObject, readJson } from '../../../../reference/common/read-body.ts';
import { KizenError, invalid, notFound } from '../http/kizen-error.ts';
import { lenient } from '../lenient.ts';
import { recordReply } from '../record-view.ts';
import { requireObject, type ServedObject, type ServerContext } from '../server-context.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { checkFieldValue } from '../validation/field-value.ts';
import { validEntries, type FieldValues } from '../validation/field-entries.ts';
import { changedIdentifier, holders, requireUniqueIdentifier } from '../validation/identifier.ts';
import { requireFieldsKept, requireFieldsOnCreate } from '../validation/required.ts';
import { archivedConflict, checkArchivedConflictChoice, unarchiveChoice } from '../validation/unarchive-choice.ts';
import { param, yieldTurn, type Handler } from './handler.ts';

type Action = 'created' | 'updated' | 'unarchived';

function upsertReply(ctx: ServerContext, object: ServedObject, status: number, record: StoredRecord, action: Action) {
  if (lenient(ctx)) return { status, body: { id: record.id, action } };
  return recordReply(ctx, object, status, record, { extra: { action } });
}

function lookupValueOf(ctx: ServerContext, body: Record<string, unknown>): string {
  const value = body['lookup_value'];
  if (typeof value === 'number' && Number.isFinite(value) && lenient(ctx)) return String(value);
  if (typeof value === 'string' && (value.trim() !== '' || (value === '' && ctx.faults.has('upsert-empty-lookup-accepted')))) return value;
  if (typeof value === 'string' && value !== '' && ctx.faults.has('upsert-whitespace-lookup-404')) throw notFound('No record matches.');
  throw new KizenError(400, 'required', '"lookup_value" is required and may not be blank.', { non_field_errors: ['lookup_value: This field is required.'] });
}

/** The values of a new record: lookup_value becomes the identifier when fields name none. */
function valuesToCreate(ctx: ServerContext, object: ServedObject, values: FieldValues, lookupValue: string): FieldValues {
  const identifierId = object.identifier.id;
  if (values.has(identifierId) || ctx.faults.has('upsert-no-identifier-injection')) return values;
  const check = checkFieldValue(ctx, object.identifier, lookupValue);
  if (!check.ok) throw invalid(`lookup_value is not a valid ${object.identifier.name}: ${check.problem}`);
  return new Map([...values, [identifierId, check.stored]]);
}

/** The `upsert-update-wipes-omitted` fault: every optional writable field not sent becomes blank. */
function withOmittedBlanked(object: ServedObject, sent: FieldValues): FieldValues {
  const blanked = object.def.fields.filter((field) => !field.is_required && !field.is_read_only && !sent.has(field.id));
  return new Map([...sent, ...blanked.map((field) => [field.id, null] as const)]);
}

/**
 * Write `values` onto an existing (or archived, about to be restored) record after checking
 * that its required fields stay filled and no other active record holds its identifier.
 */
function writeOnto(ctx: ServerContext, object: ServedObject, record: StoredRecord, sent: FieldValues): StoredRecord {
  const values = ctx.faults.has('upsert-update-wipes-omitted') ? withOmittedBlanked(object, sent) : sent;
  requireFieldsKept(object, values);
  const identifier = changedIdentifier(object, values) ?? record.values.get(object.identifier.id);
  requireUniqueIdentifier(ctx, object, identifier, record.id);
  return ctx.store.update(record, values);
}

export const upsertRecord: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'object'));
  const body = await readJson(input.req);
  if (!isJsonObject(body)) throw invalid('Request body must be a JSON object.');
  const lookupValue = lookupValueOf(ctx, body);
  const choice = unarchiveChoice(body['oncreate_unarchive'], 'oncreate_unarchive');
  checkArchivedConflictChoice(body['onupdate_archived_conflict']);
  const values = validEntries(ctx, object, body['fields'] ?? []);

  const exact = ctx.faults.has('upsert-case-sensitive');
  const match = ctx.faults.has('upsert-duplicates') ? undefined : holders(ctx, object, lookupValue, false, { exact })[0];
  if (match !== undefined) {
    const status = ctx.faults.has('upsert-update-returns-201') ? 201 : 200;
    return upsertReply(ctx, object, status, writeOnto(ctx, object, match, values), 'updated');
  }
  const archived = holders(ctx, object, lookupValue, true, { exact })[0];
  if (archived !== undefined && choice === 'prompt' && !ctx.faults.has('upsert-archived-match-ignored')) throw archivedConflict(object.def.entity_name, object.identifier.name, lenient(ctx));
  if (archived !== undefined && choice === 'unarchive') {
    const restored = writeOnto(ctx, object, archived, values);
    return upsertReply(ctx, object, 201, ctx.store.setArchived(restored, false), 'unarchived');
  }
  const toCreate = valuesToCreate(ctx, object, values, lookupValue);
  requireFieldsOnCreate(object, toCreate);
  requireUniqueIdentifier(ctx, object, toCreate.get(object.identifier.id));
  const status = ctx.faults.has('upsert-create-returns-200') ? 200 : 201;
  // The upsert-race-duplicates fault: the match and the insert are not one step.
  if (ctx.faults.has('upsert-race-duplicates')) await yieldTurn();
  return upsertReply(ctx, object, status, ctx.store.insert(object.def.id, toCreate), 'created');
};
