import { describe, expect, it } from 'vitest';
import { useReferenceServer } from './helpers/server.ts';

// Objects that declare a required attribute: creates (and asserts that create) need a value for
// it; updates do not. The fixtures declare none, so "a record with no attributes" holds there.
const TICKETS = {
  slug: 'tickets',
  attributes: [
    { key: 'title', label: 'Title', type: 'text', isRequired: true },
    { key: 'ref', label: 'Ref', type: 'text', isUnique: true },
    { key: 'points', label: 'Points', type: 'number' },
  ],
};

describe('required attributes (ZEEG-CREATE-004 reading)', () => {
  const server = useReferenceServer({ objects: [TICKETS] });

  it('refuses a create without the required attribute, or with it null, and writes nothing', async () => {
    expect((await server.client.create('tickets', {})).status).toBe(400);
    expect((await server.client.create('tickets', { title: null, ref: 'T-1' })).status).toBe(400);
    expect((await server.client.assert('tickets', 'ref', { ref: 'T-1' })).status).toBe(400);
    const created = await server.client.create('tickets', { title: 'First', ref: 'T-1' });
    expect(created.status).toBe(201);
  });

  it('lets an assert that updates leave the required attribute out', async () => {
    const created = await server.client.create('tickets', { title: 'Second', ref: 'T-2' });
    const updated = await server.client.assert('tickets', 'ref', { ref: 'T-2', points: 3 });
    expect(updated.status).toBe(200);
    expect(updated.body.record.id).toBe(created.body.record.id);
    expect(updated.body.record.attributes.title).toBe('Second');
  });
});
