/**
 * The labelled invalid values: every label survives confirmation for the fixture objects,
 * every value fails the validator, and confirmInvalid never calls a valid value invalid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confirmInvalid, invalidValue } from '../../src/generation/invalid-values.ts';
import type { WritableAttribute } from '../../src/model/world.ts';
import { WORLD } from '../model/world-fixture.ts';

const attr = (key: string) => WORLD.attributes.get(key)!;
const WRONG_JSON = ['a boolean', 'a number', 'a string', 'an array', 'an object'];
const without = (...skip: string[]) => WRONG_JSON.filter((w) => !skip.includes(w));

/** Every label an attribute of the products object gets, as the generator promises. */
const LABELS: Record<string, string[]> = {
  sku: ['256 code points of ASCII', '256 astral code points', '300 code points', ...without('a string')],
  price: ['a fraction', 'a negative fraction', 'a numeric string', ...without('a number')],
  in_stock: ['the string "true"', 'the number 1', 'the number 0', ...without('a boolean')],
  launch_date: ['an impossible date', 'a leap day of a common year', 'month 13', 'a datetime', 'not ISO 8601', 'unpadded month and day', ...without('a string')],
  category: ['a bare option id', 'an id that is no option', 'an object without id', 'an array of options', 'an option id of another attribute', ...without('an object', 'an array')],
  tags: ['bare ids in a multiselect', 'a single option object', 'an option without id', ...without('an array', 'an object')],
  suppliers: ['a non-UUID string', 'a bare UUID', 'a number in the array', ...without('an array')],
  owners: ['a non-UUID member id', 'a bare UUID', 'a boolean in the array', ...without('an array')],
};

function sampleAll(a: WritableAttribute) {
  return fc.sample(invalidValue(WORLD, a), { numRuns: 1000, seed: 7 });
}

describe('invalidValue', () => {
  it.each(Object.keys(LABELS))('%s: every labelled value fails the validator, and every label appears', (key) => {
    const sample = sampleAll(attr(key));
    for (const { value, why } of sample) expect(WORLD.validators.value(key, value).valid, why).toBe(false);
    expect(new Set(sample.map((s) => s.why))).toEqual(new Set(LABELS[key]));
  });

  it('the text cases are one code point over the limit, also in astral characters', () => {
    const byWhy = new Map(sampleAll(attr('name')).map((s) => [s.why, s.value]));
    expect([...(byWhy.get('256 astral code points') as string)]).toHaveLength(256);
    expect(byWhy.get('256 code points of ASCII')).toBe('a'.repeat(256));
  });

  it('option ids of another attribute are the multiselect ids, offered to the select', () => {
    const foreign = sampleAll(attr('category')).filter((s) => s.why === 'an option id of another attribute').map((s) => JSON.stringify(s.value));
    expect(new Set(foreign)).toEqual(new Set(['{"id":1}', '{"id":2}', '{"id":3}', '{"id":4}']));
  });
});

describe('confirmInvalid (the guard against false positives)', () => {
  it.each<[string, unknown]>([
    ['sku', 'a'.repeat(255)],
    ['sku', '😀'.repeat(255)],
    ['name', ''],
    ['price', -2147483648],
    ['in_stock', false],
    ['launch_date', '2024-02-29'],
    ['category', { id: 'opt_bags', value: 'Bags' }],
    ['tags', [{ id: 9 }]],
    ['suppliers', ['ffffffff-0000-4000-8000-00000000dead']],
    ['owners', []],
    ['owners', null],
  ])('%s: %j is valid, so not confirmed invalid', (key, value) => {
    expect(confirmInvalid(WORLD, key, value)).toBe(false);
  });

  it.each<[string, unknown]>([
    ['sku', 'a'.repeat(256)],
    ['price', 1.5],
    ['launch_date', '2023-02-29'],
    ['nope', 'x'],
    ['rating_score', 3],
  ])('%s: %j is confirmed invalid', (key, value) => {
    expect(confirmInvalid(WORLD, key, value)).toBe(true);
  });
});
