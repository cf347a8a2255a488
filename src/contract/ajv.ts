/**
 * The one AJV instance of the process (JSON Schema 2020-12, as OpenAPI 3.1 uses) and the
 * compile cache every validator goes through, so each schema is compiled once.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';

// Both packages are CommonJS; require() gives the constructor and plugin without default-import quirks.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof Ajv2020Class;
const addFormats = require('ajv-formats') as FormatsPlugin;

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
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const { $id: _ignored, ...withoutId } = schema;
  const fn = ajv.compile(withoutId);
  cache.set(key, fn);
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
