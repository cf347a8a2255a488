/**
 * predictPatch, predictGet and predictDelete: not-found, merge, null clears, uniqueness
 * excluding the patched record itself, and reads and deletes of live and deleted records.
 */
import { describe, expect, it } from 'vitest';
import { predictDelete, predictGet, predictPatch } from '../../../src/apis/zeeg/model/predict-write.ts';
import { withoutRecord } from '../../../src/apis/zeeg/model/state.ts';
import type { Values } from '../../../src/apis/zeeg/model/values.ts';
import { full, stateOf, STRANGER, SUPPLIER_IDS, WORLD } from './world-fixture.ts';

const [S1, S2, S3] = SUPPLIER_IDS;
const STATE = stateOf({ sku: 'A-1', name: 'Tee', price: 10, suppliers: [S1, S2] }, { sku: 'B-2', name: 'Cap' });
const NOT_FOUND = { outcome: 'rejected', status: 404, reason: 'not-found', keys: [], level: 'MUST' };

describe('predictPatch', () => {
  it('a record that does not exist is a MUST 404', () => {
    expect(predictPatch(WORLD, STATE, 'r9', { name: 'x' })).toEqual(NOT_FOUND);
  });

  it('a deleted record is not found, even with a valid body', () => {
    expect(predictPatch(WORLD, withoutRecord(STATE, 'r1'), 'r1', {})).toEqual(NOT_FOUND);
  });

  it('not-found wins over a malformed body', () => {
    expect(predictPatch(WORLD, STATE, 'r9', { price: 'x', colour: 1 })).toEqual(NOT_FOUND);
  });

  it.each<[string, Values, Values]>([
    ['an empty body changes nothing', {}, { sku: 'A-1', name: 'Tee', price: 10, suppliers: [S1, S2] }],
    ['one value is merged, the rest kept', { price: 11 }, { sku: 'A-1', name: 'Tee', price: 11, suppliers: [S1, S2] }],
    ['null clears', { name: null, price: null }, { sku: 'A-1', suppliers: [S1, S2] }],
    ['an array replaces the stored one', { suppliers: [S3] }, { sku: 'A-1', name: 'Tee', price: 10, suppliers: [S3] }],
    ['an empty array empties it', { suppliers: [] }, { sku: 'A-1', name: 'Tee', price: 10, suppliers: [] }],
    ['the record\'s own unique value', { sku: 'A-1' }, { sku: 'A-1', name: 'Tee', price: 10, suppliers: [S1, S2] }],
    ['a unique value only a deleted record held', { sku: 'gone' }, { sku: 'gone', name: 'Tee', price: 10, suppliers: [S1, S2] }],
  ])('%s', (_, body, values) => {
    const state = withoutRecord(stateOf({ sku: 'A-1', name: 'Tee', price: 10, suppliers: [S1, S2] }, { sku: 'gone' }), 'r2');
    expect(predictPatch(WORLD, state, 'r1', body)).toEqual({ outcome: 'updated', status: 200, id: 'r1', values: full(values) });
  });

  it('another record\'s unique value is a MUST unique-conflict', () => {
    expect(predictPatch(WORLD, STATE, 'r1', { sku: 'B-2' })).toEqual({ outcome: 'rejected', status: 400, reason: 'unique-conflict', keys: ['sku'], level: 'MUST' });
  });

  it.each<[string, Values, string, string[], string]>([
    ['a wrongly typed value', { in_stock: 'yes' }, 'invalid-value', ['in_stock'], 'MUST'],
    ['an unknown key', { colour: 'red' }, 'unknown-key', ['colour'], 'SHOULD'],
  ])('%s is refused', (_, body, reason, keys, level) => {
    expect(predictPatch(WORLD, STATE, 'r1', body)).toMatchObject({ outcome: 'rejected', status: 400, reason, keys, level });
  });

  it('an unknown key says what a server that ignores it does: the patch without it', () => {
    const prediction = predictPatch(WORLD, STATE, 'r1', { colour: 'red', price: 12 });
    expect(prediction).toMatchObject({ reason: 'unknown-key', level: 'SHOULD' });
    expect(prediction).toHaveProperty('ifAccepted', predictPatch(WORLD, STATE, 'r1', { price: 12 }));
  });

  it('an unknown supplier id is a SHOULD rejection whose acceptance replaces the array', () => {
    expect(predictPatch(WORLD, STATE, 'r2', { suppliers: [STRANGER] })).toEqual({
      outcome: 'rejected', status: 400, reason: 'unknown-reference', keys: ['suppliers'], level: 'SHOULD',
      ifAccepted: { outcome: 'updated', status: 200, id: 'r2', values: full({ sku: 'B-2', name: 'Cap', suppliers: [STRANGER] }) },
    });
  });
});

describe('predictGet and predictDelete', () => {
  it('a live record reads back with its values', () => {
    expect(predictGet(STATE, 'r2')).toEqual({ outcome: 'read', status: 200, id: 'r2', values: full({ sku: 'B-2', name: 'Cap' }) });
  });

  it('a live record is deleted with 200', () => {
    expect(predictDelete(STATE, 'r1')).toEqual({ outcome: 'deleted', status: 200, id: 'r1' });
  });

  it.each([
    ['an unknown id', STATE, 'r9'],
    ['a deleted id', withoutRecord(STATE, 'r1'), 'r1'],
  ])('%s is a MUST 404 for get and delete', (_, state, id) => {
    expect(predictGet(state, id)).toEqual(NOT_FOUND);
    expect(predictDelete(state, id)).toEqual(NOT_FOUND);
  });
});
