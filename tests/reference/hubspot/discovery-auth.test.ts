/** Properties discovery and authorization (401 without a token, 403 without the write scope). */
import { describe, expect, it } from 'vitest';
import { READ_TOKEN, WRITE_TOKEN, startHubspotServer } from '../../../src/apis/hubspot/reference/index.ts';
import { hubspotClient, uniqueValue } from './helpers/client.ts';
import { useHubspotServer } from './helpers/server.ts';

const server = useHubspotServer();

async function propertiesByName(type: string): Promise<Map<string, Record<string, any>>> {
  const reply = await server.client.properties(type);
  return new Map(reply.body.results.map((p: Record<string, any>) => [p['name'], p] as const));
}

describe('properties discovery', () => {
  it('HUBSPOT-PROPS-001 HUBSPOT-PROPS-002 HUBSPOT-PROPS-006: every property in one reply with the required fields, on both paths and by objectTypeId', async () => {
    const replies = [await server.client.properties('contacts'), await server.v3.properties('contacts'), await server.client.properties('0-1')];
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(Object.keys(reply.body)).toEqual(['results']);
      expect(reply.body).toEqual(replies[0]!.body);
    }
    const names = replies[0]!.body.results.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['email', 'firstname', 'lastname', 'hs_object_id', 'createdate', 'lastmodifieddate']));
    for (const property of replies[0]!.body.results) {
      for (const field of ['name', 'label', 'type', 'fieldType', 'groupName', 'description']) expect(typeof property[field]).toBe('string');
      expect(Array.isArray(property.options)).toBe(true);
    }
  });

  it('HUBSPOT-PROPS-003: enumerations list their options with label, value and hidden', async () => {
    const properties = await propertiesByName('p_orders');
    expect(properties.get('status')).toMatchObject({ type: 'enumeration', fieldType: 'select' });
    expect(properties.get('tags')).toMatchObject({ type: 'enumeration', fieldType: 'checkbox' });
    expect(properties.get('status')?.['options'].map((o: { value: string }) => o.value)).toEqual(['open', 'shipped', 'delivered', 'cancelled']);
    expect(properties.get('status')?.['options'][0]).toEqual({ label: 'Open', value: 'open', hidden: false, displayOrder: 0 });
  });

  it('HUBSPOT-PROPS-004: read-only properties say so in modificationMetadata', async () => {
    const properties = await propertiesByName('p_orders');
    for (const name of ['hs_object_id', 'hs_createdate', 'hs_lastmodifieddate', 'order_total_with_tax']) {
      expect(properties.get(name)?.['modificationMetadata']).toMatchObject({ readOnlyValue: true });
    }
    expect(properties.get('note')?.['modificationMetadata']).toEqual({ archivable: true, readOnlyDefinition: false, readOnlyValue: false });
    const types = new Set([...properties.values()].map((p) => p['type']));
    expect([...types].sort()).toEqual(['bool', 'date', 'datetime', 'enumeration', 'number', 'string']);
  });

  it('HUBSPOT-PROPS-005: unique properties carry hasUniqueValue true', async () => {
    const contacts = await propertiesByName('contacts');
    const orders = await propertiesByName('p_orders');
    expect([...contacts.values()].filter((p) => p['hasUniqueValue'] === true).map((p) => p['name'])).toEqual(['email']);
    expect([...orders.values()].filter((p) => p['hasUniqueValue'] === true).map((p) => p['name'])).toEqual(['order_number', 'external_ref']);
  });

  it('HUBSPOT-PROPS-007: archived=true lists only archived properties', async () => {
    const reply = await server.client.properties('contacts', { archived: 'true' });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ results: [] });
  });
});

describe('authorization', () => {
  it('HUBSPOT-AUTH-001: no token or an unknown token is 401 INVALID_AUTHENTICATION on every path, and writes nothing', async () => {
    const number = uniqueValue('ORD');
    for (const token of [null, 'not-a-token']) {
      const replies = [
        await server.client.properties('contacts', {}, { token }),
        await server.client.create('p_orders', { order_number: number }, { token }),
        await server.client.read('p_orders', '1', {}, { token }),
        await server.client.call('GET', '/crm/no/such/route', undefined, { token }),
      ];
      for (const reply of replies) {
        expect(reply.status).toBe(401);
        expect(reply.body).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION', correlationId: expect.any(String) });
        expect(reply.body.message).toMatch(/^Authentication credentials not found\./);
      }
    }
    expect((await server.client.read('p_orders', number, { idProperty: 'order_number' })).status).toBe(404);
  });

  it('HUBSPOT-AUTH-002: a write with a read-only token is 403 MISSING_SCOPES and writes nothing', async () => {
    const number = uniqueValue('ORD');
    const created = await server.client.create('p_orders', { order_number: number, note: 'before' });
    const writes = [
      await server.client.create('p_orders', { order_number: uniqueValue('ORD') }, { token: READ_TOKEN }),
      await server.client.update('p_orders', created.body.id, { note: 'after' }, {}, { token: READ_TOKEN }),
      await server.client.archive('p_orders', created.body.id, { token: READ_TOKEN }),
      await server.client.upsert('p_orders', [{ id: number, idProperty: 'order_number', properties: { note: 'after' } }], {}, { token: READ_TOKEN }),
    ];
    for (const reply of writes) {
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ category: 'MISSING_SCOPES', errors: [{ context: { requiredScopes: ['crm.objects.custom.write'] } }] });
    }
    const read = await server.client.read('p_orders', created.body.id, { properties: 'note' }, { token: READ_TOKEN });
    expect(read.body.properties.note).toBe('before');
  });

  it('HUBSPOT-AUTH-003: a read-only token reads and discovers', async () => {
    const created = await server.client.create('contacts', { firstname: 'Readable' }, { token: WRITE_TOKEN });
    expect((await server.client.read('contacts', created.body.id, {}, { token: READ_TOKEN })).status).toBe(200);
    expect((await server.v3.properties('contacts', {}, { token: READ_TOKEN })).status).toBe(200);
  });

  it('HUBSPOT-AUTH-002: tokens given at start-up replace the fixture tokens', async () => {
    const custom = await startHubspotServer({ tokens: { 'only-contacts': ['crm.objects.contacts.read', 'crm.objects.contacts.write'] } });
    try {
      const client = hubspotClient(custom.url);
      expect((await client.create('contacts', { firstname: 'x' }, { token: 'only-contacts' })).status).toBe(201);
      expect((await client.create('p_orders', {}, { token: 'only-contacts' })).status).toBe(403);
      expect((await client.create('contacts', { firstname: 'x' })).status).toBe(401);
    } finally {
      await custom.close();
    }
  });
});
