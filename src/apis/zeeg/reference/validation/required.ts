/**
 * isRequired: "Whether a value is required when creating a record." (reference notes). The
 * create page also allows a record with no attributes at all; both hold when an object has no
 * required attribute, which is true of every fixture. Objects that declare one get a 400 for a
 * create that leaves it out or null.
 */
import { badRequest } from '../../../../reference/common/http-error.ts';
import type { ServedObject } from '../server-context.ts';

export function checkRequired(object: ServedObject, values: ReadonlyMap<string, unknown>): void {
  for (const [key, attr] of object.writable) {
    if (attr.isRequired === true && (values.get(key) ?? null) === null) throw badRequest(`Attribute "${key}" is required when creating a record.`);
  }
}
