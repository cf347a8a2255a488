import { describe, expect, it } from 'vitest';
import type { ObjectDef } from '../../src/apis/zeeg/contract/attributes.ts';
import { compiledCount } from '../../src/contract/ajv.ts';
import { objectValidators } from '../../src/apis/zeeg/contract/object-validators.ts';

const UUID = '3f0c6f1e-2b7a-4c55-9a51-0d2f4c8e7b10';
const OBJECT: ObjectDef = {
  slug: 'products',
  attributes: [
    { key: 'id', type: 'text', isStandard: true },
    { key: 'created_at', type: 'datetime', isStandard: true },
    { key: 'sku', type: 'text', isUnique: true },
    { key: 'price', type: 'number' },
    { key: 'in_stock', type: 'checkbox' },
    { key: 'launch_date', type: 'date' },
    { key: 'category', type: 'select', options: [{ id: 'opt_apparel' }, { id: 'opt_shoes' }] },
    { key: 'tags', type: 'multiselect', options: [{ id: 1 }, { id: 2 }] },
    { key: 'suppliers', type: 'relation', relatedObjectSlug: 'suppliers' },
    { key: 'owners', type: 'user' },
    { key: 'score', type: 'rating' },
    { key: 'old', type: 'text', isArchived: true },
  ],
};
const v = objectValidators(OBJECT);

// [attribute, value, accepted?, why]
const TABLE: Array<[string, unknown, boolean, string]> = [
  ['sku', '', true, 'empty string'],
  ['sku', 'a'.repeat(255), true, '255 ASCII code points'],
  ['sku', 'a'.repeat(256), false, '256 ASCII code points'],
  ['sku', '😀'.repeat(255), true, '255 astral code points (510 UTF-16 units)'],
  ['sku', '😀'.repeat(256), false, '256 astral code points'],
  ['sku', 29, false, 'number for text'],
  ['price', 29, true, 'integer'],
  ['price', -2147483648, true, 'negative integer'],
  ['price', 0, true, 'zero'],
  ['price', 29.5, false, 'fraction'],
  ['price', '29', false, 'numeric string'],
  ['price', true, false, 'boolean for number'],
  ['in_stock', true, true, 'true'],
  ['in_stock', false, true, 'false'],
  ['in_stock', 'true', false, 'string "true"'],
  ['in_stock', 1, false, 'number 1'],
  ['launch_date', '2025-06-01', true, 'calendar date'],
  ['launch_date', '2024-02-29', true, 'leap day'],
  ['launch_date', '2025-02-29', false, 'leap day of a common year'],
  ['launch_date', '2025-02-30', false, 'impossible date'],
  ['launch_date', '2025-06-01T10:00:00Z', false, 'datetime'],
  ['launch_date', '01/06/2025', false, 'not ISO 8601'],
  ['launch_date', 20250601, false, 'number for date'],
  ['category', { id: 'opt_apparel' }, true, 'option id'],
  ['category', { id: 'opt_nope' }, false, 'unknown option id'],
  ['category', { id: 1 }, false, 'option id of another attribute'],
  ['category', 'opt_apparel', false, 'bare option id'],
  ['category', {}, false, 'object without id'],
  ['tags', [], true, 'empty multiselect'],
  ['tags', [{ id: 1 }, { id: 2 }], true, 'two options'],
  ['tags', [1], false, 'bare ids in a multiselect'],
  ['tags', [{ id: 'opt_apparel' }], true, 'option of another attribute (membership is a SHOULD rule, checked by the model)'],
  ['tags', [{ id: 1.5 }], false, 'id that is neither string nor integer'],
  ['tags', { id: 1 }, false, 'single object for multiselect'],
  ['suppliers', [], true, 'empty relation'],
  ['suppliers', [UUID], true, 'uuid'],
  ['suppliers', ['c1d2e3f4-...'], false, 'non-UUID string'],
  ['suppliers', UUID, false, 'bare uuid'],
  ['owners', [], true, 'empty user list'],
  ['owners', [UUID], true, 'member uuid'],
  ['owners', ['member-uuid-1'], false, 'non-UUID member id'],
];

describe('objectValidators: value table', () => {
  it.each(TABLE)('%s = %j → accepted %s (%s)', (key, value, accepted) => {
    expect(v.value(key, value).valid).toBe(accepted);
    expect(v.body({ [key]: value }).valid).toBe(accepted);
  });

  it.each(['sku', 'price', 'in_stock', 'launch_date', 'category', 'tags', 'suppliers', 'owners'])('accepts null for %s', (key) => {
    expect(v.value(key, null).valid).toBe(true);
    expect(v.body({ [key]: null }).valid).toBe(true);
  });
});

describe('objectValidators: keys', () => {
  it.each(['id', 'created_at', 'score', 'old', 'nope', '__proto__', 'constructor'])('rejects %s as a body key', (key) => {
    expect(v.body(JSON.parse(`{"${key}": "x"}`)).valid).toBe(false);
    expect(v.value(key, 'x').errors[0]?.keyword).toBe('crmcUnknownAttribute');
  });

  it('accepts the empty body', () => expect(v.body({}).valid).toBe(true));

  it('keeps AJV error objects unchanged', () => {
    const { errors } = v.body({ price: 'x' });
    expect(errors.some((e) => e.instancePath === '/price' && e.keyword === 'type')).toBe(true);
  });
});

describe('objectValidators: record', () => {
  const record = { id: UUID, objectSlug: 'products', attributes: { sku: 'A', price: null, score: 4 }, createdAt: 'x', updatedAt: 'y' };
  it('accepts a record with null and undocumented values', () => expect(v.record(record).valid).toBe(true));
  it('rejects a wrongly typed stored value', () => expect(v.record({ ...record, attributes: { price: '29' } }).valid).toBe(false));
  it('rejects a record without id', () => expect(v.record({ attributes: {} }).valid).toBe(false));
  it('rejects a non-UUID id', () => expect(v.record({ ...record, id: '42' }).valid).toBe(false));
});

describe('objectValidators: compile once', () => {
  it('does not compile again for the same object', () => {
    const before = compiledCount();
    objectValidators(structuredClone(OBJECT));
    expect(compiledCount()).toBe(before);
  });
});
