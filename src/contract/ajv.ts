/**
 * The one AJV instance of the process (JSON Schema 2020-12, as OpenAPI 3.1 uses) and the
 * compile cache every validator goes through, so each schema is compiled once.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// Both packages ship CommonJS with a `default` export; under NodeNext the default import is the module.
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module }).default ?? Ajv2020Module;
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

export type { ErrorObject, ValidateFunction };

export interface ValidationResult {
  valid: boolean;
  /** AJV's own error objects, unchanged. */
  errors: ErrorObject[];
}

function createAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv, { mode: 'full' });
  return ajv;
}

const ajv = createAjv();
const cache = new Map<string, ValidateFunction>();

/** Compile a schema once per cache key; later calls return the same function. */
export function compileOnce(key: string, schema: Record<string, unknown>): ValidateFunction {
  let fn = cache.get(key);
  if (fn === undefined) {
    const { $id: _ignored, ...withoutId } = schema;
    fn = ajv.compile(withoutId);
    cache.set(key, fn);
  }
  return fn;
}

export function runValidator(fn: ValidateFunction, value: unknown): ValidationResult {
  const valid = fn(value) as boolean;
  return { valid, errors: valid ? [] : [...(fn.errors ?? [])] };
}

/** Number of schemas compiled so far (tests use it to prove compile-once). */
export function compiledCount(): number {
  return cache.size;
}
