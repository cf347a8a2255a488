/**
 * Validators for one discovered object, compiled once per distinct object schema: the flat
 * request body, a single attribute value, and the record a response carries.
 */
import type { ObjectDef } from './attributes.ts';
import { isWritable } from './attributes.ts';
import { compileOnce, runValidator, type ValidateFunction, type ValidationResult } from '../../../contract/ajv.ts';
import { recordSchema, requestBodySchema, valueSchema } from './object-schema.ts';

export interface ObjectValidators {
  readonly object: ObjectDef;
  /** A whole flat request body (create, assert, patch). */
  body(value: unknown): ValidationResult;
  /** One attribute value (null allowed); an unknown or non-writable key is never valid. */
  value(key: string, value: unknown): ValidationResult;
  /** The `record` member of a response. */
  record(value: unknown): ValidationResult;
}

const NULL_OK: ValidationResult = { valid: true, errors: [] };

export function objectValidators(object: ObjectDef): ObjectValidators {
  const fingerprint = JSON.stringify(object.attributes.map((a) => [a.key, a.type, a.isStandard, a.isArchived, a.options?.map((o) => o.id)]));
  const prefix = `object:${object.slug}:${fingerprint}`;
  const body = compileOnce(`${prefix}:body`, requestBodySchema(object));
  const record = compileOnce(`${prefix}:record`, recordSchema(object));
  const values = new Map<string, ValidateFunction>();
  for (const attr of object.attributes) {
    if (isWritable(attr)) values.set(attr.key, compileOnce(`${prefix}:value:${attr.key}`, valueSchema(attr)));
  }
  return {
    object,
    body: (value) => runValidator(body, value),
    record: (value) => runValidator(record, value),
    value(key, value) {
      const fn = values.get(key);
      if (fn === undefined) {
        return { valid: false, errors: [{ keyword: 'crmcUnknownAttribute', instancePath: '', schemaPath: '', params: { key }, message: `no writable attribute "${key}"` }] };
      }
      return value === null ? NULL_OK : runValidator(fn, value);
    },
  };
}
