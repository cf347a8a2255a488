/**
 * predictCreate and the body rules it shares with assert and patch (bodyProblem,
 * unknownReferences, uniqueConflicts): one row per rule, the exact prediction pinned.
 */
import { describe, expect, it } from 'vitest';
import { bodyProblem, predictCreate, uniqueConflicts, unknownReferences } from '../../../src/apis/zeeg/model/predict-write.ts';
import type { Prediction } from '../../../src/apis/zeeg/model/prediction.ts';
import { EMPTY_STATE } from '../../../src/apis/zeeg/model/state.ts';
import type { Values } from '../../../src/apis/zeeg/model/values.ts';
import { BLIND_WORLD, full, MEMBERS, stateOf, STRANGER, SUPPLIER_IDS, WORLD, WRITABLE_KEYS } from './world-fixture.ts';

const [S1, S2] = SUPPLIER_IDS;
const TAKEN = stateOf({ sku: 'SKU-1', name: 'first' });

describe('predictCreate: accepted bodies', () => {
  it.each<[string, Values]>([
    ['an empty body', {}],
    ['one text value', { name: 'Tee' }],
    ['every type', { sku: 'X', price: -3, in_stock: false, launch_date: '2024-02-29', category: { id: 'opt_shoes' }, tags: [{ id: 2 }], suppliers: [S1], owners: [MEMBERS[0]] }],
    ['explicit nulls', { sku: null, tags: null }],
    ['empty arrays', { tags: [], suppliers: [], owners: [] }],
  ])('%s is created with every other attribute null', (_, body) => {
    expect(predictCreate(WORLD, EMPTY_STATE, body)).toEqual({ outcome: 'created', status: 201, values: full(body) });
  });

  it('lists exactly the writable attributes (system, archived and undocumented types left out)', () => {
    const prediction = predictCreate(WORLD, EMPTY_STATE, {}) as Extract<Prediction, { outcome: 'created' }>;
    expect(Object.keys(prediction.values).sort()).toEqual([...WRITABLE_KEYS].sort());
  });

  it('a null unique value never conflicts with another null', () => {
    expect(predictCreate(WORLD, stateOf({ sku: null }), { sku: null }).outcome).toBe('created');
  });

  it('a unique value differing only in case is no conflict', () => {
    expect(predictCreate(WORLD, TAKEN, { sku: 'sku-1' }).outcome).toBe('created');
  });
});

describe('predictCreate: rejections', () => {
  it.each<[string, Values, string, string[], 'MUST' | 'SHOULD']>([
    ['a fraction for a number', { price: 29.5 }, 'invalid-value', ['price'], 'MUST'],
    ['a string for a checkbox', { in_stock: 'true' }, 'invalid-value', ['in_stock'], 'MUST'],
    ['an impossible date', { launch_date: '2025-02-30' }, 'invalid-value', ['launch_date'], 'MUST'],
    ['an unknown select option', { category: { id: 'opt_nope' } }, 'invalid-value', ['category'], 'MUST'],
    ['256 code points', { name: 'a'.repeat(256) }, 'invalid-value', ['name'], 'MUST'],
    ['two invalid values', { price: '1', in_stock: 0, name: 'ok' }, 'invalid-value', ['price', 'in_stock'], 'MUST'],
    ['an unknown key', { colour: 'red' }, 'unknown-key', ['colour'], 'SHOULD'],
    ['a system key', { id: STRANGER }, 'unknown-key', ['id'], 'SHOULD'],
    ['an archived key', { legacy_code: 'L' }, 'unknown-key', ['legacy_code'], 'SHOULD'],
    ['an undocumented type', { rating_score: 4 }, 'unknown-key', ['rating_score'], 'SHOULD'],
    ['an unknown key beside an invalid value (the key is reported first)', { colour: 'red', price: 1.5 }, 'unknown-key', ['colour'], 'SHOULD'],
  ])('%s → %s', (_, body, reason, keys, level) => {
    const prediction = predictCreate(WORLD, EMPTY_STATE, body);
    expect(prediction).toMatchObject({ outcome: 'rejected', status: 400, reason, keys, level });
    expect(Object.hasOwn(prediction, 'ifAccepted')).toBe(reason === 'unknown-key');
  });

  it('an unknown key says what a server that ignores it does: the create without it', () => {
    expect(predictCreate(WORLD, EMPTY_STATE, { colour: 'red', name: 'x' })).toHaveProperty('ifAccepted', predictCreate(WORLD, EMPTY_STATE, { name: 'x' }));
  });

  it('a unique value another record holds is a MUST unique-conflict', () => {
    expect(predictCreate(WORLD, TAKEN, { sku: 'SKU-1' })).toEqual({ outcome: 'rejected', status: 400, reason: 'unique-conflict', keys: ['sku'], level: 'MUST' });
  });

  it('the unique conflict wins over an unknown reference', () => {
    expect(predictCreate(WORLD, TAKEN, { sku: 'SKU-1', suppliers: [STRANGER] })).toMatchObject({ reason: 'unique-conflict', level: 'MUST' });
  });

  it.each<[string, Values, string]>([
    ['a relation id that names no supplier', { suppliers: [S1, STRANGER] }, 'suppliers'],
    ['a user id that names no member', { owners: [STRANGER] }, 'owners'],
    ['a multiselect id that is no option', { tags: [{ id: 1 }, { id: 9 }] }, 'tags'],
    ['an option id of another attribute in a multiselect', { tags: [{ id: 'opt_apparel' }] }, 'tags'],
  ])('%s is a SHOULD unknown-reference that says what acceptance creates', (_, body, key) => {
    expect(predictCreate(WORLD, EMPTY_STATE, body)).toEqual({
      outcome: 'rejected', status: 400, reason: 'unknown-reference', keys: [key], level: 'SHOULD',
      ifAccepted: { outcome: 'created', status: 201, values: full(body) },
    });
  });
});

describe('unknownReferences', () => {
  it('ids are compared case-insensitively', () => {
    expect(unknownReferences(WORLD, { suppliers: [S1.toUpperCase()], owners: [MEMBERS[1]!.toUpperCase()] })).toEqual([]);
  });

  it('without known ids nothing is reported unknown (the target gave none)', () => {
    expect(unknownReferences(BLIND_WORLD, { suppliers: [STRANGER], owners: [STRANGER] })).toEqual([]);
  });

  it('multiselect options are still checked without known ids', () => {
    expect(unknownReferences(BLIND_WORLD, { tags: [{ id: 7 }] })).toEqual(['tags']);
  });

  it('null, empty arrays, unknown keys and scalar types are ignored', () => {
    expect(unknownReferences(WORLD, { suppliers: null, owners: [], nope: [STRANGER], name: 'x', tags: [] })).toEqual([]);
  });

  it('lists every key with an unknown id, in body order', () => {
    expect(unknownReferences(WORLD, { owners: [STRANGER], tags: [{ id: 5 }], suppliers: [S2, STRANGER] })).toEqual(['owners', 'tags', 'suppliers']);
  });
});

describe('uniqueConflicts and bodyProblem', () => {
  it('ignores non-unique attributes holding equal values', () => {
    expect(uniqueConflicts(WORLD, TAKEN, { name: 'first' })).toEqual([]);
  });

  it('excludes the record named by exceptId', () => {
    expect(uniqueConflicts(WORLD, TAKEN, { sku: 'SKU-1' }, 'r1')).toEqual([]);
    expect(uniqueConflicts(WORLD, TAKEN, { sku: 'SKU-1' }, 'r9')).toEqual(['sku']);
  });

  it('a well-formed body has no problem', () => {
    expect(bodyProblem(WORLD, { sku: null, price: 1 })).toBeUndefined();
  });
});
