/**
 * What a property value is, per type (facts B4, reference notes): a pure classification of a
 * value exactly as sent. Valid values say how sure the sources are that they are accepted;
 * invalid ones name the rule they break and how sure the sources are that it is refused.
 * Also: when a value read back is the value written (numbers by value, dates by instant,
 * checkbox options as a set), since the sources do not say a read echoes the sent notation.
 */
import type { Level } from '../../../core/checks.ts';
import type { HsProperty } from './world.ts';

/** Property name → value; a missing key means no value. */
export type Values = Record<string, string>;

export type ValueRule =
  | 'non-string' | 'bool-other' | 'number-malformed' | 'number-scientific' | 'date-invalid' | 'date-malformed' | 'datetime-invalid'
  | 'enum-unknown' | 'checkbox-unknown' | 'select-several' | 'string-too-long' | 'whitespace';

/** How sure the sources are that a rule's values are refused (SHOULD where they disagree or infer). */
export const RULE_LEVEL: Readonly<Record<ValueRule, Level>> = {
  'non-string': 'SHOULD', 'bool-other': 'SHOULD', 'number-malformed': 'MUST', 'number-scientific': 'SHOULD',
  'date-invalid': 'MUST', 'date-malformed': 'SHOULD', 'datetime-invalid': 'SHOULD', 'enum-unknown': 'MUST', 'checkbox-unknown': 'SHOULD',
  'select-several': 'SHOULD', 'string-too-long': 'MUST', whitespace: 'MUST',
};

/** Forms only our reading accepts: "true"/"false", a plain YYYY-MM-DD date, several checkbox options. */
export type ShouldForm = 'bool' | 'date-plain' | 'checkbox-several';

export type Verdict = { valid: true; level: Level; form?: ShouldForm } | { valid: false; rule: ValueRule; level: Level };

/** "A plain text strings, limited to 65,536 characters" (facts B4), counted in code points. */
export const STRING_LIMIT = 65_536;

const EDGE = /^[\s\u200B-\u200D\u2060\uFEFF]|[\s\u200B-\u200D\u2060\uFEFF]$/u;
const NUMBER = /^-?\d+(\.\d+)?$/;
const SCIENTIFIC = /^-?\d+(\.\d+)?[eE][+-]?\d+$/;
const EPOCH = /^-?\d{1,15}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;
const DAY_MS = 86_400_000;

function day(y: string, m: string, d: string): number | undefined {
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const back = new Date(ms);
  return back.getUTCFullYear() === Number(y) && back.getUTCMonth() === Number(m) - 1 && back.getUTCDate() === Number(d) ? ms : undefined;
}

/** The instant a date or datetime value names (epoch ms, YYYY-MM-DD, ISO 8601 date-time), or undefined. */
export function instantOf(value: string): number | undefined {
  if (EPOCH.test(value)) return Number(value);
  const date = DATE.exec(value);
  if (date !== null) return day(date[1]!, date[2]!, date[3]!);
  const t = DATE_TIME.exec(value);
  if (t === null) return undefined;
  const base = day(t[1]!, t[2]!, t[3]!);
  const [h, min, s] = [Number(t[4]), Number(t[5]), Number(t[6] ?? '0')];
  const zone = t[8]!;
  const digits = zone.slice(1).replace(':', '');
  const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  if (base === undefined || h > 23 || min > 59 || s > 59 || Math.abs(offset) >= DAY_MS) return undefined;
  return base + ((h * 60 + min) * 60 + s) * 1000 + Math.floor(Number(`0.${t[7] ?? '0'}`) * 1000) - offset;
}

const ok = (): Verdict => ({ valid: true, level: 'MUST' });
const should = (form: ShouldForm): Verdict => ({ valid: true, level: 'SHOULD', form });
const bad = (rule: ValueRule): Verdict => ({ valid: false, rule, level: RULE_LEVEL[rule] });

function enumeration(property: HsProperty, value: string): Verdict {
  const parts = value.split(';');
  if (parts.some((part) => EDGE.test(part))) return bad('whitespace');
  const known = parts.filter((part) => property.options.includes(part));
  if (parts.length === 1) return known.length === 1 ? ok() : bad('enum-unknown');
  if (!property.multi) return known.length === parts.length ? bad('select-several') : bad('enum-unknown');
  return known.length === parts.length ? should('checkbox-several') : bad('checkbox-unknown');
}

/** The verdict on one value as sent; "" clears and is valid for every type (reference notes). */
export function classify(property: HsProperty, value: unknown): Verdict {
  if (typeof value !== 'string') return bad('non-string');
  if (value === '') return ok();
  if (property.type === 'string' || property.type === 'phone_number' || property.type === 'other') {
    return [...value].length > STRING_LIMIT ? bad('string-too-long') : ok();
  }
  if (property.type === 'enumeration') return enumeration(property, value);
  if (EDGE.test(value)) return bad('whitespace');
  switch (property.type) {
    case 'bool':
      return value === 'true' || value === 'false' ? should('bool') : bad('bool-other');
    case 'number':
      if (NUMBER.test(value)) return ok();
      return SCIENTIFIC.test(value) ? bad('number-scientific') : bad('number-malformed');
    case 'date': {
      const instant = instantOf(value);
      if (instant === undefined) return bad('date-malformed');
      if (instant % DAY_MS !== 0) return bad('date-invalid');
      return DATE.test(value) ? should('date-plain') : ok();
    }
    case 'datetime':
      return instantOf(value) === undefined ? bad('datetime-invalid') : ok();
  }
}

/** Whether a value read back is the value written, in the notation-free sense of each type. */
export function sameValue(property: HsProperty | undefined, written: string, read: unknown): boolean {
  if (typeof read !== 'string') return false;
  if (written === read) return true;
  switch (property?.type) {
    case 'number':
      return NUMBER.test(read) && Number(read) === Number(written);
    case 'date':
    case 'datetime':
      return instantOf(read) !== undefined && instantOf(read) === instantOf(written);
    case 'enumeration':
      return property.multi && [...new Set(read.split(';'))].sort().join(';') === [...new Set(written.split(';'))].sort().join(';');
    default:
      return false;
  }
}
