/**
 * Valid values per HubSpot property type (facts B4), boundaries first: the documented forms of
 * each type as a fixed list the focused suites send one by one, and fast-check arbitraries the
 * generative and model runs draw from. Every value is re-classified by the model before use.
 */
import fc from 'fast-check';
import { STRING_LIMIT } from '../model/values.ts';
import type { HsProperty } from '../model/world.ts';

const DAY_MS = 86_400_000;
/** Days since 1970 kept to 1970–2099: every reading of a date accepts them. */
const DAYS = fc.integer({ min: 0, max: 47_480 });

const iso = (ms: number) => new Date(ms).toISOString();
const ymd = (ms: number) => iso(ms).slice(0, 10);

/** Text a property accepts that is recognisable as this run's: an e-mail form for e-mail properties. */
export function textValue(property: Pick<HsProperty, 'name'>, prefix: string, tag: string): string {
  return /email/i.test(property.name) ? `${prefix}${tag}@example.com` : `${prefix}${tag}`;
}

/** The documented forms of each type, one value each; several checkbox options come last (SHOULD). */
export function boundaryValues(property: HsProperty, prefix: string): string[] {
  switch (property.type) {
    case 'bool':
      return ['true', 'false'];
    case 'number':
      return ['0', '42', '-7', '3.75', '-0.5', '1234567.125'];
    case 'date':
      return ['2015-05-01T00:00:00Z', '2015-05-01', '1430438400000', '2024-02-29', '0'];
    case 'datetime':
      return ['2025-03-14T15:09:26Z', '2025-03-14T15:09:26.535Z', '1430438400001', '2024-02-29T23:59:59.999Z', '0'];
    case 'enumeration': {
      const several = property.multi && property.options.length > 1 ? [property.options.slice(0, 2).join(';')] : [];
      return [...property.options, ...several];
    }
    default:
      if (property.unique) return [textValue(property, prefix, 'b1'), textValue(property, prefix, 'b2')];
      return ['x', `${prefix}text`, 'Ünïcödé ✓ 𝄞 text', 'inner  spaces kept', 'a'.repeat(STRING_LIMIT)];
  }
}

const SAFE_TEXT = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 -_.äöüé'), minLength: 1, maxLength: 24 })
  .map((s) => s.trim())
  .filter((s) => s !== '');

const decimal = fc.tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? String(whole) : `${whole < 0 || Object.is(whole, -0) ? '-' : ''}${Math.abs(whole)}.${fraction}`));

/** A valid value for the property; unique text properties take a sequence-unique tag from `tag`. */
export function validValue(property: HsProperty, prefix: string): fc.Arbitrary<string> {
  switch (property.type) {
    case 'bool':
      return fc.constantFrom('true', 'false');
    case 'number':
      return decimal;
    case 'date':
      return fc.tuple(DAYS, fc.constantFrom('ymd', 'epoch', 'iso')).map(([d, form]) => (form === 'epoch' ? String(d * DAY_MS) : form === 'ymd' ? ymd(d * DAY_MS) : iso(d * DAY_MS)));
    case 'datetime':
      return fc.tuple(fc.integer({ min: 0, max: 47_480 * DAY_MS }), fc.boolean()).map(([ms, epoch]) => (epoch ? String(ms) : iso(ms)));
    case 'enumeration':
      if (!property.multi || property.options.length < 2) return fc.constantFrom(...property.options);
      return fc.subarray(property.options, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(';'));
    default:
      return property.unique ? fc.nat(99_999).map((n) => textValue(property, prefix, `g${n}`)) : SAFE_TEXT;
  }
}
