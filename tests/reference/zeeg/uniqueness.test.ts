import { describe, expect, it } from 'vitest';
import { uniqueValue } from './helpers/client.ts';
import { useReferenceServer } from './helpers/server.ts';

const server = useReferenceServer();

describe('unique attributes', () => {
  it('ZEEG-UNIQUE-001 ZEEG-UNIQUE-004 ZEEG-UNIQUE-005: create and patch reject a unique value another record holds', async () => {
    const sku = uniqueValue();
    const first = await server.client.create('products', { sku, name: 'first' });
    expect(first.status).toBe(201);
    const duplicate = await server.client.create('products', { sku, name: 'second' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toMatchObject({ success: false, status: 400 });
    const other = await server.client.create('products', { sku: uniqueValue() });
    const patched = await server.client.patch('products', other.body.record.id, { sku, name: 'changed' });
    expect(patched.status).toBe(400);
    const unchanged = await server.client.get('products', other.body.record.id);
    expect(unchanged.body.record.attributes.name).toBeNull();
  });

  it('ZEEG-UNIQUE-002: assert rejects assigning a unique value that belongs to another record', async () => {
    const [a, b] = [uniqueValue('CODE'), uniqueValue('CODE')];
    await server.client.create('suppliers', { code: a, company: 'A' });
    await server.client.create('suppliers', { code: b, company: 'B' });
    // Match supplier B by company, then try to give it A's code.
    const reply = await server.client.assert('suppliers', 'company', { company: 'B', code: a });
    expect(reply.status).toBe(400);
  });

  it('ZEEG-UNIQUE-003 ZEEG-UNIQUE-006: re-asserting or re-patching a record\'s own unique value succeeds', async () => {
    const sku = uniqueValue();
    const created = await server.client.assert('products', 'sku', { sku, price: 1 });
    expect(created.status).toBe(201);
    const again = await server.client.assert('products', 'sku', { sku, price: 2 });
    expect(again.status).toBe(200);
    expect(again.body.record.id).toBe(created.body.record.id);
    const patched = await server.client.patch('products', created.body.record.id, { sku, price: 3 });
    expect(patched.status).toBe(200);
  });

  it('ZEEG-UNIQUE-004: null is never a duplicate, "" is an ordinary value, and a freed value can be reused', async () => {
    expect((await server.client.create('suppliers', { code: null, company: 'C' })).status).toBe(201);
    expect((await server.client.create('suppliers', { code: null, company: 'C' })).status).toBe(201);
    const blank = await server.client.create('suppliers', { code: '', company: 'C' });
    expect(blank.status).toBe(201);
    expect((await server.client.create('suppliers', { code: '', company: 'C' })).status).toBe(400);
    await server.client.patch('suppliers', blank.body.record.id, { code: null });
    expect((await server.client.create('suppliers', { code: '', company: 'C' })).status).toBe(201);
    const code = uniqueValue('CODE');
    const holder = await server.client.create('suppliers', { code, company: 'C' });
    await server.client.remove('suppliers', holder.body.record.id);
    expect((await server.client.create('suppliers', { code, company: 'C' })).status).toBe(201);
  });
});
