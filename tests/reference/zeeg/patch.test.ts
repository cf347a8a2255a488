import { describe, expect, it } from 'vitest';
import { MEMBER_IDS } from '../../../src/apis/zeeg/reference/index.ts';
import { uniqueValue } from './helpers/client.ts';
import { useReferenceServer } from './helpers/server.ts';

const server = useReferenceServer();

async function supplierIds(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) ids.push((await server.client.create('suppliers', { code: uniqueValue('SUP'), company: 'Acme' })).body.record.id);
  return ids;
}

describe('patch', () => {
  it('ZEEG-PATCH-001: only the sent attributes change', async () => {
    const sku = uniqueValue();
    const created = await server.client.create('products', { sku, name: 'Dress', price: 29, in_stock: true, tags: [{ id: 1 }] });
    const reply = await server.client.patch('products', created.body.record.id, { price: 49, in_stock: false });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ success: true, status: 200, record: { id: created.body.record.id } });
    expect(reply.body.record.attributes).toEqual({ ...created.body.record.attributes, price: 49, in_stock: false });
    expect(reply.body.record.createdAt).toBe(created.body.record.createdAt);
    const read = await server.client.get('products', created.body.record.id);
    expect(read.body.record).toEqual(reply.body.record);
  });

  it('ZEEG-PATCH-002: null clears an attribute', async () => {
    const created = await server.client.create('products', { name: 'clear me', category: { id: 'opt_bags' } });
    const reply = await server.client.patch('products', created.body.record.id, { name: null, category: null });
    expect(reply.body.record.attributes).toMatchObject({ name: null, category: null });
  });

  it('ZEEG-PATCH-003: relation and user arrays are replaced whole', async () => {
    const [a, b, c] = await supplierIds(3);
    const created = await server.client.create('products', { suppliers: [a, b], owners: [MEMBER_IDS[0], MEMBER_IDS[1]] });
    const reply = await server.client.patch('products', created.body.record.id, { suppliers: [c], owners: [MEMBER_IDS[2]] });
    expect(reply.body.record.attributes).toMatchObject({ suppliers: [c], owners: [MEMBER_IDS[2]] });
    const emptied = await server.client.patch('products', created.body.record.id, { suppliers: [] });
    expect(emptied.body.record.attributes.suppliers).toEqual([]);
  });

  it('ZEEG-PATCH-004 ZEEG-RECORD-005: a wrongly typed value is 400 and the record is unchanged', async () => {
    const created = await server.client.create('products', { name: 'stable', price: 10 });
    const id = created.body.record.id;
    for (const body of [{ name: 'new', price: 1.5 }, { name: 'new', owners: ['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'] }, { name: 'new', colour: 'red' }]) {
      expect((await server.client.patch('products', id, body)).status).toBe(400);
    }
    expect((await server.client.get('products', id)).body.record).toEqual(created.body.record);
  });

  it('ZEEG-PATCH-005 ZEEG-PATCH-006: patching an unknown record id is 404 and creates nothing', async () => {
    const absent = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
    const reply = await server.client.patch('products', absent, { name: 'ghost' });
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ success: false, status: 404 });
    expect((await server.client.get('products', absent)).status).toBe(404);
    expect((await server.client.patch('products', 'not-a-uuid', {})).status).toBe(404);
  });
});
