/**
 * HubSpot's official Node SDK (@hubspot/api-client, which calls the /crm/v3 paths) drives the
 * reference server: discovery, create, read, update, clearing with "", batch upsert (update and
 * create), archive and read after archive. Its ApiException carries the 400, 409 and 404 bodies.
 * Where the SDK and the server disagree, the server is wrong.
 */
import { Client } from '@hubspot/api-client';
import { ApiException } from '@hubspot/api-client/lib/codegen/crm/objects/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_TOKEN, WRITE_TOKEN, startHubspotServer, type RunningHubspotServer } from '../../../src/apis/hubspot/reference/index.ts';
import { uniqueEmail, uniqueValue } from './helpers/client.ts';

let server: RunningHubspotServer;
let sdk: Client;

beforeAll(async () => {
  server = await startHubspotServer();
  sdk = new Client({ accessToken: WRITE_TOKEN, basePath: server.url });
});
afterAll(async () => server.close());

/** The ApiException a call rejects with (fails the test when it resolves). */
async function apiError(call: Promise<unknown>): Promise<ApiException<any>> {
  const outcome = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(ApiException);
  return outcome as ApiException<any>;
}

describe('the official SDK against the reference server', () => {
  it('HUBSPOT-PROPS-001 HUBSPOT-PROPS-003: reads the properties of contacts and of a custom object', async () => {
    const contacts = await sdk.crm.properties.coreApi.getAll('contacts');
    expect(contacts.results.map((p) => p.name)).toEqual(expect.arrayContaining(['email', 'firstname', 'lastname']));
    const orders = await sdk.crm.properties.coreApi.getAll('2-90210001');
    expect(orders.results.find((p) => p.name === 'tags')?.options.map((o) => o.value)).toEqual(['gift', 'fragile', 'express']);
  });

  it('HUBSPOT-CREATE-001 HUBSPOT-READ-002 HUBSPOT-UPDATE-001 HUBSPOT-UPDATE-003: creates, reads, updates and clears with ""', async () => {
    const email = uniqueEmail();
    const created = await sdk.crm.objects.basicApi.create('contacts', { properties: { email, firstname: 'Ada', num_employees: '12' }, associations: [] });
    expect(created.id).toMatch(/^\d+$/);
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(created.properties).toMatchObject({ email, firstname: 'Ada', num_employees: '12' });

    const read = await sdk.crm.objects.basicApi.getById('contacts', created.id, ['firstname', 'num_employees']);
    expect(read.properties).toMatchObject({ firstname: 'Ada', num_employees: '12' });
    const byEmail = await sdk.crm.objects.basicApi.getById('contacts', email, ['firstname'], undefined, undefined, false, 'email');
    expect(byEmail.id).toBe(created.id);

    const updated = await sdk.crm.objects.basicApi.update('contacts', created.id, { properties: { lastname: 'Lovelace', num_employees: '' } });
    expect(updated.properties.lastname).toBe('Lovelace');
    const after = await sdk.crm.objects.basicApi.getById('contacts', created.id, ['firstname', 'lastname', 'num_employees']);
    expect(after.properties).toMatchObject({ firstname: 'Ada', lastname: 'Lovelace' });
    expect(after.properties['num_employees']).toBeUndefined();
  });

  it('HUBSPOT-UPSERT-001 HUBSPOT-UPSERT-002 HUBSPOT-UPSERT-003: batch upsert updates a match and creates the rest', async () => {
    const held = uniqueValue('ORD');
    const existing = await sdk.crm.objects.basicApi.create('p_orders', { properties: { order_number: held, note: 'kept' }, associations: [] });
    const fresh = uniqueValue('ORD');
    const reply = await sdk.crm.objects.batchApi.upsert('p_orders', {
      inputs: [
        { id: held, idProperty: 'order_number', properties: { amount: '10' } },
        { id: fresh, idProperty: 'order_number', properties: { amount: '20', status: 'open' } },
      ],
    });
    expect(reply.status).toBe('COMPLETE');
    expect(reply.results.map((r) => [r.id === existing.id, r._new])).toEqual([
      [true, false],
      [false, true],
    ]);
    const kept = await sdk.crm.objects.basicApi.getById('p_orders', existing.id, ['note', 'amount']);
    expect(kept.properties).toMatchObject({ note: 'kept', amount: '10' });
    const created = await sdk.crm.objects.basicApi.getById('p_orders', fresh, ['amount', 'status'], undefined, undefined, false, 'order_number');
    expect(created.properties).toMatchObject({ amount: '20', status: 'open' });
  });

  it('HUBSPOT-ARCHIVE-001 HUBSPOT-ARCHIVE-002 HUBSPOT-READ-007: archives, and a later read rejects with a 404 body', async () => {
    const created = await sdk.crm.objects.basicApi.create('p_orders', { properties: { order_number: uniqueValue('ORD') }, associations: [] });
    await expect(sdk.crm.objects.basicApi.archive('p_orders', created.id)).resolves.toBeUndefined();
    const error = await apiError(sdk.crm.objects.basicApi.getById('p_orders', created.id));
    expect(error.code).toBe(404);
    expect(error.body).toMatchObject({ category: 'OBJECT_NOT_FOUND', message: 'Object not found.  objectId are usually numeric.' });
    expect(typeof error.body.correlationId).toBe('string');
  });

  it('HUBSPOT-ERRORS-001 HUBSPOT-ERRORS-002: a 400 VALIDATION_ERROR reaches the caller with its per-property errors', async () => {
    const error = await apiError(sdk.crm.objects.basicApi.create('p_orders', { properties: { amount: '1,000', status: 'lost' }, associations: [] }));
    expect(error.code).toBe(400);
    expect(error.body.category).toBe('VALIDATION_ERROR');
    expect(error.body.errors.map((e: { code: string; context: unknown }) => [e.code, e.context])).toEqual([
      ['INVALID_INTEGER', { propertyName: ['amount'] }],
      ['INVALID_OPTION', { propertyName: ['status'] }],
    ]);
  });

  it('HUBSPOT-UNIQUE-001 HUBSPOT-UNIQUE-006: a 409 CONFLICT reaches the caller naming the existing id', async () => {
    const email = uniqueEmail();
    const first = await sdk.crm.objects.basicApi.create('contacts', { properties: { email }, associations: [] });
    const error = await apiError(sdk.crm.objects.basicApi.create('contacts', { properties: { email }, associations: [] }));
    expect(error.code).toBe(409);
    expect(error.body).toMatchObject({ category: 'CONFLICT', message: `Contact already exists. Existing ID: ${first.id}` });
  });

  it('HUBSPOT-AUTH-002: a read-only token gets 403 MISSING_SCOPES on a write', async () => {
    const reader = new Client({ accessToken: READ_TOKEN, basePath: server.url });
    const error = await apiError(reader.crm.objects.basicApi.create('contacts', { properties: { firstname: 'x' }, associations: [] }));
    expect(error.code).toBe(403);
    expect(error.body.category).toBe('MISSING_SCOPES');
  });
});
