import { describe, expect, it } from 'vitest';
import { uniqueValue } from './helpers/client.ts';
import { useReferenceServer } from './helpers/server.ts';

const server = useReferenceServer();

describe('assert (upsert)', () => {
  it('ZEEG-ASSERT-002 ZEEG-ASSERT-006: no match creates a record with the matching value, 201', async () => {
    const sku = uniqueValue();
    const reply = await server.client.assert('products', 'sku', { sku, name: 'new' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ success: true, status: 201, record: { attributes: { sku, name: 'new' } } });
  });

  it('ZEEG-ASSERT-001: a match updates that record (same id) and answers 200', async () => {
    const sku = uniqueValue();
    const created = await server.client.create('products', { sku, name: 'before' });
    const reply = await server.client.assert('products', 'sku', { sku, name: 'after' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ success: true, status: 200, record: { id: created.body.record.id, attributes: { sku, name: 'after' } } });
  });

  it('ZEEG-ASSERT-003: matchingAttribute missing or not a writable attribute is 400 and writes nothing', async () => {
    const sku = uniqueValue();
    expect((await server.client.assert('products', null, { sku })).status).toBe(400);
    expect((await server.client.assert('products', '', { sku })).status).toBe(400);
    expect((await server.client.assert('products', 'colour', { sku })).status).toBe(400);
    expect((await server.client.assert('products', 'id', { sku })).status).toBe(400);
    expect((await server.client.assert('products', 'sku', { sku })).status).toBe(201);
  });

  it('ZEEG-ASSERT-004: matching is exact (case, whitespace, prefix) and deep for arrays', async () => {
    const name = uniqueValue('Widget');
    await server.client.create('products', { name });
    for (const variant of [name.toUpperCase(), ` ${name}`, name.slice(0, -1)]) {
      expect((await server.client.assert('products', 'name', { name: variant })).status, variant).toBe(201);
    }
    const tagged = await server.client.create('products', { name: uniqueValue(), tags: [{ id: 4 }, { id: 2 }] });
    const same = await server.client.assert('products', 'tags', { tags: [{ id: 4 }, { id: 2 }] });
    expect(same.status).toBe(200);
    expect(same.body.record.id).toBe(tagged.body.record.id);
  });

  it('ZEEG-ASSERT-005: a body without the matching attribute is 400', async () => {
    expect((await server.client.assert('products', 'sku', { name: 'no sku' })).status).toBe(400);
  });

  it('ZEEG-ASSERT-007: omitted attributes are null on create and unchanged on update', async () => {
    const sku = uniqueValue();
    const created = await server.client.assert('products', 'sku', { sku, price: 5 });
    expect(created.body.record.attributes).toMatchObject({ sku, price: 5, name: null, in_stock: null });
    await server.client.patch('products', created.body.record.id, { name: 'kept', in_stock: true });
    const updated = await server.client.assert('products', 'sku', { sku, price: 6 });
    expect(updated.body.record.attributes).toMatchObject({ sku, price: 6, name: 'kept', in_stock: true });
  });

  it('ZEEG-ASSERT-008 ZEEG-ASSERT-009 ZEEG-ASSERT-012: with several matches only the first created is updated', async () => {
    const name = uniqueValue('Shared');
    const first = await server.client.create('products', { name, price: 1 });
    const second = await server.client.create('products', { name, price: 2 });
    const reply = await server.client.assert('products', 'name', { name, price: 99 });
    expect(reply.status).toBe(200);
    expect(reply.body.record.id).toBe(first.body.record.id);
    expect((await server.client.get('products', second.body.record.id)).body.record.attributes.price).toBe(2);
  });

  it('ZEEG-ASSERT-013 ZEEG-UNIQUE-004: 64 concurrent asserts of one new value give one 201, 63 × 200 and one record', async () => {
    const sku = uniqueValue('RACE');
    const replies = await Promise.all(Array.from({ length: 64 }, (_, i) => server.client.assert('products', 'sku', { sku, price: i })));
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(63);
    expect(new Set(replies.map((r) => r.body.record.id)).size).toBe(1);
  });

  it('ZEEG-ASSERT-010: a null or empty matching value is 400 and writes nothing', async () => {
    const sku = uniqueValue('EMPTY');
    expect((await server.client.assert('products', 'name', { name: null, sku, price: 1 })).status).toBe(400);
    expect((await server.client.assert('products', 'name', { name: '', sku, price: 1 })).status).toBe(400);
    // Had either refusal stored its record, an assert on its unique sku would find it (200).
    expect((await server.client.assert('products', 'sku', { sku })).status).toBe(201);
  });

  it('ZEEG-ASSERT-011: repeating an assert answers 200 and creates no duplicate', async () => {
    const sku = uniqueValue();
    const body = { sku, name: 'same', tags: [{ id: 1 }] };
    const first = await server.client.assert('products', 'sku', body);
    const second = await server.client.assert('products', 'sku', body);
    const third = await server.client.assert('products', 'sku', body);
    expect([first.status, second.status, third.status]).toEqual([201, 200, 200]);
    expect(third.body.record.id).toBe(first.body.record.id);
    expect(third.body.record.attributes).toEqual(first.body.record.attributes);
  });

  it('ZEEG-TYPES-002 ZEEG-RECORD-005: an assert with a wrongly typed value is 400 and neither creates nor updates', async () => {
    const sku = uniqueValue();
    expect((await server.client.assert('products', 'sku', { sku, price: 'ten' })).status).toBe(400);
    const created = await server.client.assert('products', 'sku', { sku, price: 10 });
    expect(created.status).toBe(201);
    expect((await server.client.assert('products', 'sku', { sku, price: 11, in_stock: 'yes' })).status).toBe(400);
    expect((await server.client.get('products', created.body.record.id)).body.record.attributes.price).toBe(10);
  });
});
