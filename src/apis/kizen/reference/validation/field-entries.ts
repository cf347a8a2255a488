/**
 * Parsing the `fields` list of add, upsert and patch: each entry `{ name | id, value }` names
 * one field of the object and carries a valid value. Problems are collected per entry into
 * the positional error list; a read-only field is refused with 403 at once.
 */
import { isJsonObject } from '../../../../reference/common/read-body.ts';
import { KizenError } from '../http/kizen-error.ts';
import type { KizenFieldDef } from '../object-def.ts';
import { lenient } from '../lenient.ts';
import type { ServedObject, ServerContext } from '../server-context.ts';
import { checkFieldValue } from './field-value.ts';

/** Field UUID → the value to store (null leaves or makes the field blank). */
export type FieldValues = Map<string, unknown>;

export interface ParsedEntries {
  /** The entries that passed, by field UUID. */
  readonly values: FieldValues;
  /** One entry per request entry: `{}` when accepted, the problems otherwise. */
  readonly problems: ReadonlyArray<Record<string, string[]>>;
  /** True when some entry named no field of the object. */
  readonly unknownField: boolean;
}

function fieldOf(ctx: ServerContext, object: ServedObject, entry: Record<string, unknown>): KizenFieldDef | undefined {
  if (typeof entry['id'] === 'string') return ctx.faults.has('field-id-entries-ignored') ? undefined : object.byId.get(entry['id']);
  return typeof entry['name'] === 'string' ? object.byName.get(entry['name']) : undefined;
}

/** Parse a `fields` list; throws 400 when it is not a list and 403 for a read-only field. */
export function parseEntries(ctx: ServerContext, object: ServedObject, list: unknown): ParsedEntries {
  if (!Array.isArray(list)) throw new KizenError(400, 'invalid', '"fields" must be a list of { name | id, value } entries.');
  const values: FieldValues = new Map();
  let unknownField = false;
  const problems = list.map((entry): Record<string, string[]> => {
    if (!isJsonObject(entry)) return { non_field_errors: ['Invalid data. Expected a dictionary.'] };
    if (typeof entry['name'] !== 'string' && typeof entry['id'] !== 'string') return { name: ['Either name or id is required.'] };
    const field = fieldOf(ctx, object, entry);
    if (field === undefined) {
      const ignored = ctx.faults.has('unknown-field-ignored') || (typeof entry['id'] === 'string' && ctx.faults.has('field-id-entries-ignored'));
      unknownField ||= !ignored;
      return ignored ? {} : { name: [`No field "${String(entry['name'] ?? entry['id'])}" on ${object.def.name}.`] };
    }
    if (field.is_read_only && !ctx.faults.has('read-only-field-writable')) {
      throw new KizenError(403, 'forbidden_field_write', `Field "${field.name}" is read-only.`);
    }
    if (!Object.hasOwn(entry, 'value')) return { value: ['This field is required.'] };
    if (values.has(field.id)) return { name: [`Field "${field.name}" is written twice.`] };
    const check = checkFieldValue(ctx, field, entry['value']);
    if (!check.ok) return { value: [check.problem] };
    values.set(field.id, check.stored);
    return {};
  });
  return { values, problems, unknownField };
}

/** True when some entry was refused. */
export function hasProblems(parsed: ParsedEntries): boolean {
  return parsed.problems.some((problem) => Object.keys(problem).length > 0);
}

/** Throw the 400 with the positional error list when some entry was refused. */
export function requireValidEntries(ctx: ServerContext, parsed: ParsedEntries): FieldValues {
  if (!hasProblems(parsed)) return parsed.values;
  const code = parsed.unknownField ? 'does_not_exist' : 'invalid';
  const extra = ctx.faults.has('errors-not-positional') || lenient(ctx) ? {} : { fields: parsed.problems };
  throw new KizenError(400, code, 'Some fields are invalid.', extra);
}

/** Parse and require every entry valid in one step. */
export function validEntries(ctx: ServerContext, object: ServedObject, list: unknown): FieldValues {
  return requireValidEntries(ctx, parseEntries(ctx, object, list));
}
