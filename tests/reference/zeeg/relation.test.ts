import { describe, expect, it } from 'vitest';
import { MEMBER_IDS } from '../../../src/apis/zeeg/reference/index.ts';
import { uniqueValue } from './helpers/client.ts';
import { useReferenceServer } from './helpers/server.ts';

const server = useReferenceServer();

async function supplier(): Promise<string> {
  return (await server.client.create('suppliers', { code: uniqueValue('SUP'), company: 'Acme' })).body.record.id;
}

async function productWith(suppliers: string[]): Promise<string> {
  return (await server.client.create('products', { suppliers })).body.record.id;
}

describe('update relation', () => {
  it('ZEEG-RELATION-001: add links, remove unlinks, answers the record envelope 200', async () => {
    const [a, b, c] = [await supplier(), await supplier(), await supplier()];
    const id = await productWith([a, b]);
    const reply = await server.client.relation('products', id, { attributeSlug: 'suppliers', add: [c], remove: [a] });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ success: true, status: 200, record: { id, attributes: { suppliers: [b, c] } } });
    const users = await server.client.relation('products', id, { attributeSlug: 'owners', add: [MEMBER_IDS[1]] });
    expect(users.body.record.attributes.owners).toEqual([MEMBER_IDS[1]]);
  });

  it('ZEEG-RELATION-002: linked ids named in neither list are untouched', async () => {
    const [a, b, c] = [await supplier(), await supplier(), await supplier()];
    const id = await productWith([a, b]);
    const reply = await server.client.relation('products', id, { attributeSlug: 'suppliers', add: [c] });
    expect(reply.body.record.attributes.suppliers).toEqual([a, b, c]);
    const removed = await server.client.relation('products', id, { attributeSlug: 'suppliers', remove: [b] });
    expect(removed.body.record.attributes.suppliers).toEqual([a, c]);
  });

  it('ZEEG-RELATION-003: attributeSlug must be a relation or user attribute of the object', async () => {
    const a = await supplier();
    const id = await productWith([]);
    for (const attributeSlug of ['name', 'nope', 'legacy_code', undefined]) {
      const reply = await server.client.relation('products', id, { attributeSlug, add: [a] });
      expect(reply.status, String(attributeSlug)).toBe(400);
    }
    expect((await server.client.get('products', id)).body.record.attributes.suppliers).toEqual([]);
  });

  it('ZEEG-RELATION-004: at least one of add or remove must be present and non-empty', async () => {
    const id = await productWith([]);
    for (const body of [{ attributeSlug: 'suppliers' }, { attributeSlug: 'suppliers', add: [], remove: [] }]) {
      expect((await server.client.relation('products', id, body)).status).toBe(400);
    }
  });

  it('ZEEG-RELATION-005: the same id in add and remove is 400 and changes nothing', async () => {
    const [a, b] = [await supplier(), await supplier()];
    const id = await productWith([a]);
    expect((await server.client.relation('products', id, { attributeSlug: 'suppliers', add: [b], remove: [b] })).status).toBe(400);
    expect((await server.client.get('products', id)).body.record.attributes.suppliers).toEqual([a]);
  });

  it('ZEEG-RELATION-006: adding a linked id or removing an unlinked one is a no-op', async () => {
    const [a, b] = [await supplier(), await supplier()];
    const id = await productWith([a]);
    const added = await server.client.relation('products', id, { attributeSlug: 'suppliers', add: [a] });
    expect(added.status).toBe(200);
    expect(added.body.record.attributes.suppliers).toEqual([a]);
    const removed = await server.client.relation('products', id, { attributeSlug: 'suppliers', remove: [b] });
    expect(removed.status).toBe(200);
    expect(removed.body.record.attributes.suppliers).toEqual([a]);
  });

  it('ZEEG-TYPES-010 ZEEG-TYPES-011: ids must be UUIDs, added ids must exist, unknown records are 404', async () => {
    const id = await productWith([]);
    expect((await server.client.relation('products', id, { attributeSlug: 'suppliers', add: ['x'] })).status).toBe(400);
    expect((await server.client.relation('products', id, { attributeSlug: 'suppliers', add: ['dddddddd-dddd-4ddd-8ddd-dddddddddddd'] })).status).toBe(400);
    expect((await server.client.relation('products', id, { attributeSlug: 'suppliers', add: 'x' })).status).toBe(400);
    const missing = await server.client.relation('products', 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', { attributeSlug: 'suppliers', add: [await supplier()] });
    expect(missing.status).toBe(404);
  });
});
