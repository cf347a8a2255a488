/** Create and read: statuses, the object shape, which properties a read returns, idProperty. */
import { describe, expect, it } from 'vitest';
import { uniqueEmail, uniqueValue } from './helpers/client.ts';
import { useHubspotServer } from './helpers/server.ts';

const server = useHubspotServer();
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('create', () => {
  it('HUBSPOT-CREATE-001 HUBSPOT-CREATE-002 HUBSPOT-OBJECT-001 HUBSPOT-OBJECT-002: 201 with a new id, the sent values and the object shape', async () => {
    const email = uniqueEmail();
    const first = await server.client.create('contacts', { email, firstname: 'Ada', num_employees: '12' });
    const second = await server.v3.create('contacts', { email: uniqueEmail() });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(first.body.id).toMatch(/^\d+$/);
    expect(second.body.id).not.toBe(first.body.id);
    expect(Object.keys(first.body).sort()).toEqual(['archived', 'createdAt', 'id', 'properties', 'updatedAt']);
    expect(first.body).toMatchObject({ archived: false, createdAt: expect.stringMatching(ISO), updatedAt: first.body.createdAt });
    expect(first.body.properties).toEqual({
      email,
      firstname: 'Ada',
      num_employees: '12',
      hs_object_id: first.body.id,
      createdate: first.body.createdAt,
      lastmodifieddate: first.body.updatedAt,
    });
    for (const value of Object.values(first.body.properties)) expect(typeof value).toBe('string');
  });

  it('HUBSPOT-CREATE-003: a body with properties and an empty associations list is accepted, and so is one with an association', async () => {
    const bare = await server.client.call('POST', '/crm/objects/2026-03/p_orders', { properties: { order_number: uniqueValue('ORD') } });
    expect(bare.status).toBe(201);
    const linked = { to: { id: bare.body.id }, types: [{ associationCategory: 'USER_DEFINED', associationTypeId: 7 }] };
    const reply = await server.client.call('POST', '/crm/objects/2026-03/p_orders', { properties: {}, associations: [linked] });
    expect(reply.status).toBe(201);
  });

  it('HUBSPOT-CREATE-004 HUBSPOT-WRITE-003: a body that is not an object, or without object properties, is 400 and creates nothing', async () => {
    const marker = uniqueValue('ORD');
    const bodies = [[], 'text', null, {}, { properties: [] }, { properties: 'x' }, { properties: { order_number: marker }, associations: 'none' }];
    for (const body of bodies) {
      const reply = await server.client.call('POST', '/crm/objects/2026-03/p_orders', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.category).toBe('VALIDATION_ERROR');
    }
    expect((await server.client.call('POST', '/crm/objects/2026-03/p_orders', undefined, { raw: '{"properties": ' })).status).toBe(400);
    expect((await server.client.read('p_orders', marker, { idProperty: 'order_number' })).status).toBe(404);
  });

  it('HUBSPOT-CREATE-005: a contact needs one of email, firstname and lastname', async () => {
    const refused = await server.client.create('contacts', { bio: 'nobody', lastname: '' });
    expect(refused.status).toBe(400);
    expect(refused.body.category).toBe('VALIDATION_ERROR');
    for (const name of ['email', 'firstname', 'lastname']) {
      const value = name === 'email' ? uniqueEmail() : 'x';
      expect((await server.client.create('contacts', { [name]: value })).status).toBe(201);
    }
  });
});

describe('read', () => {
  it('HUBSPOT-READ-001 HUBSPOT-READ-002 HUBSPOT-PROPS-006: the record as written, by name or objectTypeId, on both path families', async () => {
    const created = await server.client.create('p_orders', { order_number: uniqueValue('ORD'), amount: '10', status: 'open' });
    const asked = { properties: ['amount', 'status,order_number'] };
    const replies = [
      await server.client.read('p_orders', created.body.id, asked),
      await server.client.read('2-90210001', created.body.id, asked),
      await server.v3.read('p_orders', created.body.id, asked),
    ];
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ ...created.body, properties: { ...created.body.properties, status: 'open' } });
    }
  });

  it('HUBSPOT-READ-003: properties the type does not have are ignored', async () => {
    const created = await server.client.create('p_orders', { order_number: uniqueValue('ORD'), note: 'kept' });
    const reply = await server.client.read('p_orders', created.body.id, { properties: 'note,no_such_property' });
    expect(reply.status).toBe(200);
    expect(reply.body.properties.note).toBe('kept');
    expect(Object.hasOwn(reply.body.properties, 'no_such_property')).toBe(false);
  });

  it('HUBSPOT-READ-004 HUBSPOT-OBJECT-003: without properties the default set comes back; properties without a value are left out', async () => {
    const contact = await server.client.create('contacts', { firstname: 'Grace', bio: 'not default' });
    const read = await server.client.read('contacts', contact.body.id);
    expect(Object.keys(read.body.properties).sort()).toEqual(['createdate', 'firstname', 'hs_object_id', 'lastmodifieddate']);
    const order = await server.client.create('p_orders', { order_number: uniqueValue('ORD') });
    const orderRead = await server.client.read('p_orders', order.body.id);
    expect(Object.keys(orderRead.body.properties).sort()).toEqual(['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id']);
    const asked = await server.client.read('contacts', contact.body.id, { properties: 'lastname,bio' });
    expect(asked.body.properties.bio).toBe('not default');
    expect(Object.hasOwn(asked.body.properties, 'lastname')).toBe(false);
  });

  it('HUBSPOT-READ-005: idProperty names a unique property whose value stands in for the id', async () => {
    const email = uniqueEmail();
    const created = await server.client.create('contacts', { email });
    const reply = await server.client.read('contacts', email, { idProperty: 'email' });
    expect(reply.status).toBe(200);
    expect(reply.body.id).toBe(created.body.id);
    expect((await server.client.read('contacts', uniqueEmail(), { idProperty: 'email' })).status).toBe(404);
    expect((await server.client.read('contacts', created.body.id, { idProperty: 'hs_object_id' })).body.id).toBe(created.body.id);
  });

  it('HUBSPOT-READ-006: an idProperty that is not unique, or no property, is 400', async () => {
    const created = await server.client.create('contacts', { firstname: uniqueValue('Name') });
    for (const idProperty of ['firstname', 'no_such_property']) {
      const reply = await server.client.read('contacts', created.body.properties.firstname, { idProperty });
      expect(reply.status, idProperty).toBe(400);
      expect(reply.body.category).toBe('VALIDATION_ERROR');
    }
    expect((await server.client.update('contacts', created.body.properties.firstname, { bio: 'x' }, { idProperty: 'firstname' })).status).toBe(400);
  });

  it('HUBSPOT-READ-007 HUBSPOT-ERRORS-005 HUBSPOT-ERRORS-003 HUBSPOT-ERRORS-004: an unknown id is 404 OBJECT_NOT_FOUND in the HubSpot error body', async () => {
    const reply = await server.client.read('contacts', '999999999');
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({
      status: 'error',
      message: 'Object not found.  objectId are usually numeric.',
      correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      category: 'OBJECT_NOT_FOUND',
      context: { id: ['999999999'] },
    });
  });

  it('HUBSPOT-PROPS-006: an unknown object type is 404 and writes nothing', async () => {
    expect((await server.client.create('no_such_type', { name: 'x' })).status).toBe(404);
    expect((await server.client.read('no_such_type', '1')).status).toBe(404);
    expect((await server.client.properties('9-9')).status).toBe(404);
  });
});
