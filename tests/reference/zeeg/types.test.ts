import { describe, expect, it } from 'vitest';
import { MEMBER_IDS } from '../../../src/apis/zeeg/reference/index.ts';
import { uniqueValue } from './helpers/client.ts';
import { useReferenceServer } from './helpers/server.ts';

const server = useReferenceServer();
const ABSENT_UUID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

async function status(body: Record<string, unknown>): Promise<number> {
  return (await server.client.create('products', body)).status;
}

describe('attribute types', () => {
  it('ZEEG-TYPES-002: wrong JSON types are rejected with 400 for every documented type', async () => {
    const wrong: Array<[string, unknown]> = [
      ['name', 5], ['price', '29'], ['in_stock', 1], ['launch_date', 20250601], ['category', 'opt_shoes'],
      ['tags', { id: 1 }], ['suppliers', 'abc'], ['owners', MEMBER_IDS[0]],
    ];
    for (const [key, value] of wrong) expect(await status({ [key]: value }), key).toBe(400);
  });

  it('ZEEG-TYPES-003: text holds at most 255 code points, counted as code points', async () => {
    expect(await status({ name: 'a'.repeat(255) })).toBe(201);
    expect(await status({ name: 'a'.repeat(256) })).toBe(400);
    expect(await status({ name: '😀'.repeat(255) })).toBe(201);
    expect(await status({ name: '😀'.repeat(256) })).toBe(400);
    expect(await status({ name: '' })).toBe(201);
  });

  it('ZEEG-TYPES-004: number takes integers only', async () => {
    expect(await status({ price: -7 })).toBe(201);
    expect(await status({ price: 29.5 })).toBe(400);
    expect(await status({ price: true })).toBe(400);
  });

  it('ZEEG-TYPES-005: checkbox takes booleans only', async () => {
    expect(await status({ in_stock: false })).toBe(201);
    expect(await status({ in_stock: 'true' })).toBe(400);
  });

  it('ZEEG-TYPES-006: date takes an existing calendar date only', async () => {
    expect(await status({ launch_date: '2024-02-29' })).toBe(201);
    for (const bad of ['2025-13-45', '2025-02-30', '2025-06-01T10:00:00Z', 'June 1']) expect(await status({ launch_date: bad }), bad).toBe(400);
  });

  it('ZEEG-TYPES-007: select takes { id } of one of its options', async () => {
    expect(await status({ category: { id: 'opt_bags' } })).toBe(201);
    expect(await status({ category: { id: 'opt_nope' } })).toBe(400);
    expect(await status({ category: { id: 1 } })).toBe(400);
    expect(await status({ category: {} })).toBe(400);
  });

  it('ZEEG-TYPES-008 ZEEG-TYPES-009: multiselect takes an array of option objects from its options', async () => {
    expect(await status({ tags: [] })).toBe(201);
    expect(await status({ tags: [{ id: 2 }, { id: 4 }] })).toBe(201);
    expect(await status({ tags: [1, 2] })).toBe(400);
    expect(await status({ tags: [{ id: 9 }] })).toBe(400);
    expect(await status({ tags: [{ id: '1' }] })).toBe(400);
  });

  it('ZEEG-TYPES-010 ZEEG-TYPES-011: relation takes UUIDs of existing related records', async () => {
    const supplier = await server.client.create('suppliers', { code: uniqueValue('SUP'), company: 'Acme' });
    expect(await status({ suppliers: [] })).toBe(201);
    expect(await status({ suppliers: [supplier.body.record.id] })).toBe(201);
    expect(await status({ suppliers: ['not-a-uuid'] })).toBe(400);
    expect(await status({ suppliers: [ABSENT_UUID] })).toBe(400);
    const product = await server.client.create('products', {});
    // A products id is not a suppliers record.
    expect(await status({ suppliers: [product.body.record.id] })).toBe(400);
  });

  it('ZEEG-TYPES-012 ZEEG-TYPES-013: user takes UUIDs of organization members', async () => {
    expect(await status({ owners: [...MEMBER_IDS] })).toBe(201);
    expect(await status({ owners: [] })).toBe(201);
    expect(await status({ owners: ['member-uuid-1'] })).toBe(400);
    expect(await status({ owners: [ABSENT_UUID] })).toBe(400);
  });

  it('ZEEG-TYPES-001: null is accepted for every writable type', async () => {
    const keys = ['sku', 'name', 'price', 'in_stock', 'launch_date', 'category', 'tags', 'suppliers', 'owners'];
    const created = await server.client.create('products', Object.fromEntries(keys.map((k) => [k, null])));
    expect(created.status).toBe(201);
  });
});
