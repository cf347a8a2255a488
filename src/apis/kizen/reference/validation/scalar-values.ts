/**
 * Value rules of the scalar field types: text (255 characters), email, phone number (E.164),
 * integer (4 bytes), decimal and money (15 digits, 4 after the point), date, datetime and
 * checkbox. Each rule takes a non-blank value and returns the stored form or the problem.
 */
import type { FaultSet } from '../faults/fault-set.ts';
import { accept, refuse, type ValueCheck } from './value-check.ts';

const TEXT_LIMIT = 255;
const LONGTEXT_LIMIT = 50_000;
const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;
/** 15 digits with 4 after the point leave 11 before it. */
const NUMBER_LIMIT = 1e11;

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_LOCAL = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Characters counted as Unicode code points. */
function characters(value: string): number {
  return [...value].length;
}

export function checkText(value: unknown, long: boolean, faults: FaultSet): ValueCheck {
  if (typeof value !== 'string') return refuse('Not a valid string.');
  const limit = long ? LONGTEXT_LIMIT + (faults.has('longtext-limit-off-by-one') ? 1 : 0) : TEXT_LIMIT + (faults.has('text-limit-off-by-one') ? 1 : 0);
  return characters(value) <= limit ? accept(value) : refuse(`Ensure this field has no more than ${limit} characters.`);
}

/** `localhost`: the lenient style takes user@localhost, as Django's EmailValidator does. */
export function checkEmail(value: unknown, faults: FaultSet, localhost = false): ValueCheck {
  if (typeof value !== 'string') return refuse('Not a valid string.');
  const undotted = (faults.has('email-accepts-undotted-domain') && /^[^\s@]+@[^\s@.]+$/.test(value)) || (localhost && /^[^\s@]+@localhost$/.test(value));
  return EMAIL.test(value) || undotted || faults.has('email-format-unchecked') ? accept(value) : refuse('Enter a valid email address.');
}

export function checkPhone(value: unknown, faults: FaultSet): ValueCheck {
  if (typeof value !== 'string') return refuse('Not a valid string.');
  return E164.test(value) || faults.has('phone-accepts-letters') ? accept(value) : refuse('Enter a valid phone number.');
}

export function checkInteger(value: unknown, faults: FaultSet): ValueCheck {
  if (typeof value !== 'number' || !Number.isFinite(value)) return refuse('A valid integer is required.');
  if (!Number.isInteger(value) && !faults.has('integer-accepts-fraction')) return refuse('A valid integer is required.');
  const inRange = value >= INT32_MIN && value <= INT32_MAX;
  return inRange || faults.has('integer-range-unchecked') ? accept(value) : refuse('Ensure this value fits in 4 bytes.');
}

/** Decimal and money: a finite number with at most 11 digits before the point. */
export function checkNumber(value: unknown, places: number | undefined, faults: FaultSet): ValueCheck {
  const numericString = typeof value === 'string' && places !== undefined && faults.has('decimal-accepts-string') && Number.isFinite(Number(value));
  if (numericString) return accept(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return refuse('A valid number is required.');
  if (Math.abs(value) >= NUMBER_LIMIT && !faults.has('number-digits-unchecked')) return refuse('Ensure that there are no more than 15 digits in total.');
  return accept(places === undefined ? value : Number(value.toFixed(places)));
}

/** A calendar date that exists. */
function dateExists(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function checkDate(value: unknown, faults: FaultSet): ValueCheck {
  if (typeof value !== 'string' || !DATE.test(value)) return refuse('Date has wrong format. Use YYYY-MM-DD.');
  return dateExists(value) || faults.has('date-accepts-impossible') ? accept(value) : refuse('Date does not exist.');
}

/** `open`: the lenient style takes a date alone (midnight) and a time without offset (UTC), stored with Z. */
export function checkDatetime(value: unknown, faults: FaultSet, open = false): ValueCheck {
  if (typeof value !== 'string') return refuse('Datetime has wrong format. Use ISO 8601 with an offset.');
  if (open && dateExists(value)) return accept(`${value}T00:00:00Z`);
  const local = open ? DATETIME_LOCAL.exec(value) : null;
  if (local !== null && dateExists(local[1] ?? '')) return accept(`${value}Z`);
  if (faults.has('datetime-accepts-bare-date') && dateExists(value)) return accept(value);
  if (faults.has('datetime-format-unchecked')) return accept(value);
  const match = DATETIME.exec(value);
  return match !== null && dateExists(match[1] ?? '') ? accept(value) : refuse('Datetime has wrong format. Use ISO 8601 with an offset.');
}

export function checkCheckbox(value: unknown, faults: FaultSet): ValueCheck {
  if (typeof value === 'boolean') return accept(value);
  if (typeof value === 'number' && faults.has('checkbox-accepts-numbers')) return accept(value !== 0);
  if (faults.has('checkbox-coerces-strings') && (value === 'true' || value === 'false')) return accept(value === 'true');
  return refuse('Must be a valid boolean.');
}
