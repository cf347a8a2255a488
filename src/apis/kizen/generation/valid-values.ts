/**
 * fast-check arbitraries of valid Kizen field values per value kind, boundaries first (255
 * characters for text and 50,000 for longtext, the 4-byte integer range, 15 digits with 4 after the point, leap days, every
 * option), then random values. Only forms every source accepts are generated: options and
 * related records as { id } (the bare id where the target took only that), team members as
 * bare UUIDs, datetimes with an offset.
 */
import fc from 'fast-check';
import { INT32, LONGTEXT_LIMIT, TEXT_LIMIT } from '../model/values.ts';
import { knownReferences, refOf, type KizenField, type KizenWorld } from '../model/world.ts';

const chars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.'.split(''), 'é', 'ß', '中', 'я', '"', '\\', '&', '😀');

/** A text of 1..max code points that is not blank. */
export function textOf(max: number): fc.Arbitrary<string> {
  return fc.array(chars, { minLength: 1, maxLength: Math.min(max, 30) }).map((cs) => cs.join(''));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const alnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
const word = fc.array(alnum, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));

const dateArb = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);

const offset = fc.constantFrom('Z', '+00:00', '-05:00', '+05:30', '+14:00', '-12:00');
const datetimeArb = fc.tuple(dateArb, fc.integer({ min: 0, max: 86_399 }), fc.boolean(), offset)
  .map(([day, s, millis, off]) => `${day}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}${millis ? `.${pad(s % 1000, 3)}` : ''}${off}`);

/** A number with at most `places` digits after the point and 15 in all. */
const scaled = (maxUnits: number, places: number, min = -maxUnits) => fc.integer({ min, max: maxUnits }).chain((n) => fc.integer({ min: 0, max: places }).map((k) => n / 10 ** k));

function refs(field: KizenField, ids: readonly string[], many: boolean): fc.Arbitrary<unknown> {
  return many ? fc.subarray([...ids], { minLength: 1 }).map((list) => list.map((id) => refOf(field, id))) : fc.constantFrom(...ids).map((id) => refOf(field, id));
}

/** Valid values of a field, or undefined when the run knows none (no options, records or members). */
export function validValues(world: KizenWorld, field: KizenField): fc.Arbitrary<unknown> | undefined {
  const known = knownReferences(world, field);
  const boundaries = <T>(edges: T[], random: fc.Arbitrary<T>) => fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...edges) }, { weight: 2, arbitrary: random });
  switch (field.kind) {
    case 'text': return boundaries(['a'.repeat(TEXT_LIMIT), 'é'.repeat(TEXT_LIMIT), 'x'], textOf(TEXT_LIMIT));
    case 'longtext': return boundaries(['a'.repeat(LONGTEXT_LIMIT), '😀'.repeat(LONGTEXT_LIMIT), '# Notes\n\n- one\n- **two**'], textOf(LONGTEXT_LIMIT));
    case 'email': return boundaries(['a@example.test', 'first.last+tag@sub.example.test'], fc.tuple(word, word).map(([l, d]) => `${l}@${d}.example.test`));
    case 'phonenumber': return boundaries(['+13125550100', '+442071838750'], fc.tuple(fc.constantFrom('+1', '+44', '+49'), fc.integer({ min: 2_000_000_000, max: 9_999_999_999 })).map(([c, n]) => `${c}${n}`));
    case 'integer': return boundaries([INT32.min, INT32.max, 0, -1], fc.integer({ min: INT32.min, max: INT32.max }));
    case 'decimal': return boundaries([0, 0.0001, -0.0001, 99_999_999_999.9999, -99_999_999_999.9999], scaled(999_999_999, 4));
    case 'money': return boundaries([0, 0.01, 99_999_999_999.99], scaled(9_999_999_999, 2, 0));
    case 'date': return boundaries(['1900-01-01', '2024-02-29', '2100-12-31'], dateArb);
    case 'datetime': return boundaries(['2024-02-29T23:59:59Z', '2026-03-31T12:27:20.152-05:00', '2026-03-31T12:27:20.152070-05:00', '2026-06-01T10:00Z'], datetimeArb);
    case 'checkbox': return fc.boolean();
    case 'team_selector': return known === undefined ? undefined : fc.constantFrom(...known);
    case 'option': return known === undefined ? undefined : refs(field, known, false);
    case 'options': return known === undefined ? undefined : refs(field, known, true);
    case 'relationship': return known === undefined ? undefined : refs(field, known, field.relation?.many === true);
    default: return undefined;
  }
}
