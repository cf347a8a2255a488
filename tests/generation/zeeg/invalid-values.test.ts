/**
 * The labelled invalid values: every label survives confirmation for the fixture objects,
 * every value breaks the type table by an oracle written here from the create page (not the
 * validators that filter them), and confirmInvalid never calls a valid value invalid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confirmInvalid, invalidValue } from '../../../src/apis/zeeg/generation/invalid-values.ts';
import type { WritableAttribute } from '../../../src/apis/zeeg/model/world.ts';
import { WORLD } from '../../model/zeeg/world-fixture.ts';

const attr = (key: string) => WORLD.attributes.get(key)!;
const WRONG_JSON = ['a boolean', 'a number', 'a string', 'an array', 'an object'];
const without = (...skip: string[]) => WRONG_JSON.filter((w) => !skip.includes(w));

/** Every label an attribute of the products object gets, as the generator promises. */
const LABELS: Record<string, string[]> = {
  sku: ['256 code points of ASCII', '256 astral code points', '300 code points', ...without('a string')],
  price: ['a fraction', 'a negative fraction', 'a numeric string', ...without('a number')],
  in_stock: ['the string "true"', 'the number 1', 'the number 0', ...without('a boolean')],
  launch_date: ['an impossible date', 'a leap day of a common year', 'month 13', 'not ISO 8601', 'unpadded month and day', ...without('a string')],
  category: ['a bare option id', 'an id that is no option', 'an object without id', 'an array of options', 'an option id of another attribute', ...without('an object', 'an array')],
  tags: ['bare ids in a multiselect', 'a single option object', 'an option without id', ...without('an array', 'an object')],
  suppliers: ['a non-UUID string', 'a bare UUID', 'a number in the array', ...without('an array')],
  owners: ['a non-UUID member id', 'a bare UUID', 'a boolean in the array', ...without('an array')],
};

function sampleAll(a: WritableAttribute) {
  return fc.sample(invalidValue(WORLD, a), { numRuns: 1000, seed: 7 });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The create page's type table, read literally, for the products fixture. */
function validByTable(key: string, value: unknown): boolean {
  const type = attr(key).type;
  const options = (attr(key).options ?? []).map((o) => o.id);
  switch (type) {
    case 'text':
      return typeof value === 'string' && Array.from(value).length <= 255;
    case 'number':
      return typeof value === 'number' && Number.isInteger(value);
    case 'checkbox':
      return typeof value === 'boolean';
    case 'date': {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      const day = new Date(Date.UTC(y, m - 1, d));
      return day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
    }
    case 'select':
      return isObject(value) && options.includes(value['id'] as string | number);
    case 'multiselect':
      return Array.isArray(value) && value.every((item) => isObject(item) && 'id' in item);
    default:
      return Array.isArray(value) && value.every((id) => typeof id === 'string' && UUID.test(id));
  }
}

describe('invalidValue', () => {
  it.each(Object.keys(LABELS))('%s: every labelled value breaks the type table, and every label appears', (key) => {
    const sample = sampleAll(attr(key));
    for (const { value, why } of sample) expect(validByTable(key, value), why).toBe(false);
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
