/**
 * POST /api/records/{object_identifier}/add: create a record from `{ fields, unarchive }`.
 * Every entry is validated and required fields checked before anything is written; an
 * identifier an active record holds is refused; one that only an archived record holds is
 * settled by `unarchive` (prompt refuses, unarchive restores that record unchanged, overwrite
 * creates anyway). Answers 200 with the record.
 */
import { isJsonObject, readJson } from '../../../../reference/common/read-body.ts';
import { KizenError, invalid, notFound } from '../http/kizen-error.ts';
import { lenient } from '../lenient.ts';
import { recordReply, recordView } from '../record-view.ts';
import { requireObject, type ServedObject, type ServerContext } from '../server-context.ts';
import type { StoredRecord } from '../store/record-store.ts';
import { hasProblems, parseEntries, requireValidEntries } from '../validation/field-entries.ts';
import { holders, requireUniqueIdentifier } from '../validation/identifier.ts';
import { requireFieldsOnCreate } from '../validation/required.ts';
import { archivedConflict, unarchiveChoice } from '../validation/unarchive-choice.ts';
import { param, yieldTurn, type Handler } from './handler.ts';

function addReply(ctx: ServerContext, object: ServedObject, record: StoredRecord) {
  if (lenient(ctx)) {
    const { id, object_type, num_upcoming_activities, num_associated_team_members } = recordView(ctx, object, record);
    return { status: 201, body: { id, object_type, num_upcoming_activities, num_associated_team_members } };
  }
  const reply = recordReply(ctx, object, ctx.faults.has('add-status-202') ? 202 : 200, record);
  if (ctx.faults.has('add-reply-missing-team-members')) {
    const { num_associated_team_members: _members, ...rest } = reply.body as Record<string, unknown>;
    return { ...reply, body: rest };
  }
  if (ctx.faults.has('add-reply-missing-counts')) {
    const { num_upcoming_activities: _activities, num_associated_team_members: _members, ...rest } = reply.body as Record<string, unknown>;
    return { ...reply, body: rest };
  }
  return reply;
}

/** The `fields` member; the `add-fields-object-accepted` fault turns `{ name: value }` into entries. */
function fieldsOf(ctx: ServerContext, fields: unknown): unknown {
  if (!isJsonObject(fields) || !ctx.faults.has('add-fields-object-accepted')) return fields;
  return Object.entries(fields).map(([name, value]) => ({ name, value }));
}

export const addRecord: Handler = async (ctx, input) => {
  const object = requireObject(ctx, param(input, 'object'));
  if (object.def.id === param(input, 'object') && ctx.faults.has('add-by-uuid-refused')) throw notFound(`Custom object "${object.def.id}" not found.`);
  const body = await readJson(input.req);
  if (!isJsonObject(body)) throw invalid('Request body must be a JSON object.');
  if (!Object.hasOwn(body, 'fields')) {
    throw new KizenError(400, 'required', '"fields" is required.', { non_field_errors: ['fields: This field is required.'] });
  }
  const choice = unarchiveChoice(body['unarchive'], 'unarchive', ctx.faults.has('unarchive-unknown-choice-accepted'));
  const parsed = parseEntries(ctx, object, fieldsOf(ctx, body['fields']));
  if (hasProblems(parsed) && ctx.faults.has('add-partial-create-on-reject')) ctx.store.insert(object.def.id, parsed.values);
  const values = requireValidEntries(ctx, parsed);
  if (ctx.faults.has('add-drops-last-entry')) values.delete([...values.keys()].at(-1) ?? '');
  const sentBlank = ctx.faults.has('add-required-blank-accepted') && object.def.fields.every((f) => !f.is_required || values.has(f.id));
  if (!ctx.faults.has('add-required-unchecked') && !sentBlank) requireFieldsOnCreate(object, values);

  const identifier = values.get(object.identifier.id);
  const active = holders(ctx, object, identifier, false)[0];
  if (active !== undefined && ctx.faults.has('add-duplicate-overwrites')) return addReply(ctx, object, ctx.store.update(active, values));
  if (!ctx.faults.has('add-duplicate-identifier')) requireUniqueIdentifier(ctx, object, identifier);
  const archived = active === undefined ? holders(ctx, object, identifier, true)[0] : undefined;
  if (archived !== undefined) {
    if (choice === 'prompt' && !ctx.faults.has('unarchive-prompt-creates')) throw archivedConflict(object.def.entity_name, object.identifier.name, lenient(ctx));
    const restores = (choice === 'unarchive' && !ctx.faults.has('unarchive-choice-ignored')) || (choice === 'overwrite' && ctx.faults.has('unarchive-overwrite-restores'));
    if (restores) return addReply(ctx, object, ctx.store.setArchived(archived, false));
  }
  // The add-race-duplicates fault: the identifier check and the insert are not one step.
  if (ctx.faults.has('add-race-duplicates')) await yieldTurn();
  return addReply(ctx, object, ctx.store.insert(object.def.id, values));
};
