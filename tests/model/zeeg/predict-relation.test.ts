/**
 * predictRelationUpdate: refusals in the order the endpoint checks them, add / remove
 * semantics, no-ops, and the SHOULD rule for added ids that name nothing.
 */
import { describe, expect, it } from 'vitest';
import { predictRelationUpdate, type RelationUpdate } from '../../../src/apis/zeeg/model/predict-relation.ts';
import type { Prediction } from '../../../src/apis/zeeg/model/prediction.ts';
import { sameValue } from '../../../src/apis/zeeg/model/values.ts';
import { full, MEMBERS, stateOf, STRANGER, SUPPLIER_IDS, WORLD } from './world-fixture.ts';

const [S1, S2, S3] = SUPPLIER_IDS;
const [M1, M2] = MEMBERS;
const STATE = stateOf({ sku: 'A', suppliers: [S1, S2], owners: [M1] }, { sku: 'B' });
const refused = (reason: string, keys: string[], status = 400) => ({ outcome: 'rejected', status, reason, keys, level: 'MUST' });

function linked(prediction: Prediction, key: string): unknown {
  if (prediction.outcome !== 'updated') throw new Error(`expected an update, got ${JSON.stringify(prediction)}`);
  return prediction.values[key];
}

describe('predictRelationUpdate: refusals', () => {
  it.each<[string, string, RelationUpdate, object]>([
    ['an unknown record', 'r9', { attributeSlug: 'suppliers', add: [S3] }, refused('not-found', [], 404)],
    ['an unknown attribute', 'r1', { attributeSlug: 'nope', add: [S3] }, refused('bad-relation-attribute', ['nope'])],
    ['a text attribute', 'r1', { attributeSlug: 'name', add: [S3] }, refused('bad-relation-attribute', ['name'])],
    ['a multiselect attribute', 'r1', { attributeSlug: 'tags', add: [S3] }, refused('bad-relation-attribute', ['tags'])],
    ['no lists', 'r1', { attributeSlug: 'suppliers' }, refused('empty-relation-lists', ['suppliers'])],
    ['two empty lists', 'r1', { attributeSlug: 'suppliers', add: [], remove: [] }, refused('empty-relation-lists', ['suppliers'])],
    ['an id in both lists', 'r1', { attributeSlug: 'suppliers', add: [S3], remove: [S3] }, refused('id-in-both-lists', ['suppliers'])],
    ['a non-UUID id', 'r1', { attributeSlug: 'suppliers', add: ['not-a-uuid'] }, refused('invalid-value', ['suppliers'])],
    ['a non-UUID id to remove', 'r1', { attributeSlug: 'owners', remove: ['42'] }, refused('invalid-value', ['owners'])],
  ])('%s is refused', (_, id, update, expected) => {
    expect(predictRelationUpdate(WORLD, STATE, id, update)).toEqual(expected);
  });

  it('not-found is checked before the attribute', () => {
    expect(predictRelationUpdate(WORLD, STATE, 'r9', { attributeSlug: 'nope' })).toMatchObject({ reason: 'not-found' });
  });
});

describe('predictRelationUpdate: changes', () => {
  it.each<[string, RelationUpdate, string[]]>([
    ['add links a new id', { attributeSlug: 'suppliers', add: [S3] }, [S1, S2, S3]],
    ['remove unlinks an id', { attributeSlug: 'suppliers', remove: [S1] }, [S2]],
    ['add and remove together', { attributeSlug: 'suppliers', add: [S3], remove: [S2] }, [S1, S3]],
    ['adding a linked id is a no-op', { attributeSlug: 'suppliers', add: [S1] }, [S1, S2]],
    ['removing an unlinked id is a no-op', { attributeSlug: 'suppliers', remove: [S3] }, [S1, S2]],
    ['removing every id leaves an empty list', { attributeSlug: 'suppliers', remove: [S1, S2] }, []],
  ])('%s', (_, update, expected) => {
    const prediction = predictRelationUpdate(WORLD, STATE, 'r1', update);
    expect(prediction).toMatchObject({ outcome: 'updated', status: 200, id: 'r1' });
    expect(linked(prediction, 'suppliers')).toEqual(expected);
  });

  it('leaves every other attribute as it was', () => {
    expect(predictRelationUpdate(WORLD, STATE, 'r1', { attributeSlug: 'owners', add: [M2!] })).toEqual({
      outcome: 'updated', status: 200, id: 'r1', values: full({ sku: 'A', suppliers: [S1, S2], owners: [M1, M2] }),
    });
  });

  it('a record whose relation is null starts from an empty list', () => {
    expect(linked(predictRelationUpdate(WORLD, STATE, 'r2', { attributeSlug: 'suppliers', add: [S2], remove: [S1] }), 'suppliers')).toEqual([S2]);
  });

  it('the result compares equal to the same ids in any order', () => {
    const prediction = predictRelationUpdate(WORLD, STATE, 'r1', { attributeSlug: 'suppliers', add: [S3] });
    expect(sameValue(WORLD.attributes.get('suppliers')!, linked(prediction, 'suppliers'), [S3, S1, S2])).toBe(true);
    expect(sameValue(WORLD.attributes.get('suppliers')!, linked(prediction, 'suppliers'), [S3, S1])).toBe(false);
  });

  it('an added id that names nothing is a SHOULD rejection whose acceptance links it', () => {
    expect(predictRelationUpdate(WORLD, STATE, 'r1', { attributeSlug: 'suppliers', add: [STRANGER] })).toEqual({
      outcome: 'rejected', status: 400, reason: 'unknown-reference', keys: ['suppliers'], level: 'SHOULD',
      ifAccepted: { outcome: 'updated', status: 200, id: 'r1', values: full({ sku: 'A', suppliers: [S1, S2, STRANGER], owners: [M1] }) },
    });
  });

  it('removing an id that names nothing is no rejection', () => {
    expect(linked(predictRelationUpdate(WORLD, STATE, 'r1', { attributeSlug: 'owners', remove: [STRANGER] }), 'owners')).toEqual([M1]);
  });
});
