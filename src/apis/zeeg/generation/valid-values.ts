/**
 * fast-check arbitraries of valid values per documented type, from the discovered schema:
 * boundaries first (255 characters, astral characters, extreme integers, leap days, every
 * option, empty arrays), then random values. Texts are valid under every reading of "max 255
 * characters" (code points and UTF-16 units alike) and never empty: whether "" reads back as
 * "" or null the pages do not say, so those two edges are judged apart, at SHOULD.
 */
import fc from 'fast-check';
import { TEXT_MAX_CODE_POINTS } from '../contract/attributes.ts';
import { knownReferences, type WritableAttribute, type World } from '../model/world.ts';

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** Characters a JSON string can carry without ambiguity: no NUL, no lone surrogates. */
const safeChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_ .'.split('')) },
  { weight: 2, arbitrary: fc.constantFrom('é', 'ß', 'ø', 'ž', '中', '文', 'ا', 'я', '"', '\\', '<', '>', '&', "'", '\t', '\n') },
  { weight: 1, arbitrary: fc.constantFrom('😀', '🎉', '𝄞', '👍🏽', '🇩🇪') },
);

/** A text of 1..max code points; astral characters count once. */
export function textOf(maxCodePoints: number, minCodePoints = 0): fc.Arbitrary<string> {
  return fc
    .array(safeChar, { minLength: minCodePoints, maxLength: Math.min(maxCodePoints, 40) })
    .map((chars) => {
      // Emoji sequences such as flags are two code points; trim to the limit.
      const points = [...chars.join('')];
      return points.slice(0, maxCodePoints).join('');
    })
    .filter((s) => [...s].length >= minCodePoints);
}

/** Number of UTF-16 code units (what a server counting JavaScript string length sees). */
export function utf16Length(value: string): number {
  return value.length;
}

/**
 * The longest texts every reading of the limit accepts: `max` ASCII and BMP characters, and
 * astral characters up to `max` UTF-16 units (each counts once as a code point, twice as units).
 */
export function textBoundaries(max: number): string[] {
  return ['a'.repeat(max), 'é'.repeat(max), `${'😀'.repeat(Math.floor((max - 1) / 2))}a`, `${'x'.repeat(max - 2)}😀`];
}

/** The edges the readings disagree on: the empty text, and `max` astral code points (2 × max units). */
export function textReadingEdges(max: number): { empty: string; astral: string } {
  return { empty: '', astral: '😀'.repeat(max) };
}

const validText = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...textBoundaries(TEXT_MAX_CODE_POINTS)) },
  { weight: 4, arbitrary: textOf(TEXT_MAX_CODE_POINTS, 1) },
);

const validNumber = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1, INT32_MAX, INT32_MIN, 29) },
  { weight: 4, arbitrary: fc.integer({ min: INT32_MIN, max: INT32_MAX }) },
);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const validDate = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('2024-02-29', '2000-02-29', '2025-06-01', '1970-01-01', '2025-12-31', '1999-12-31') },
  {
    weight: 4,
    arbitrary: fc
      .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
      .map((d) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`),
  },
);

/** Valid non-null values of one attribute; undefined when the attribute has none (no options, no ids). */
export function validValue(world: World, attr: WritableAttribute): fc.Arbitrary<unknown> | undefined {
  switch (attr.type) {
    case 'text':
      return validText;
    case 'number':
      return validNumber;
    case 'checkbox':
      return fc.boolean();
    case 'date':
      return validDate;
    case 'select': {
      const options = attr.options ?? [];
      return options.length === 0 ? undefined : fc.constantFrom(...options).map((o) => ({ id: o.id }));
    }
    case 'multiselect':
      return fc.subarray(attr.options ?? []).map((options) => options.map((o) => ({ id: o.id })));
    case 'relation':
    case 'user':
      return fc.subarray([...(knownReferences(world, attr) ?? [])]);
  }
}

/** Valid values for a required attribute: arrays are never empty, since [] may count as no value. */
export function requiredValue(world: World, attr: WritableAttribute): fc.Arbitrary<unknown> | undefined {
  switch (attr.type) {
    case 'multiselect':
      return (attr.options ?? []).length === 0 ? undefined : fc.subarray(attr.options!, { minLength: 1 }).map((options) => options.map((o) => ({ id: o.id })));
    case 'relation':
    case 'user': {
      const known = knownReferences(world, attr) ?? [];
      return known.length === 0 ? undefined : fc.subarray([...known], { minLength: 1 });
    }
    default:
      return validValue(world, attr);
  }
}

/** A valid value or null. */
export function validOrNull(world: World, attr: WritableAttribute): fc.Arbitrary<unknown> {
  const valid = validValue(world, attr);
  return valid === undefined ? fc.constant(null) : fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 5, arbitrary: valid });
}
