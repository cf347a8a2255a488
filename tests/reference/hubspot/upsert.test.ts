/** Batch upsert by a unique idProperty: update the match or create, never a duplicate. */
import { describe, expect, it } from 'vitest';
import { uniqueEmail, uniqueValue } from './helpers/client.ts';
import { useHubspotServer } from './helpers/server.ts';

const server = useHubspotServer();

describe('batch upsert', () => {
  it('HUBSPOT-UPSERT-001 HUBSPOT-UPSERT-003: a match is updated in place (same id, new false), unsent properties kept', async () => {
    const email = uniqueEmail();
    const created = await server.client.create('contacts', { email, firstname: 'Ada', bio: 'kept' });
    const reply = await server.client.upsert('contacts', [{ id: email, idProperty: 'email', properties: { lastname: 'Lovelace' } }]);
    expect(reply.status).toBe(200);
    expect(reply.body.results).toHaveLength(1);
    expect(reply.body.results[0]).toMatchObject({ id: created.body.id, new: false, properties: { email, lastname: 'Lovelace' } });
    const read = await server.client.read('contacts', created.body.id, { properties: 'firstname,lastname,bio' });
    expect(read.body.properties).toMatchObject({ firstname: 'Ada', lastname: 'Lovelace', bio: 'kept' });
  });

  it('HUBSPOT-UPSERT-002 HUBSPOT-UPSERT-003 HUBSPOT-UPSERT-005: no match creates a record holding the id value (new true)', async () => {
    const number = uniqueValue('ORD');
    const reply = await server.v3.upsert('p_orders', [{ id: number, idProperty: 'order_number', properties: { amount: '5', status: 'open' } }]);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      status: 'COMPLETE',
      results: [
        {
          id: expect.stringMatching(/^\d+$/),
          new: true,
          archived: false,
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
          properties: expect.objectContaining({ order_number: number, amount: '5', status: 'open' }),
        },
      ],
      requestedAt: expect.any(String),
      startedAt: expect.any(String),
      completedAt: expect.any(String),
    });
    const read = await server.client.read('p_orders', number, { idProperty: 'order_number' });
    expect(read.body.id).toBe(reply.body.results[0].id);
  });

  it('HUBSPOT-UPSERT-004: repeated and concurrent upserts of one value make one record', async () => {
    const number = uniqueValue('ORD');
    const input = { id: number, idProperty: 'order_number', properties: { note: 'again' } };
    const first = await server.client.upsert('p_orders', [input]);
    const second = await server.client.upsert('p_orders', [input, input]);
    expect(second.body.results.map((r: { id: string; new: boolean }) => [r.id, r.new])).toEqual([
      [first.body.results[0].id, false],
      [first.body.results[0].id, false],
    ]);
    const racing = uniqueValue('ORD');
    const replies = await Promise.all(Array.from({ length: 12 }, () => server.client.upsert('p_orders', [{ ...input, id: racing }])));
    const ids = new Set(replies.map((r) => r.body.results[0].id));
    expect(ids.size).toBe(1);
    expect(replies.filter((r) => r.body.results[0].new === true)).toHaveLength(1);
  });

  it('HUBSPOT-UPSERT-006: an idProperty that is not unique, or no property, is 400 and writes nothing', async () => {
    for (const idProperty of ['note', 'no_such_property']) {
      const reply = await server.client.upsert('p_orders', [{ id: 'x', idProperty, properties: { note: 'x' } }]);
      expect(reply.status, idProperty).toBe(400);
    }
    const reply = await server.client.upsert('p_orders', [{ id: 'x', idProperty: 'note', properties: {} }]);
    expect(reply.body.message).toBe('Unable to perform update/upsert by non-unique 2-90210001 property: note');
  });

  it('HUBSPOT-UPSERT-007: an empty or missing id is 400 and writes nothing', async () => {
    const fresh = uniqueValue('ORD');
    const valid = { id: fresh, idProperty: 'order_number', properties: {} };
    expect((await server.client.upsert('p_orders', [valid, { id: '', idProperty: 'order_number', properties: { note: 'x' } }])).status).toBe(400);
    expect((await server.client.upsert('p_orders', [valid, { idProperty: 'order_number', properties: {} }])).status).toBe(400);
    expect((await server.client.read('p_orders', fresh, { idProperty: 'order_number' })).status).toBe(404);
  });

  it('HUBSPOT-UPSERT-008: the idProperty query parameter serves inputs that name none', async () => {
    const number = uniqueValue('ORD');
    const created = await server.client.upsert('p_orders', [{ id: number, properties: { note: 'q' } }], { idProperty: 'order_number' });
    expect(created.status).toBe(200);
    expect(created.body.results[0]).toMatchObject({ new: true, properties: { order_number: number } });
    const ref = uniqueValue('REF');
    const own = await server.client.upsert('p_orders', [{ id: ref, idProperty: 'external_ref', properties: {} }], { idProperty: 'order_number' });
    expect(own.body.results[0].properties.external_ref).toBe(ref);
    const byId = await server.client.upsert('p_orders', [{ id: created.body.results[0].id, properties: { note: 'by id' } }]);
    expect(byId.body.results[0]).toMatchObject({ id: created.body.results[0].id, new: false });
    expect((await server.client.upsert('p_orders', [{ id: '123456789', properties: {} }])).status).toBe(400);
  });

  it('HUBSPOT-UPSERT-009 HUBSPOT-WRITE-003 HUBSPOT-CREATE-004: one invalid input refuses the whole batch', async () => {
    const fresh = uniqueValue('ORD');
    const reply = await server.client.upsert('p_orders', [
      { id: fresh, idProperty: 'order_number', properties: { note: 'valid' } },
      { id: uniqueValue('ORD'), idProperty: 'order_number', properties: { amount: 'NaN' } },
    ]);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ code: 'INVALID_INTEGER', context: { propertyName: ['amount'] } });
    expect((await server.client.read('p_orders', fresh, { idProperty: 'order_number' })).status).toBe(404);
    for (const body of [{}, { inputs: {} }, { inputs: ['x'] }, { inputs: [{ id: 'x', idProperty: 'order_number' }] }]) {
      expect((await server.client.call('POST', '/crm/objects/2026-03/p_orders/batch/upsert', body)).status, JSON.stringify(body)).toBe(400);
    }
  });

  it('HUBSPOT-UPDATE-003 HUBSPOT-CREATE-005: upsert clears with "" and creates contacts only with an identity', async () => {
    const email = uniqueEmail();
    await server.client.create('contacts', { email, bio: 'to clear' });
    await server.client.upsert('contacts', [{ id: email, idProperty: 'email', properties: { bio: '' } }]);
    const read = await server.client.read('contacts', email, { idProperty: 'email', properties: 'bio' });
    expect(Object.hasOwn(read.body.properties, 'bio')).toBe(false);
    const number = uniqueValue('999');
    const refused = await server.client.upsert('contacts', [{ id: number, idProperty: 'hs_object_id', properties: { bio: 'x' } }]);
    expect(refused.status).toBe(400);
  });
});
