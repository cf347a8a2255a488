/**
 * Required fields (is_required true): a new record needs a non-blank value for each, and a
 * later write may not blank one.
 */
import { KizenError } from '../http/kizen-error.ts';
import type { ServedObject } from '../server-context.ts';
import type { FieldValues } from './field-entries.ts';

function missing(names: readonly string[]): KizenError {
  const perField = Object.fromEntries(names.map((name) => [name, ['This field is required.']]));
  return new KizenError(400, 'required', `Required fields are missing: ${names.join(', ')}.`, perField);
}

/** Refuse a new record whose values leave a required field blank. */
export function requireFieldsOnCreate(object: ServedObject, values: FieldValues): void {
  const absent = object.def.fields.filter((field) => field.is_required && (values.get(field.id) ?? null) === null);
  if (absent.length > 0) throw missing(absent.map((field) => field.name));
}

/** Refuse changes that would blank a required field of an existing record. */
export function requireFieldsKept(object: ServedObject, changes: FieldValues): void {
  const blanked = object.def.fields.filter((field) => field.is_required && changes.has(field.id) && changes.get(field.id) === null);
  if (blanked.length > 0) throw missing(blanked.map((field) => field.name));
}
