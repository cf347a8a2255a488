/**
 * The value rules of the Kizen model, per value kind: whether a written value is blank, valid,
 * or invalid (at MUST where a clause states it, SHOULD where the rule is inferred or sources
 * disagree), and how a stored value compares with what a read answers. Values no clause
 * settles are 'open': the suites never send them and the model never judges them.
 */
import type { Level } from '../../../core/checks.ts';
import { bareOption, type KizenField, type KizenWorld } from './world.ts';

export type Verdict = { kind: 'blank' } | { kind: 'valid' } | { kind: 'open' } | { kind: 'invalid'; level: Level; why: string };

const BLANK: Verdict = { kind: 'blank' };
const VALID: Verdict = { kind: 'valid' };
const OPEN: Verdict = { kind: 'open' };
const must = (why: string): Verdict => ({ kind: 'invalid', level: 'MUST', why });
const should = (why: string): Verdict => ({ kind: 'invalid', level: 'SHOULD', why });

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A UUID no record or member of any run ever has. */
export const NO_SUCH_ID = '00000000-0000-4000-8000-00000000c0de';
export const INT32 = { min: -2_147_483_648, max: 2_147_483_647 } as const;
/** 15 digits with 4 after the point leave 11 before it (KIZEN-TYPES-008). */
export const NUMBER_LIMIT = 1e11;
/** Characters (code points) a text and a longtext value may hold (KIZEN-TYPES-002, KIZEN-TYPES-022). */
export const TEXT_LIMIT = 255;
export const LONGTEXT_LIMIT = 50_000;

const EMAIL_VALID = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
/** A plain address whose domain has no dot (user@localhost): valid to Django, not to our reading. */
const EMAIL_UNDOTTED = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+$/;
const PHONE_VALID = /^\+[1-9]\d{9,13}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO 8601 with an offset: seconds optional, up to 6 fraction digits (the read example has microseconds). */
const DATETIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const DATETIME_NO_OFFSET = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$/;
const COERCIBLE_BOOLEANS: readonly unknown[] = ['true', 'false', 'yes', 'no', 'y', 'n', 't', 'f', '1', '0', 1, 0];

export function dateExists(text: string): boolean {
  const m = DATE.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** YYYY-MM-DDTHH:MM… with month 13+, day 32+ or hour 24+: no ISO 8601 reading takes it. */
function outOfRange(v: string): boolean {
  const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):\d{2}/.exec(v);
  return m !== null && (Number(m[1]) > 12 || Number(m[2]) > 31 || Number(m[3]) > 23);
}

/** No @, more than one, an empty side, or whitespace: no email validator takes it. */
function emailNoReadingTakes(v: string): boolean {
  const parts = v.split('@');
  return parts.length !== 2 || parts[0] === '' || parts[1] === '' || /\s/.test(v);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const numericString = (v: unknown) => typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v));

function places(n: number): number {
  const text = String(n);
  return text.includes('e') ? 99 : (text.split('.')[1] ?? '').length;
}

function numberVerdict(v: unknown): Verdict {
  if (numericString(v)) return should('a numeric string');
  if (typeof v !== 'number') return must(typeof v === 'string' ? 'a string that is no number' : `a ${Array.isArray(v) ? 'list' : typeof v}`);
  if (Math.abs(v) >= NUMBER_LIMIT) return should('more than 11 digits before the point');
  return places(v) <= 4 ? VALID : OPEN;
}

function referenceVerdict(world: KizenWorld, field: KizenField, ref: unknown): Verdict {
  if (typeof ref === 'string') {
    if (!bareOption(field)) return OPEN;
    const known = field.kind === 'relationship' ? (world.relatedIds.get(field.id) ?? []).includes(ref) : field.options.some((o) => o.id === ref);
    return known ? VALID : OPEN;
  }
  if (!isObject(ref)) return must('neither an object nor a list');
  const id = ref['id'];
  if (typeof id !== 'string') {
    const label = ref['name'];
    return field.kind !== 'relationship' && typeof label === 'string' && !field.options.some((o) => o.name === label) ? must('a label no option has') : OPEN;
  }
  if (field.kind === 'relationship') {
    if ((world.relatedIds.get(field.id) ?? []).includes(id)) return VALID;
    return id === NO_SUCH_ID || world.archivedIds.get(field.id) === id ? must('a record that does not resolve') : OPEN;
  }
  return field.options.some((o) => o.id === id) ? VALID : must('an option the field does not offer');
}

function listVerdict(world: KizenWorld, field: KizenField, v: unknown): Verdict {
  if (!Array.isArray(v)) return typeof v === 'number' || typeof v === 'boolean' ? must(`a ${typeof v} for a list`) : OPEN;
  const verdicts = v.map((ref) => referenceVerdict(world, field, ref));
  const invalid = verdicts.find((x) => x.kind === 'invalid');
  if (invalid !== undefined) return invalid;
  if (verdicts.some((x) => x.kind === 'open')) return OPEN;
  const ids = v.map((ref) => idOf(ref));
  return new Set(ids).size === ids.length ? VALID : OPEN;
}

function isBlank(field: KizenField, v: unknown): boolean {
  if (v === null) return true;
  if (Array.isArray(v)) return v.length === 0 && (field.kind === 'options' || field.relation?.many === true);
  return v === '' && (field.kind === 'text' || field.kind === 'longtext' || field.kind === 'email' || field.kind === 'phonenumber');
}

/** What the model says of writing `v` to `field`. */
export function verdictOf(world: KizenWorld, field: KizenField, v: unknown): Verdict {
  if (isBlank(field, v)) return BLANK;
  const str = typeof v === 'string';
  switch (field.kind) {
    case undefined:
      return OPEN;
    case 'text':
    case 'longtext': {
      if (!str) return must(`a ${typeof v}`);
      if (v.trim() === '') return OPEN;
      const limit = field.kind === 'text' ? TEXT_LIMIT : LONGTEXT_LIMIT;
      return [...v].length <= limit ? VALID : must(`more than ${limit} characters`);
    }
    case 'email':
      if (!str) return must(`a ${typeof v}`);
      if (EMAIL_VALID.test(v)) return VALID;
      if (EMAIL_UNDOTTED.test(v)) return should('a domain without a dot');
      return emailNoReadingTakes(v) ? must('no reading takes it for an address') : OPEN;
    case 'phonenumber':
      if (!str) return must(`a ${typeof v}`);
      return PHONE_VALID.test(v) ? VALID : /[A-Za-z]/.test(v) ? must('letters in a phone number') : OPEN;
    case 'integer':
      if (numericString(v)) return should('a numeric string');
      if (typeof v !== 'number') return must(`a ${typeof v}`);
      if (!Number.isInteger(v)) return must('a fraction');
      return v >= INT32.min && v <= INT32.max ? VALID : should('outside the 4-byte range');
    case 'decimal':
      return numberVerdict(v);
    case 'money':
      return typeof v === 'string' && /[$,]/.test(v) ? must('a formatted amount') : numberVerdict(v);
    case 'date':
      if (!str) return must(`a ${typeof v}`);
      return dateExists(v) ? VALID : must(DATE.test(v) ? 'a date that does not exist' : 'not YYYY-MM-DD');
    case 'datetime': {
      if (!str) return must(`a ${typeof v}`);
      const day = DATE.test(v) ? v : (DATETIME.exec(v) ?? DATETIME_NO_OFFSET.exec(v))?.[1];
      if (day === undefined) return outOfRange(v) ? must('a month, day or hour out of range') : /\d/.test(v) ? OPEN : must('no date at all');
      if (!dateExists(day)) return must('a day that does not exist');
      if (DATE.test(v)) return should('a date without a time of day');
      return DATETIME.test(v) ? VALID : should('a time without a UTC offset');
    }
    case 'checkbox':
      if (typeof v === 'boolean') return VALID;
      return COERCIBLE_BOOLEANS.includes(v) ? should('a spelling of a boolean') : must('no boolean');
    case 'option':
      return Array.isArray(v) ? must('a list for a single option') : referenceVerdict(world, field, v);
    case 'options':
      return listVerdict(world, field, v);
    case 'relationship':
      if (field.relation?.many === true) return listVerdict(world, field, v);
      return Array.isArray(v) ? OPEN : referenceVerdict(world, field, v);
    case 'team_selector':
      if (!str) return typeof v === 'number' || typeof v === 'boolean' ? must(`a ${typeof v}`) : OPEN;
      if (!UUID.test(v)) return must('no UUID');
      return world.members.includes(v.toLowerCase()) ? VALID : v === NO_SUCH_ID ? must('no team member') : OPEN;
  }
}

const sorted = (ids: string[]) => [...new Set(ids)].sort();
const idOf = (ref: unknown): string | undefined => (typeof ref === 'string' ? ref : isObject(ref) && typeof ref['id'] === 'string' ? ref['id'] : undefined);

/**
 * The stored form of a value only a SHOULD rule refuses, once a server took it: its read-back
 * is not judged (the instant of an offset-less datetime depends on the server's time zone, a
 * coerced spelling on the framework), only that the field holds something.
 */
export const UNJUDGED = '\u0000crmc-unjudged';

/** The comparison form of a valid written value (null for blank). */
export function storedForm(field: KizenField, v: unknown): unknown {
  if (isBlank(field, v)) return null;
  switch (field.kind) {
    case 'option':
      return idOf(v);
    case 'options':
      return sorted((v as unknown[]).map((r) => idOf(r) ?? ''));
    case 'relationship':
      return Array.isArray(v) ? sorted(v.map((r) => idOf(r) ?? '')) : idOf(v);
    case 'team_selector':
      return (v as string).toLowerCase();
    case 'datetime':
      return Date.parse(v as string);
    default:
      return v;
  }
}

/** The comparison form of a read value, lenient on the encoding (KIZEN-READ-003 judges that). */
export function readForm(field: KizenField, v: unknown): unknown {
  switch (field.kind) {
    case 'option':
      return idOf(v) ?? v;
    case 'team_selector':
      return idOf(v)?.toLowerCase() ?? v;
    case 'options':
      return Array.isArray(v) ? sorted(v.map((r) => idOf(r) ?? '?')) : v;
    case 'relationship':
      return Array.isArray(v) ? sorted(v.map((r) => idOf(r) ?? '?')) : (idOf(v) ?? v);
    case 'money':
    case 'decimal': {
      const amount = isObject(v) && field.kind === 'money' ? v['amount'] : v;
      return typeof amount === 'number' ? amount : numericString(amount) ? Number(amount) : amount;
    }
    case 'datetime':
      return typeof v === 'string' ? Date.parse(v) : v;
    default:
      return v;
  }
}

/** Why a read value is not in the observed encoding of its kind, or undefined when it is. */
export function encodingProblem(field: KizenField, v: unknown): string | undefined {
  const each = Array.isArray(v) ? v : [v];
  const has = (keys: string[]) => each.every((x) => isObject(x) && keys.every((k) => k in x));
  if (field.kind === 'money') return has(['currency', 'symbol', 'amount']) ? undefined : 'money is not { currency, symbol, amount }';
  if (field.kind === 'option' || field.kind === 'options') return has(['id', 'code', 'name']) ? undefined : 'an option is not { id, code, name }';
  if (field.kind === 'relationship') return has(['id']) ? undefined : 'a related record is not an object with id';
  if (field.kind === 'team_selector') return has(['id', 'first_name', 'last_name', 'email']) ? undefined : 'a team member is not { id, deleted, first_name, last_name, email }';
  return undefined;
}

export function sameForm(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
