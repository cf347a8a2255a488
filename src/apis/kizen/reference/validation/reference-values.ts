/**
 * Value rules of the field types that refer to something: options of the field (dropdown and
 * the other single-choice types, checkboxes), records of the relation's target object and team
 * members. Each reference must resolve; the stored form is the id it resolves to.
 */
import { isJsonObject } from '../../../../reference/common/read-body.ts';
import { isManyValued, type KizenFieldDef } from '../object-def.ts';
import type { ServerContext } from '../server-context.ts';
import { UUID_PATTERN, accept, refuse, type ValueCheck } from './value-check.ts';

/**
 * The id a reference names: a bare string, `{ id }`, or (for options) `{ name }`; a rating also
 * takes its number (the option whose code it is), as Kizen's builder CLI sends it. A server
 * with referenceForm 'bare' takes only the bare string.
 */
function referencedId(ctx: ServerContext, field: KizenFieldDef, ref: unknown): string | undefined {
  if (typeof ref === 'string') return ref;
  if (ctx.referenceForm === 'bare') return undefined;
  if (typeof ref === 'number' && field.field_type === 'rating') return field.options?.find((option) => option.code === String(ref))?.id;
  if (!isJsonObject(ref)) return undefined;
  if (typeof ref['id'] === 'string') return ref['id'];
  if (typeof ref['name'] === 'string') return field.options?.find((option) => option.name === ref['name'])?.id ?? `name:${ref['name']}`;
  return undefined;
}

function resolveOption(ctx: ServerContext, field: KizenFieldDef, ref: unknown): string | undefined {
  const id = referencedId(ctx, field, ref);
  if (id === undefined) return undefined;
  const offered = field.options?.some((option) => option.id === id) === true;
  return offered || (ctx.faults.has('option-not-offered-accepted') && UUID_PATTERN.test(id)) ? id : undefined;
}

export function checkOption(ctx: ServerContext, field: KizenFieldDef, value: unknown): ValueCheck {
  const id = resolveOption(ctx, field, value);
  return id === undefined ? refuse('Select a valid choice; that option is not offered by this field.') : accept(id);
}

export function checkOptionList(ctx: ServerContext, field: KizenFieldDef, value: unknown): ValueCheck {
  if (!Array.isArray(value)) return refuse('Expected a list of options.');
  const ids = value.map((ref) => resolveOption(ctx, field, ref));
  if (ids.includes(undefined)) return refuse('Select valid choices; an option is not offered by this field.');
  return accept([...new Set(ids as string[])]);
}

function resolveRecord(ctx: ServerContext, field: KizenFieldDef, ref: unknown): string | undefined {
  const objectForm = isJsonObject(ref) && typeof ref['id'] === 'string' && !ctx.faults.has('relationship-object-refused') && ctx.referenceForm !== 'bare';
  const id = typeof ref === 'string' ? ref : objectForm ? (ref as Record<string, string>)['id'] : undefined;
  if (id === undefined || !UUID_PATTERN.test(id)) return undefined;
  const target = field.relation?.related_object ?? '';
  const exists = ctx.store.active(target, id) !== undefined;
  return exists || ctx.faults.has('relationship-unknown-record-accepted') ? id : undefined;
}

export function checkRelationship(ctx: ServerContext, field: KizenFieldDef, value: unknown): ValueCheck {
  const problem = `Related record does not exist in ${field.relation?.related_object_object_name ?? 'the target object'}.`;
  if (!isManyValued(field)) {
    const id = resolveRecord(ctx, field, value);
    return id === undefined ? refuse(problem) : accept(id);
  }
  if (!Array.isArray(value)) return refuse('Expected a list of records.');
  const ids = value.map((ref) => resolveRecord(ctx, field, ref));
  return ids.includes(undefined) ? refuse(problem) : accept([...new Set(ids as string[])]);
}

export function checkTeamMember(ctx: ServerContext, value: unknown): ValueCheck {
  if (typeof value !== 'string' || !UUID_PATTERN.test(value)) return refuse('Must be a valid UUID.');
  const known = ctx.employees.has(value) || ctx.faults.has('team-member-unchecked');
  return known ? accept(value) : refuse('No team member with this id.');
}
