/**
 * Where a type fault loosens value validation. The clean server rejects every value the shared
 * object validators reject; with one of these faults on, the matching kind of invalid value is
 * let through (or, for the UTF-16 fault, an extra wrong rejection is added).
 */
import type { AttributeDef } from '../../contract/attributes.ts';
import { TEXT_MAX_CODE_POINTS, codePointLength } from '../../contract/attributes.ts';
import type { FaultSet } from './fault-set.ts';

function isOptionShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (!Object.hasOwn(value, 'id')) return false;
  const id = (value as { id: unknown }).id;
  return typeof id === 'string' || typeof id === 'number';
}

/**
 * True when an active fault accepts this value although the validators rejected it.
 * Each branch is one fault's whole deviation.
 */
export function faultTolerates(faults: FaultSet, attr: AttributeDef, value: unknown): boolean {
  switch (attr.type) {
    case 'text':
      return faults.has('text-limit-off-by-one') && typeof value === 'string' && codePointLength(value) === TEXT_MAX_CODE_POINTS + 1;
    case 'number':
      return faults.has('number-accepts-decimal') && typeof value === 'number' && Number.isFinite(value);
    case 'checkbox':
      return faults.has('checkbox-accepts-string') && (value === 'true' || value === 'false');
    case 'date':
      return faults.has('date-accepts-any-string') && typeof value === 'string';
    case 'select':
      return faults.has('select-accepts-unknown-option') && isOptionShaped(value);
    case 'multiselect':
      if (!Array.isArray(value)) return false;
      // Option membership is checked in validation/option-membership.ts; this branch only matters
      // if the shared schema checks it too.
      if (faults.has('multiselect-accepts-unknown-option') && value.every(isOptionShaped)) return true;
      return faults.has('multiselect-accepts-bare-ids') && value.every((item) => typeof item === 'string' || typeof item === 'number');
    case 'relation':
      return faults.has('relation-accepts-bare-uuid') && isUuid(value);
    case 'user':
      return faults.has('user-accepts-bare-uuid') && isUuid(value);
    default:
      return false;
  }
}

function isUuid(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** The date of an ISO 8601 datetime string (2025-06-01T10:00:00Z → 2025-06-01); anything else unchanged. */
export function datetimeAsDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  return match?.[1] ?? value;
}

/** True when an active fault rejects this value although it is valid. */
export function faultRejects(faults: FaultSet, attr: AttributeDef, value: unknown): boolean {
  if (faults.has('number-rejects-negative') && attr.type === 'number' && typeof value === 'number' && value < 0) return true;
  return faults.has('text-limit-counts-utf16') && attr.type === 'text' && typeof value === 'string' && value.length > TEXT_MAX_CODE_POINTS;
}
