/** The hasUniqueValue rule on create, update and upsert: 409 CONFLICT and nothing written. */
import { describe, expect, it } from 'vitest';
import { uniqueEmail, uniqueValue } from './helpers/client.ts';
import { useHubspotServer } from './helpers/server.ts';

const server = useHubspotServer();

async function contactsWith(email: string): Promise<number> {
  const reply = await server.client.read('contacts', email, { idProperty: 'email' });
  return reply.status === 200 ? 1 : 0;
}

describe('unique values', () => {
  it('HUBSPOT-UNIQUE-001 HUBSPOT-UNIQUE-006 HUBSPOT-ERRORS-003 HUBSPOT-ERRORS-004: a create with a held value is 409 CONFLICT naming the holder', async () => {
    const email = uniqueEmail();
    const first = await server.client.create('contacts', { email, firstname: 'First' });
    const reply = await server.client.create('contacts', { email, firstname: 'Second' });
    expect(reply.status).toBe(409);
    expect(reply.body).toEqual({
      status: 'error',
      message: `Contact already exists. Existing ID: ${first.body.id}`,
      correlationId: expect.any(String),
      category: 'CONFLICT',
    });
    expect((await server.client.read('contacts', email, { idProperty: 'email', properties: 'firstname' })).body.properties.firstname).toBe('First');
  });

  it('HUBSPOT-UNIQUE-002 HUBSPOT-UNIQUE-004: an update to a held value is 409 and changes nothing', async () => {
    const [a, b] = [uniqueValue('ORD'), uniqueValue('ORD')];
    const first = await server.client.create('p_orders', { order_number: a });
    const second = await server.client.create('p_orders', { order_number: b, note: 'unchanged' });
    const reply = await server.client.update('p_orders', second.body.id, { order_number: a, note: 'changed' });
    expect(reply.status).toBe(409);
    expect(reply.body.message).toBe(`Order already exists. Existing ID: ${first.body.id}`);
    const read = await server.client.read('p_orders', second.body.id, { properties: 'order_number,note' });
    expect(read.body.properties).toMatchObject({ order_number: b, note: 'unchanged' });
  });

  it('HUBSPOT-UNIQUE-003 HUBSPOT-UNIQUE-004: an upsert giving another unique property a held value is 409 and writes no input', async () => {
    const ref = uniqueValue('REF');
    await server.client.create('p_orders', { order_number: uniqueValue('ORD'), external_ref: ref });
    const fresh = uniqueValue('ORD');
    const reply = await server.client.upsert('p_orders', [
      { id: fresh, idProperty: 'order_number', properties: { note: 'valid' } },
      { id: uniqueValue('ORD'), idProperty: 'order_number', properties: { external_ref: ref } },
    ]);
    expect(reply.status).toBe(409);
    expect(reply.body.category).toBe('CONFLICT');
    expect((await server.client.read('p_orders', fresh, { idProperty: 'order_number' })).status).toBe(404);
    const twice = uniqueValue('REF');
    const clash = await server.client.upsert('p_orders', [
      { id: uniqueValue('ORD'), idProperty: 'order_number', properties: { external_ref: twice } },
      { id: uniqueValue('ORD'), idProperty: 'order_number', properties: { external_ref: twice } },
    ]);
    expect(clash.status).toBe(409);
  });

  it('HUBSPOT-UNIQUE-005: a record may be given its own unique value again', async () => {
    const email = uniqueEmail();
    const created = await server.client.create('contacts', { email });
    expect((await server.client.update('contacts', created.body.id, { email, firstname: 'Same' })).status).toBe(200);
    const upsert = await server.client.upsert('contacts', [{ id: email, idProperty: 'email', properties: { email } }]);
    expect(upsert.status).toBe(200);
    expect(await contactsWith(email)).toBe(1);
  });

  it('HUBSPOT-UNIQUE-004: a cleared or archived value is free again', async () => {
    const email = uniqueEmail();
    const first = await server.client.create('contacts', { email });
    await server.client.update('contacts', first.body.id, { email: '', firstname: 'Cleared' });
    const second = await server.client.create('contacts', { email });
    expect(second.status).toBe(201);
    await server.client.archive('contacts', second.body.id);
    expect((await server.client.create('contacts', { email })).status).toBe(201);
  });
});
