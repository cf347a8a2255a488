/**
 * What each property type accepts (facts B4, reference notes), checked on one non-empty string
 * value: the error code and message for a value its type does not allow, or undefined. The type
 * faults loosen or tighten exactly one rule each, here where the rule is checked.
 */
import type { FaultSet } from '../faults/fault-set.ts';
import { isMultiValue, type PropertyDef } from '../schema.ts';
import { isMidnightUtc, parseInstant } from './instants.ts';

export interface ValueProblem {
  code: string;
  message: string;
}

/** "A plain text strings, limited to 65,536 characters" (facts B4), counted in code points. */
export const STRING_MAX_CHARACTERS = 65_536;

/** Whitespace or invisible Unicode at either end (LEADING_TRAILING_WHITESPACE, facts B3). */
const EDGE_SPACE = /^[\s\u200B-\u200D\u2060\uFEFF]|[\s\u200B-\u200D\u2060\uFEFF]$/u;

const NUMBER = /^-?\d+(\.\d+)?$/;
const NUMBER_WITH_COMMAS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const NUMBER_SCIENTIFIC = /^-?\d+(\.\d+)?[eE][+-]?\d+$/;
/** A decimal comma ("1,5"), not a thousands separator. */
const NUMBER_DECIMAL_COMMA = /^-?\d+,\d{1,2}$/;

function edgeSpace(value: string, faults: FaultSet): ValueProblem | undefined {
  if (!EDGE_SPACE.test(value) || faults.has('whitespace-trimmed')) return undefined;
  return { code: 'LEADING_TRAILING_WHITESPACE', message: `${JSON.stringify(value)} has leading or trailing whitespace.` };
}

function trimEdges(value: string): string {
  return value.replace(/^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/gu, '');
}

function stringProblem(value: string, faults: FaultSet): ValueProblem | undefined {
  const limit = STRING_MAX_CHARACTERS + (faults.has('string-limit-off-by-one') ? 1 : 0);
  if ([...value].length <= limit) return undefined;
  return { code: 'INVALID_LENGTH', message: `Value is longer than ${STRING_MAX_CHARACTERS} characters.` };
}

function numberProblem(value: string, faults: FaultSet, lenient: boolean): ValueProblem | undefined {
  const fits =
    NUMBER.test(value) ||
    (lenient && NUMBER_SCIENTIFIC.test(value)) ||
    (faults.has('number-accepts-commas') && NUMBER_WITH_COMMAS.test(value)) ||
    (faults.has('number-accepts-decimal-comma') && NUMBER_DECIMAL_COMMA.test(value)) ||
    (faults.has('number-accepts-scientific') && NUMBER_SCIENTIFIC.test(value));
  const refusedNegative = faults.has('number-rejects-negative') && value.startsWith('-');
  if (fits && !refusedNegative) return undefined;
  // HubSpot answers INVALID_INTEGER for every number property (facts B3).
  return { code: 'INVALID_INTEGER', message: `${value} was not a valid number.` };
}

function boolProblem(value: string, faults: FaultSet): ValueProblem | undefined {
  if (value === 'true' || (value === 'false' && !faults.has('bool-rejects-false'))) return undefined;
  if (faults.has('bool-accepts-yes') && (value === 'yes' || value === 'no')) return undefined;
  return { code: 'INVALID_BOOLEAN', message: `${value} was not a valid boolean; use true or false.` };
}

function dateProblem(property: PropertyDef, value: string, faults: FaultSet, lenient: boolean): ValueProblem | undefined {
  const instant = parseInstant(value);
  const invalid = { code: 'INVALID_DATE', message: `${value} was not a valid ${property.type}.` };
  if (instant === undefined && property.type === 'date' && faults.has('date-accepts-impossible') && /^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  if (instant?.form === 'date' && property.type === 'date' && (lenient || faults.has('date-plain-refused'))) return invalid;
  if (instant === undefined) return property.type === 'datetime' && faults.has('datetime-accepts-any-string') ? undefined : invalid;
  if (property.type === 'datetime') return instant.form === 'epoch' && faults.has('datetime-rejects-epoch-ms') ? invalid : undefined;
  if (instant.form === 'epoch' && faults.has('date-rejects-epoch-ms')) return invalid;
  const seconds = faults.has('date-ignores-milliseconds') && instant.form === 'datetime' ? { ...instant, ms: instant.ms - (instant.ms % 1000) } : instant;
  if (isMidnightUtc(seconds) || faults.has('date-accepts-any-time')) return undefined;
  return { code: 'INVALID_DATE', message: `${value} is not at midnight UTC.` };
}

function enumerationProblem(property: PropertyDef, value: string, faults: FaultSet, lenient: boolean): ValueProblem | undefined {
  const multi = isMultiValue(property) || faults.has('select-accepts-several');
  const parts = multi ? value.split(';') : [value];
  if (isMultiValue(property) && parts.length > 1 && (lenient || faults.has('checkbox-rejects-several'))) {
    return { code: 'INVALID_OPTION', message: `${value} was not one of the allowed options: one option only.` };
  }
  const allowed = property.options.map((option) => option.value);
  for (const part of parts) {
    const spaced = edgeSpace(part, faults);
    if (spaced !== undefined) return spaced;
    const wanted = trimEdges(part);
    const labelled = faults.has('enumeration-accepts-label') && property.options.some((option) => option.label === wanted);
    if (!allowed.includes(wanted) && !labelled) {
      if (faults.has('invalid-option-message-vague')) return { code: 'INVALID_OPTION', message: 'Invalid option.' };
      return { code: 'INVALID_OPTION', message: `${wanted} was not one of the allowed options: [${allowed.join(', ')}]` };
    }
  }
  return undefined;
}

/** The problem with a non-empty string value for `property`, or undefined when it is valid (`lenient`: the twin's rules). */
export function valueProblem(property: PropertyDef, value: string, faults: FaultSet, lenient = false): ValueProblem | undefined {
  if (property.type === 'string' || property.type === 'phone_number') return stringProblem(value, faults);
  if (property.type === 'enumeration') return enumerationProblem(property, value, faults, lenient);
  const spaced = edgeSpace(value, faults);
  if (spaced !== undefined) return spaced;
  const bare = trimEdges(value);
  switch (property.type) {
    case 'number':
      return numberProblem(bare, faults, lenient);
    case 'bool':
      return boolProblem(bare, faults);
    case 'date':
    case 'datetime':
      return dateProblem(property, bare, faults, lenient);
  }
}
