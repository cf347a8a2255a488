/**
 * Validation of a create / assert / patch body, done in full before anything is written: the
 * body must be a JSON object whose every key is a writable attribute and whose every value
 * passes the shared object validators (the one type-checking code path).
 */
import type { ErrorObject } from '../../../contract/ajv.ts';
import type { FaultSet } from '../faults/fault-set.ts';
import { faultRejects, faultTolerates } from '../faults/value-tolerance.ts';
import { badRequest } from '../../common/http-error.ts';
import { isJsonObject } from '../../common/read-body.ts';
import type { ServedObject } from '../server-context.ts';

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

/** Own keys of the body that are not writable attributes of the object. */
function unknownKeys(object: ServedObject, body: Record<string, unknown>): string[] {
  return Object.keys(body).filter((key) => !object.writable.has(key));
}

/**
 * Check a write body and return its attribute values as a Map (key → value, null kept).
 * Throws HttpError 400 on the first problem found.
 */
export function validateWriteBody(object: ServedObject, sent: unknown, faults: FaultSet): Map<string, unknown> {
  const body = Array.isArray(sent) && faults.has('array-body-accepted') ? {} : sent;
  if (!isJsonObject(body)) throw badRequest('Request body must be a JSON object.');
  let checked: Record<string, unknown> = body;
  const unknown = unknownKeys(object, body);
  if (unknown.length > 0) {
    if (!faults.has('unknown-attribute-ignored')) {
      throw badRequest(`Unknown or read-only attribute "${unknown[0]}" on object "${object.def.slug}".`);
    }
    checked = Object.fromEntries(Object.entries(body).filter(([key]) => object.writable.has(key)));
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
    if (attr !== undefined && faultRejects(faults, attr, value)) {
      throw badRequest(`Invalid value for attribute "${key}": must NOT have more than 255 characters.`);
    }
    values.set(key, value === '' && attr?.type === 'text' && faults.has('text-empty-stored-as-null') ? null : value);
  }
  return values;
}
