/**
 * canonical, sameValue, exactlyEqual and differingKeys: what the model ignores when it compares
 * (array order, extra option members, absent vs null) and what it never ignores.
 */
import { describe, expect, it } from 'vitest';
import { canonical, differingKeys, exactlyEqual, sameValue } from '../../../src/apis/zeeg/model/values.ts';
import { MEMBERS, SUPPLIER_IDS, WORLD } from './world-fixture.ts';

const attr = (key: string) => WORLD.attributes.get(key)!;
const [S1, S2] = SUPPLIER_IDS;
const [M1, M2] = MEMBERS;

describe('canonical', () => {
  it.each<[string, unknown, unknown]>([
    ['name', undefined, null],
    ['name', null, null],
    ['name', 'Tee', 'Tee'],
    ['price', 0, 0],
    ['in_stock', false, false],
    ['category', { id: 'opt_bags', value: 'Bags', color: '#d97706' }, { id: 'opt_bags' }],
    ['category', 'opt_bags', { id: 'opt_bags' }],
    ['tags', [{ id: 3, value: 'Limited' }, { id: 1 }], [1, 3]],
    ['tags', [], []],
    ['suppliers', [S2, S1.toUpperCase()], [S1, S2]],
    ['owners', 'not-an-array', 'not-an-array'],
  ])('%s: %j → %j', (key, value, expected) => {
    expect(canonical(attr(key), value)).toEqual(expected);
  });
});

describe('sameValue', () => {
  it.each<[string, string, unknown, unknown]>([
    ['absent equals null', 'price', undefined, null],
    ['extra members of a select option are ignored', 'category', { id: 'opt_shoes' }, { id: 'opt_shoes', value: 'Shoes', color: '#059669' }],
    ['multiselect order is ignored', 'tags', [{ id: 1 }, { id: 2 }], [{ id: 2 }, { id: 1, value: 'New' }]],
    ['relation order is ignored', 'suppliers', [S1, S2], [S2, S1]],
    ['relation id case is ignored', 'suppliers', [S1], [S1.toUpperCase()]],
    ['user order is ignored', 'owners', [M1, M2], [M2, M1]],
    ['equal dates', 'launch_date', '2024-02-29', '2024-02-29'],
  ])('%s', (_, key, a, b) => {
    expect(sameValue(attr(key), a, b)).toBe(true);
    expect(sameValue(attr(key), b, a)).toBe(true);
  });

  it.each<[string, string, unknown, unknown]>([
    ['text case', 'name', 'Tee', 'tee'],
    ['text whitespace', 'name', 'Tee', 'Tee '],
    ['empty text vs null', 'name', '', null],
    ['a number vs its string', 'price', 1, '1'],
    ['false vs null', 'in_stock', false, null],
    ['another option', 'category', { id: 'opt_shoes' }, { id: 'opt_bags' }],
    ['a missing multiselect item', 'tags', [{ id: 1 }, { id: 2 }], [{ id: 1 }]],
    ['a repeated multiselect item', 'tags', [{ id: 1 }, { id: 1 }], [{ id: 1 }]],
    ['option id 1 vs "1"', 'tags', [{ id: 1 }], [{ id: '1' }]],
    ['an empty relation vs null', 'suppliers', [], null],
    ['another relation id', 'suppliers', [S1], [S2]],
  ])('%s differs', (_, key, a, b) => {
    expect(sameValue(attr(key), a, b)).toBe(false);
  });
});

describe('exactlyEqual', () => {
  it.each<[unknown, unknown, boolean]>([
    ['Abc', 'Abc', true],
    ['Abc', 'abc', false],
    [10, 10, true],
    [{ id: 'opt_bags' }, { id: 'opt_bags' }, true],
    [[1, 2], [2, 1], false],
    [null, null, false],
    [undefined, undefined, false],
    [null, undefined, false],
    ['', '', true],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(exactlyEqual(a, b)).toBe(expected);
  });
});

describe('differingKeys', () => {
  it('names only the attributes whose canonical forms differ, in attribute order', () => {
    const expected = { name: 'Tee', price: 1, tags: [{ id: 1 }, { id: 2 }], suppliers: [S1], owners: null };
    const observed = { name: 'tee', price: 1, tags: [{ id: 2 }, { id: 1 }], suppliers: [S2], in_stock: null };
    expect(differingKeys(WORLD.attributes.values(), expected, observed)).toEqual(['name', 'suppliers']);
  });

  it('is empty for a record compared with itself', () => {
    const values = { sku: 'A', category: { id: 'opt_bags' } };
    expect(differingKeys(WORLD.attributes.values(), values, values)).toEqual([]);
  });
});
