import { describe, expect, it } from 'vitest';
import { useReferenceServer } from './helpers/server.ts';

const server = useReferenceServer();

describe('read and delete', () => {
  it('ZEEG-RECORD-003: GET returns the record as the last accepted write left it; unknown ids are 404', async () => {
    const created = await server.client.create('products', { name: 'read me' });
    await server.client.patch('products', created.body.record.id, { price: 12 });
    const read = await server.client.get('products', created.body.record.id);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ success: true, status: 200, record: { id: created.body.record.id, attributes: { name: 'read me', price: 12 } } });
    expect((await server.client.get('products', 'cccccccc-cccc-4ccc-8ccc-cccccccccccc')).status).toBe(404);
    expect((await server.client.get('suppliers', created.body.record.id)).status).toBe(404);
  });

  it('ZEEG-DELETE-001: deleting an existing record answers 200 "Record deleted."', async () => {
    const created = await server.client.create('products', {});
    const reply = await server.client.remove('products', created.body.record.id);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ success: true, status: 200, message: 'Record deleted.' });
  });

  it('ZEEG-DELETE-002: a second delete answers 404', async () => {
    const created = await server.client.create('products', {});
    await server.client.remove('products', created.body.record.id);
    const again = await server.client.remove('products', created.body.record.id);
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ success: false, status: 404 });
  });

  it('ZEEG-DELETE-003: GET after delete answers 404, and so does a patch', async () => {
    const created = await server.client.create('products', { name: 'gone' });
    await server.client.remove('products', created.body.record.id);
    expect((await server.client.get('products', created.body.record.id)).status).toBe(404);
    expect((await server.client.patch('products', created.body.record.id, { name: 'back' })).status).toBe(404);
  });
});
