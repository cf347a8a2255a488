/**
 * How a stored record is shown: `{ id, object_type, display_name, num_upcoming_activities,
 * num_associated_team_members, client_info, access, fields }` with `fields` keyed by field UUID, each entry
 * `{ id, name, field_type, display_name, value }`. Blank fields are left out.
 */
import type { JsonReply } from '../../../reference/common/respond.ts';
import type { KizenFieldDef } from './object-def.ts';
import { readValue } from './read-values.ts';
import type { ServedObject, ServerContext } from './server-context.ts';
import type { StoredRecord } from './store/record-store.ts';

export interface ViewOptions {
  /** Field UUIDs to show; undefined shows every field. */
  readonly only?: ReadonlySet<string>;
  /** Show fields with is_hidden true. */
  readonly includeHidden?: boolean;
  /** Members added to the envelope (upsert's `action`). */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** The stored value of a field; the timestamps come from the record itself. */
function storedValue(record: StoredRecord, field: KizenFieldDef): unknown {
  if (field.is_read_only && field.name === 'created') return record.createdAt;
  if (field.is_read_only && field.name === 'updated') return record.updatedAt;
  return record.values.get(field.id) ?? null;
}

function fieldsView(ctx: ServerContext, object: ServedObject, record: StoredRecord, options: ViewOptions): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of object.def.fields) {
    if (options.only !== undefined && !options.only.has(field.id)) continue;
    if (field.is_hidden && options.includeHidden !== true) continue;
    const stored = storedValue(record, field);
    if (stored === null && !ctx.faults.has('read-shows-blank-fields')) continue;
    const value = stored === null ? null : readValue(ctx, field, stored);
    const key = ctx.faults.has('read-fields-keyed-by-name') ? field.name : field.id;
    fields[key] = { id: field.id, name: field.name, field_type: field.field_type, display_name: field.display_name, value };
  }
  return fields;
}

/** The record's name: its identifier, or for contacts the full name when there is one. */
function displayName(ctx: ServerContext, object: ServedObject, record: StoredRecord): string {
  if (object.def.is_custom && ctx.faults.has('display-name-is-id')) return record.id;
  const read = (name: string) => String(record.values.get(object.byName.get(name)?.id ?? '') ?? '');
  const fullName = object.def.identifier_field === 'email' ? `${read('first_name')} ${read('last_name')}`.trim() : '';
  return fullName === '' ? read(object.identifier.name) : fullName;
}

export function recordView(ctx: ServerContext, object: ServedObject, record: StoredRecord, options: ViewOptions = {}): Record<string, unknown> {
  const teamMembers = object.def.fields.filter((field) => field.field_type === 'team_selector' && record.values.has(field.id)).length;
  return {
    id: record.id,
    object_type: object.def.object_type,
    display_name: displayName(ctx, object, record),
    num_upcoming_activities: 0,
    num_associated_team_members: teamMembers,
    client_info: null,
    access: ctx.faults.has('read-reply-without-access') ? undefined : { view: true, edit: true, remove: true },
    fields: fieldsView(ctx, object, record, options),
    ...options.extra,
  };
}

/** A success reply carrying one record. */
export function recordReply(ctx: ServerContext, object: ServedObject, status: number, record: StoredRecord, options: ViewOptions = {}): JsonReply {
  return { status, body: recordView(ctx, object, record, options) };
}
