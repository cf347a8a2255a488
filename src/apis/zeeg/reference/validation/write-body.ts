/**
 * Validation of a create / assert / patch body, done in full before anything is written: the
 * body must be a JSON object whose every key is a writable attribute and whose every value
 * passes the shared object validators (the one type-checking code path). The lenient twin
 * ignores unknown keys, counts text in UTF-16 units, keeps "" as null and takes a datetime for
 * a date (lenient.ts).
 */
import type { ErrorObject } from '../../../../contract/ajv.ts';
import { TEXT_MAX_CODE_POINTS } from '../../contract/attributes.ts';
import { datetimeAsDate, faultRejects, faultTolerates } from '../faults/value-tolerance.ts';
import { badRequest, HttpError } from '../../../../reference/common/http-error.ts';
import { isJsonObject } from '../../../../reference/common/read-body.ts';
import { refusalStatus } from '../lenient.ts';
import type { ServedObject, ServerContext } from '../server-context.ts';

/** The top-level attribute key an AJV error is about ('' for the body itself). */
function errorKey(error: ErrorObject): string {
  const first = error.instancePath.split('/')[1] ?? '';
  return first.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The most telling message of a key's errors (not the "null" branch of the nullable anyOf). */
function describe(errors: readonly ErrorObject[]): string {
  const specific = errors.find((e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params['type'] === 'null'));
  const error = specific ?? errors[0];
  if (error === undefined) return 'invalid value';
  const path = error.instancePath.split('/').slice(2).join('/');
  return `${path === '' ? '' : `${path} `}${error.message ?? 'is invalid'}`;
}

/** The body with each datetime sent for a date replaced by its date (a fault, and a choice of the twin). */
function datesTaken(ctx: ServerContext, object: ServedObject, body: Record<string, unknown>): Record<string, unknown> {
  if (!ctx.faults.has('date-accepts-datetime') && !ctx.lenient.has('date-takes-datetime')) return body;
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, object.writable.get(key)?.type === 'date' ? datetimeAsDate(value) : value]));
}

/** Own keys of the body that are not writable attributes of the object. */
function unknownKeys(object: ServedObject, body: Record<string, unknown>): string[] {
  return Object.keys(body).filter((key) => !object.writable.has(key));
}

/**
 * Check a write body and return its attribute values as a Map (key → value, null kept).
 * Throws HttpError 400 on the first problem found.
 */
export function validateWriteBody(ctx: ServerContext, object: ServedObject, sent: unknown): Map<string, unknown> {
  const { faults, lenient } = ctx;
  const body = Array.isArray(sent) && faults.has('array-body-accepted') ? {} : sent;
  if (!isJsonObject(body)) throw new HttpError(refusalStatus(lenient, 'non-object-body-422', 400, 422), 'Request body must be a JSON object.');
  let checked: Record<string, unknown> = datesTaken(ctx, object, body);
  const unknown = unknownKeys(object, body);
  if (unknown.length > 0) {
    if (!faults.has('unknown-attribute-ignored') && !lenient.has('unknown-keys-ignored')) {
      throw badRequest(`Unknown or read-only attribute "${unknown[0]}" on object "${object.def.slug}".`);
    }
    checked = Object.fromEntries(Object.entries(checked).filter(([key]) => object.writable.has(key)));
  }
  const result = object.validators.body(checked);
  if (!result.valid) {
    const byKey = new Map<string, ErrorObject[]>();
    for (const error of result.errors) {
      const key = errorKey(error);
      byKey.set(key, [...(byKey.get(key) ?? []), error]);
    }
    for (const [key, errors] of byKey) {
      const attr = object.writable.get(key);
      if (attr !== undefined && faultTolerates(faults, attr, checked[key])) continue;
      throw badRequest(key === '' ? `Invalid request body: ${describe(errors)}.` : `Invalid value for attribute "${key}": ${describe(errors)}.`);
    }
  }
  const values = new Map<string, unknown>();
  for (const [key, value] of Object.entries(checked)) {
    const attr = object.writable.get(key);
    const utf16 = lenient.has('text-counts-utf16') && attr?.type === 'text' && typeof value === 'string' && value.length > TEXT_MAX_CODE_POINTS;
    if (utf16 || (attr !== undefined && faultRejects(faults, attr, value))) {
      throw badRequest(`Invalid value for attribute "${key}": ${attr?.type === 'number' ? 'must be >= 0' : 'must NOT have more than 255 characters'}.`);
    }
    const emptyAsNull = faults.has('text-empty-stored-as-null') || lenient.has('empty-text-null');
    values.set(key, value === '' && attr?.type === 'text' && emptyAsNull ? null : value);
  }
  return values;
}
