/**
 * predictAssert: the matchingAttribute rules, exact matching, first match in creation order,
 * update semantics (merge, omitted kept) and uniqueness that excludes the matched record.
 */
import { describe, expect, it } from 'vitest';
import { predictAssert } from '../../../src/apis/zeeg/model/predict-write.ts';
import { EMPTY_STATE } from '../../../src/apis/zeeg/model/state.ts';
import type { Values } from '../../../src/apis/zeeg/model/values.ts';
import { full, stateOf, STRANGER, WORLD } from './world-fixture.ts';

const STATE = stateOf(
  { sku: 'Abc', name: 'Tee', price: 10, tags: [{ id: 1 }] },
  { sku: 'B-2', name: 'twin', price: 20 },
  { sku: 'C-3', name: 'twin', price: 30 },
);

const rejected = (reason: string, keys: string[] = [], level = 'MUST') => ({ outcome: 'rejected', status: 400, reason, keys, level });

describe('predictAssert: the matching attribute', () => {
  it.each<[string, string | undefined, Values, object]>([
    ['no matchingAttribute', undefined, { sku: 'Abc' }, rejected('missing-matching-attribute')],
    ['an unknown attribute', 'colour', { colour: 'x' }, rejected('unknown-matching-attribute', ['colour'])],
    ['a system attribute', 'id', { id: STRANGER }, rejected('unknown-matching-attribute', ['id'])],
    ['an undocumented type', 'rating_score', { rating_score: 3 }, rejected('unknown-matching-attribute', ['rating_score'])],
    ['a body without the matching key', 'sku', { name: 'x' }, rejected('matching-value-absent', ['sku'])],
    ['a null matching value', 'sku', { sku: null }, rejected('matching-value-empty', ['sku'])],
    ['an empty matching value', 'sku', { sku: '' }, rejected('matching-value-empty', ['sku'])],
    ['an invalid other value', 'sku', { sku: 'Abc', price: 1.5 }, rejected('invalid-value', ['price'])],
    ['an invalid matching value', 'price', { price: '10' }, rejected('invalid-value', ['price'])],
    ['an unknown other key, whose acceptance is the assert without it', 'sku', { sku: 'Abc', colour: 'x' }, { ...rejected('unknown-key', ['colour'], 'SHOULD'), ifAccepted: predictAssert(WORLD, STATE, 'sku', { sku: 'Abc' }) }],
  ])('%s is refused', (_, matching, body, expected) => {
    expect(predictAssert(WORLD, STATE, matching, body)).toEqual(expected);
  });

  it('an absent matching value is checked before the empty one, which is checked before types', () => {
    expect(predictAssert(WORLD, STATE, 'sku', { price: 'x' })).toMatchObject({ reason: 'matching-value-absent' });
    expect(predictAssert(WORLD, STATE, 'sku', { sku: '', price: 'x' })).toMatchObject({ reason: 'matching-value-empty' });
  });
});

describe('predictAssert: exact matching', () => {
  it.each([
    ['lower case', 'abc'],
    ['upper case', 'ABC'],
    ['a leading space', ' Abc'],
    ['a trailing space', 'Abc '],
    ['a zero-width space', 'Abc\u200b'],
  ])('a value differing by %s matches nothing and creates', (_, value) => {
    expect(predictAssert(WORLD, STATE, 'sku', { sku: value })).toEqual({ outcome: 'created', status: 201, values: full({ sku: value }) });
  });

  it('an exactly equal value updates that record', () => {
    expect(predictAssert(WORLD, STATE, 'sku', { sku: 'Abc' })).toMatchObject({ outcome: 'updated', status: 200, id: 'r1' });
  });

  it('with no records every assert creates', () => {
    expect(predictAssert(WORLD, EMPTY_STATE, 'name', { name: 'twin' })).toMatchObject({ outcome: 'created', status: 201 });
  });

  it('among duplicates the first in creation order is updated', () => {
    expect(predictAssert(WORLD, STATE, 'name', { name: 'twin', price: 1 })).toMatchObject({ outcome: 'updated', id: 'r2' });
    const reordered = stateOf({ $id: 'z', name: 'twin' }, { $id: 'a', name: 'twin' });
    expect(predictAssert(WORLD, reordered, 'name', { name: 'twin' })).toMatchObject({ id: 'z' });
  });

  it('matches non-text values by their exact JSON', () => {
    expect(predictAssert(WORLD, STATE, 'price', { price: 20 })).toMatchObject({ outcome: 'updated', id: 'r2' });
    expect(predictAssert(WORLD, STATE, 'tags', { tags: [{ id: 1 }] })).toMatchObject({ outcome: 'updated', id: 'r1' });
  });
});

describe('predictAssert: updates', () => {
  it('merges the body over the match and keeps omitted attributes', () => {
    expect(predictAssert(WORLD, STATE, 'sku', { sku: 'Abc', price: 11, in_stock: true })).toEqual({
      outcome: 'updated', status: 200, id: 'r1',
      values: full({ sku: 'Abc', name: 'Tee', price: 11, in_stock: true, tags: [{ id: 1 }] }),
    });
  });

  it('null in the body clears that attribute of the match', () => {
    expect(predictAssert(WORLD, STATE, 'sku', { sku: 'Abc', tags: null })).toMatchObject({ values: full({ sku: 'Abc', name: 'Tee', price: 10, tags: null }) });
  });

  it('writing the match\'s own unique value back is fine', () => {
    expect(predictAssert(WORLD, STATE, 'name', { name: 'twin', sku: 'B-2' })).toMatchObject({ outcome: 'updated', id: 'r2' });
  });

  it('giving the match another record\'s unique value is a MUST unique-conflict', () => {
    expect(predictAssert(WORLD, STATE, 'name', { name: 'twin', sku: 'C-3' })).toEqual(rejected('unique-conflict', ['sku']));
  });

  it('creating with another record\'s unique value is a MUST unique-conflict', () => {
    expect(predictAssert(WORLD, STATE, 'name', { name: 'new', sku: 'Abc' })).toEqual(rejected('unique-conflict', ['sku']));
  });

  it('an unknown reference on an update is a SHOULD rejection whose acceptance updates the match', () => {
    expect(predictAssert(WORLD, STATE, 'sku', { sku: 'B-2', owners: [STRANGER] })).toEqual({
      ...rejected('unknown-reference', ['owners'], 'SHOULD'),
      ifAccepted: { outcome: 'updated', status: 200, id: 'r2', values: full({ sku: 'B-2', name: 'twin', price: 20, owners: [STRANGER] }) },
    });
  });

  it('an unknown reference on a create is a SHOULD rejection whose acceptance creates', () => {
    expect(predictAssert(WORLD, STATE, 'sku', { sku: 'new', suppliers: [STRANGER] })).toMatchObject({
      reason: 'unknown-reference', level: 'SHOULD', ifAccepted: { outcome: 'created', values: full({ sku: 'new', suppliers: [STRANGER] }) },
    });
  });
});
