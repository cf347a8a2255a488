/** Update (only the sent properties, "" clears, idProperty), refused writes, and archive. */
import { describe, expect, it } from 'vitest';
import { uniqueEmail, uniqueValue } from './helpers/client.ts';
import { useHubspotServer } from './helpers/server.ts';

const server = useHubspotServer();
const ALL = { properties: 'order_number,note,status,tags,amount,paid,due_date,shipped_at' };

async function newOrder(properties: Record<string, string> = {}): Promise<{ id: string; properties: Record<string, string> }> {
  const reply = await server.client.create('p_orders', { order_number: uniqueValue('ORD'), ...properties });
  if (reply.status !== 201) throw new Error(`could not create an order: ${reply.status}`);
  return reply.body;
}

describe('update', () => {
  it('HUBSPOT-UPDATE-001 HUBSPOT-UPDATE-002 HUBSPOT-OBJECT-001: the sent properties change, the others stay', async () => {
    const order = await newOrder({ note: 'kept', amount: '1', status: 'open', paid: 'false' });
    const before = await server.client.read('p_orders', order.id, ALL);
    const reply = await server.v3.update('p_orders', order.id, { amount: '2', paid: 'true' });
    expect(reply.status).toBe(200);
    expect(reply.body.id).toBe(order.id);
    expect(reply.body.properties).toMatchObject({ amount: '2', paid: 'true' });
    expect(reply.body.createdAt).toBe(before.body.createdAt);
    expect(reply.body.updatedAt >= before.body.updatedAt).toBe(true);
    const after = await server.client.read('p_orders', order.id, ALL);
    expect(after.body.properties).toEqual({ ...before.body.properties, amount: '2', paid: 'true', hs_lastmodifieddate: reply.body.updatedAt });
  });

  it('HUBSPOT-UPDATE-003 HUBSPOT-OBJECT-003: "" clears a property of every type', async () => {
    const order = await newOrder({ note: 'n', status: 'open', tags: 'gift', amount: '3', paid: 'true', due_date: '2026-01-01', shipped_at: '1430475072000' });
    const cleared = { note: '', status: '', tags: '', amount: '', paid: '', due_date: '', shipped_at: '' };
    expect((await server.client.update('p_orders', order.id, cleared)).status).toBe(200);
    const read = await server.client.read('p_orders', order.id, ALL);
    expect(Object.keys(read.body.properties).sort()).toEqual(['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id', 'order_number']);
  });

  it('HUBSPOT-UPDATE-004: an unknown id is 404 and creates nothing', async () => {
    const reply = await server.client.update('p_orders', '888888888', { note: 'ghost' });
    expect(reply.status).toBe(404);
    expect(reply.body.category).toBe('OBJECT_NOT_FOUND');
    expect((await server.client.read('p_orders', '888888888')).status).toBe(404);
  });

  it('HUBSPOT-UPDATE-005: idProperty finds the record to update by a unique value', async () => {
    const email = uniqueEmail();
    const created = await server.client.create('contacts', { email, firstname: 'Old' });
    const reply = await server.client.update('contacts', email, { firstname: 'New' }, { idProperty: 'email' });
    expect(reply.status).toBe(200);
    expect(reply.body.id).toBe(created.body.id);
    expect((await server.client.read('contacts', created.body.id)).body.properties.firstname).toBe('New');
  });
});

describe('refused writes', () => {
  it('HUBSPOT-WRITE-001 HUBSPOT-ERRORS-002 HUBSPOT-WRITE-003: an unknown property is 400 PROPERTY_DOESNT_EXIST and nothing is written', async () => {
    const order = await newOrder({ note: 'before' });
    const reply = await server.client.update('p_orders', order.id, { note: 'after', colour: 'red', amount: 'x' });
    expect(reply.status).toBe(400);
    expect(reply.body.category).toBe('VALIDATION_ERROR');
    expect(reply.body.errors).toEqual([
      { message: 'Property "colour" does not exist', code: 'PROPERTY_DOESNT_EXIST', context: { propertyName: ['colour'] } },
      { message: 'x was not a valid number.', code: 'INVALID_INTEGER', context: { propertyName: ['amount'] } },
    ]);
    expect(reply.body.message).toMatch(/^Property values were not valid: \[/);
    expect((await server.client.read('p_orders', order.id, ALL)).body.properties.note).toBe('before');
  });

  it('HUBSPOT-WRITE-002 HUBSPOT-WRITE-003: a read-only property is 400 and nothing is written', async () => {
    const order = await newOrder({ note: 'before' });
    for (const name of ['hs_object_id', 'hs_createdate', 'order_total_with_tax']) {
      const reply = await server.client.update('p_orders', order.id, { note: 'after', [name]: '1' });
      expect(reply.status, name).toBe(400);
      expect(reply.body.errors[0].context).toEqual({ propertyName: [name] });
    }
    expect((await server.client.create('contacts', { firstname: 'Score', hubspotscore: '5' })).status).toBe(400);
    expect((await server.client.read('p_orders', order.id, ALL)).body.properties.note).toBe('before');
  });
});

describe('archive', () => {
  it('HUBSPOT-ARCHIVE-001 HUBSPOT-ARCHIVE-002: 204 without a body, then a read is 404', async () => {
    const order = await newOrder();
    const reply = await server.client.archive('p_orders', order.id);
    expect(reply.status).toBe(204);
    expect(reply.body).toBe('');
    expect(reply.headers.get('content-type')).toBeNull();
    expect((await server.client.read('p_orders', order.id)).status).toBe(404);
    expect((await server.v3.read('p_orders', order.id)).status).toBe(404);
  });

  it('HUBSPOT-ARCHIVE-003: archived=true reads the archived record', async () => {
    const order = await newOrder({ note: 'binned' });
    await server.client.archive('p_orders', order.id);
    const reply = await server.client.read('p_orders', order.id, { archived: 'true', properties: 'note' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: order.id, archived: true, archivedAt: expect.any(String), properties: { note: 'binned' } });
  });

  it('HUBSPOT-ARCHIVE-004: an archived record cannot be updated; archiving again changes nothing', async () => {
    const order = await newOrder({ note: 'binned' });
    await server.client.archive('p_orders', order.id);
    expect((await server.client.update('p_orders', order.id, { note: 'revived' })).status).toBe(404);
    expect((await server.client.archive('p_orders', order.id)).status).toBe(204);
    expect((await server.client.archive('p_orders', '777777777')).status).toBe(204);
    const binned = await server.client.read('p_orders', order.id, { archived: 'true', properties: 'note' });
    expect(binned.body.properties.note).toBe('binned');
  });
});
