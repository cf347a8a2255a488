import { describe, expect, it } from 'vitest';
import { uniqueValue } from './helpers/client.ts';
import { useReferenceServer } from './helpers/server.ts';

const server = useReferenceServer();
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const WRITABLE_PRODUCT_KEYS = ['sku', 'name', 'price', 'in_stock', 'launch_date', 'category', 'tags', 'suppliers', 'owners'];

describe('create', () => {
  it('ZEEG-CREATE-001 ZEEG-RECORD-001 ZEEG-RECORD-002: create answers 201 with the record and a fresh UUID v4', async () => {
    const first = await server.client.create('products', { name: 'One' });
    const second = await server.client.create('products', { name: 'Two' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ success: true, status: 201, record: { objectSlug: 'products' } });
    expect(first.body.record.id).toMatch(UUID_V4);
    expect(second.body.record.id).not.toBe(first.body.record.id);
    expect(Number.isNaN(Date.parse(first.body.record.createdAt))).toBe(false);
    expect(first.body.record.updatedAt).toBe(first.body.record.createdAt);
  });

  it('ZEEG-CREATE-002 ZEEG-TYPES-001 ZEEG-RECORD-003: every documented type is stored as sent and read back', async () => {
    const supplier = await server.client.create('suppliers', { code: uniqueValue('SUP'), company: 'Acme' });
    const sent = {
      sku: uniqueValue(),
      name: 'Dress',
      price: 29,
      in_stock: true,
      launch_date: '2025-06-01',
      category: { id: 'opt_shoes' },
      tags: [{ id: 1 }, { id: 3 }],
      suppliers: [supplier.body.record.id],
      owners: ['5b0f3c1e-7a42-4c1d-9e6b-1f2a3b4c5d61'],
    };
    const created = await server.client.create('products', sent);
    expect(created.status).toBe(201);
    expect(created.body.record.attributes).toEqual(sent);
    const read = await server.client.get('products', created.body.record.id);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ success: true, status: 200, record: created.body.record });
  });

  it('ZEEG-CREATE-003: omitted attributes are null on the created record', async () => {
    const created = await server.client.create('products', { name: 'Partial' });
    const attributes = created.body.record.attributes;
    expect(Object.keys(attributes).sort()).toEqual([...WRITABLE_PRODUCT_KEYS].sort());
    for (const key of WRITABLE_PRODUCT_KEYS.filter((k) => k !== 'name')) expect(attributes[key]).toBeNull();
  });

  it('ZEEG-CREATE-004: an empty body {} creates a record with every attribute null', async () => {
    const created = await server.client.create('products', {});
    expect(created.status).toBe(201);
    expect(Object.values(created.body.record.attributes).every((v) => v === null)).toBe(true);
  });

  it('ZEEG-CREATE-005: a write to an unknown object answers 404', async () => {
    const created = await server.client.create('unicorns', { name: 'x' });
    expect(created.status).toBe(404);
    expect(created.body).toMatchObject({ success: false, status: 404 });
    expect((await server.client.assert('unicorns', 'name', { name: 'x' })).status).toBe(404);
    expect((await server.client.patch('unicorns', '00000000-0000-4000-8000-000000000000', {})).status).toBe(404);
  });

  it('ZEEG-CREATE-006: unknown keys, system keys, archived and undocumented attributes are rejected with 400', async () => {
    for (const body of [{ colour: 'red' }, { id: 'x' }, { created_at: '2025-01-01' }, { legacy_code: 'L1' }, { rating_score: 3 }, { toString: 'x' }]) {
      const reply = await server.client.create('products', { name: 'rejected', ...body });
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body).toMatchObject({ success: false, status: 400 });
    }
  });

  it('ZEEG-CREATE-007: malformed JSON, arrays, strings, null and an empty body are rejected with 400', async () => {
    for (const raw of ['{"name":', '[]', '[{"name":"x"}]', '"name"', 'null', '42', '']) {
      const reply = await server.client.call('POST', '/crm/products', undefined, { raw });
      expect(reply.status, raw).toBe(400);
      expect(reply.body).toMatchObject({ success: false, status: 400 });
    }
  });
});
