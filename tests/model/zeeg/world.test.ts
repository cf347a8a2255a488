/**
 * buildWorld, attribute lookups and knownReferences; and the state helpers the predictions
 * build on (allNull, withRecord, withoutRecord, merged).
 */
import { describe, expect, it } from 'vitest';
import { allNull, EMPTY_STATE, merged, withoutRecord, withRecord } from '../../../src/apis/zeeg/model/state.ts';
import { attributesOfType, buildWorld, knownReferences, uniqueAttributes } from '../../../src/apis/zeeg/model/world.ts';
import { SUPPLIERS } from '../../../src/apis/zeeg/reference/index.ts';
import { BLIND_WORLD, MEMBERS, SUPPLIER_IDS, WORLD, WRITABLE_KEYS } from './world-fixture.ts';

const attr = (key: string) => WORLD.attributes.get(key)!;

describe('buildWorld', () => {
  it('keeps the writable attributes in schema order', () => {
    expect([...WORLD.attributes.keys()]).toEqual(WRITABLE_KEYS);
  });

  it('attributesOfType and uniqueAttributes filter by type and flag', () => {
    expect(attributesOfType(WORLD, 'relation', 'user').map((a) => a.key)).toEqual(['suppliers', 'owners']);
    expect(attributesOfType(WORLD, 'checkbox').map((a) => a.key)).toEqual(['in_stock']);
    expect(uniqueAttributes(WORLD).map((a) => a.key)).toEqual(['sku']);
    expect(uniqueAttributes(buildWorld(SUPPLIERS, new Map(), [])).map((a) => a.key)).toEqual(['code']);
  });

  it('its validators judge the object\'s values', () => {
    expect(WORLD.validators.value('price', 3).valid).toBe(true);
    expect(WORLD.validators.value('rating_score', 3).valid).toBe(false);
  });
});

describe('knownReferences', () => {
  it('a user attribute knows the members; a relation its related ids', () => {
    expect(knownReferences(WORLD, attr('owners'))).toEqual(MEMBERS);
    expect(knownReferences(WORLD, attr('suppliers'))).toEqual(SUPPLIER_IDS);
  });

  it('knows nothing without members or related ids', () => {
    expect(knownReferences(BLIND_WORLD, attr('owners'))).toBeUndefined();
    expect(knownReferences(BLIND_WORLD, attr('suppliers'))).toBeUndefined();
    const emptyList = buildWorld(WORLD.object, new Map([['suppliers', []]]), []);
    expect(knownReferences(emptyList, attr('suppliers'))).toBeUndefined();
  });

  it('other types have no references', () => {
    for (const key of ['sku', 'price', 'in_stock', 'launch_date', 'category', 'tags']) expect(knownReferences(WORLD, attr(key))).toBeUndefined();
  });
});

describe('state', () => {
  it('allNull sets every writable attribute to null', () => {
    expect(allNull(WORLD)).toEqual(Object.fromEntries(WRITABLE_KEYS.map((k) => [k, null])));
  });

  it('withRecord appends a new id and replaces a known one in place', () => {
    const two = withRecord(withRecord(EMPTY_STATE, { id: 'a', values: { name: '1' } }), { id: 'b', values: {} });
    const replaced = withRecord(two, { id: 'a', values: { name: '2' } });
    expect(replaced.records).toEqual([{ id: 'a', values: { name: '2' } }, { id: 'b', values: {} }]);
    expect(two.records[0]).toEqual({ id: 'a', values: { name: '1' } });
  });

  it('withoutRecord drops the record and remembers the id', () => {
    const state = withoutRecord(withRecord(EMPTY_STATE, { id: 'a', values: {} }), 'a');
    expect(state).toEqual({ records: [], deleted: ['a'] });
    expect(EMPTY_STATE).toEqual({ records: [], deleted: [] });
  });

  it('merged lays the body over the stored values', () => {
    expect(merged({ a: 1, b: 2 }, { b: null, c: 3 })).toEqual({ a: 1, b: null, c: 3 });
  });
});
