import { describe, expect, it } from 'vitest';
import { MEMBER_IDS, READ_TOKEN } from '../../../src/apis/zeeg/reference/index.ts';
import { uniqueValue } from './helpers/client.ts';
import { useReferenceServer } from './helpers/server.ts';

const server = useReferenceServer();

describe('discovery', () => {
  it('ZEEG-DISCOVERY-001: GET /crm/objects/products answers the object envelope with every attribute', async () => {
    const reply = await server.client.discover('products');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(reply.body).toMatchObject({ success: true, status: 200, object: { slug: 'products', singularName: 'Product', pluralName: 'Products', isStandard: false, isActive: true } });
    const types = Object.fromEntries(reply.body.object.attributes.map((a: { key: string; type: string }) => [a.key, a.type]));
    expect(types).toMatchObject({ sku: 'text', price: 'number', in_stock: 'checkbox', launch_date: 'date', category: 'select', tags: 'multiselect', suppliers: 'relation', owners: 'user', rating_score: 'rating', legacy_code: 'text' });
    expect(typeof reply.body.object.createdAt).toBe('string');
  });

  it('ZEEG-DISCOVERY-002: system attributes id, created_at, updated_at are listed with isStandard true', async () => {
    const { body } = await server.client.discover('suppliers');
    const system = body.object.attributes.filter((a: { isStandard: boolean }) => a.isStandard);
    expect(system.map((a: { key: string; type: string }) => `${a.key}:${a.type}`)).toEqual(['id:text', 'created_at:datetime', 'updated_at:datetime']);
  });

  it('ZEEG-DISCOVERY-003: select and multiselect carry options; relation carries its target', async () => {
    const { body } = await server.client.discover('products');
    const byKey = new Map(body.object.attributes.map((a: { key: string }) => [a.key, a]));
    expect(byKey.get('category')).toMatchObject({ options: [{ id: 'opt_apparel' }, { id: 'opt_shoes' }, { id: 'opt_bags' }] });
    expect((byKey.get('tags') as { options: Array<{ id: unknown }> }).options.map((o) => o.id)).toEqual([1, 2, 3, 4]);
    expect(byKey.get('suppliers')).toMatchObject({ relationType: 'many_to_many', relatedObjectSlug: 'suppliers', relatedObjectLabel: 'Suppliers' });
    expect(byKey.get('legacy_code')).toMatchObject({ isArchived: true });
  });

  it('ZEEG-RECORD-004: unknown object slug, unknown route and wrong method answer JSON errors', async () => {
    const unknown = await server.client.discover('nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ success: false, status: 404 });
    expect(unknown.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const route = await server.client.call('GET', '/elsewhere');
    expect(route.status).toBe(404);
    const method = await server.client.call('DELETE', '/crm/objects/products');
    expect(method.status).toBe(405);
    expect(method.body).toMatchObject({ success: false, status: 405 });
  });
});

describe('auth', () => {
  it('ZEEG-AUTH-001: no token or an unknown token answers 401 on every endpoint and writes nothing', async () => {
    const sku = uniqueValue();
    const id = '00000000-0000-4000-8000-000000000000';
    for (const token of [null, 'not-a-token']) {
      const replies = await Promise.all([
        server.client.discover('products', { token }),
        server.client.create('products', { sku }, { token }),
        server.client.assert('products', 'sku', { sku }, { token }),
        server.client.patch('products', id, { name: 'x' }, { token }),
        server.client.get('products', id, { token }),
        server.client.remove('products', id, { token }),
        server.client.relation('products', id, { attributeSlug: 'owners', add: [MEMBER_IDS[0]] }, { token }),
      ]);
      for (const reply of replies) {
        expect(reply.status).toBe(401);
        expect(reply.body).toMatchObject({ success: false, status: 401 });
      }
    }
    expect((await server.client.assert('products', 'sku', { sku })).status).toBe(201);
  });

  it('ZEEG-AUTH-002 ZEEG-AUTH-004: writes with a crm:read token answer 403 and write nothing', async () => {
    const created = await server.client.create('products', { name: 'kept' });
    const id = created.body.record.id;
    const sku = uniqueValue();
    const token = READ_TOKEN;
    const replies = await Promise.all([
      server.client.create('products', { sku }, { token }),
      server.client.assert('products', 'sku', { sku }, { token }),
      server.client.patch('products', id, { name: 'changed' }, { token }),
      server.client.remove('products', id, { token }),
      server.client.relation('products', id, { attributeSlug: 'owners', add: [MEMBER_IDS[0]] }, { token }),
    ]);
    for (const reply of replies) expect(reply.status).toBe(403);
    const after = await server.client.get('products', id);
    expect(after.body.record.attributes).toMatchObject({ name: 'kept', owners: null });
    expect((await server.client.assert('products', 'sku', { sku })).status).toBe(201);
  });

  it('ZEEG-AUTH-003: a crm:read token may discover objects and read records', async () => {
    const created = await server.client.create('products', { name: 'readable' });
    expect((await server.client.discover('products', { token: READ_TOKEN })).status).toBe(200);
    const read = await server.client.get('products', created.body.record.id, { token: READ_TOKEN });
    expect(read.status).toBe(200);
    expect(read.body.record.attributes.name).toBe('readable');
  });
});
