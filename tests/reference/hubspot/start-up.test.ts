/** startHubspotServer: options, logging, held replies, the route surface and the fault list. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isCrmcError } from '../../../src/core/errors.ts';
import { BODY_LIMIT_BYTES, CONTACTS, FAULTS, WRITE_TOKEN, startHubspotServer } from '../../../src/apis/hubspot/reference/index.ts';
import { hubspotClient } from './helpers/client.ts';
import { useHubspotServer } from './helpers/server.ts';

const shared = useHubspotServer();

describe('startHubspotServer', () => {
  it('listens on 127.0.0.1 with the API root as url and echoes the faults switched on, each once', async () => {
    const server = await startHubspotServer({ faults: ['create-returns-200', 'create-returns-200', 'bool-accepts-yes'] });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.faults).toEqual(['create-returns-200', 'bool-accepts-yes']);
    } finally {
      await server.close();
    }
  });

  it('rejects an unknown fault name with CRMC_USAGE', async () => {
    const error = await startHubspotServer({ faults: ['no-such-fault'] }).catch((e: unknown) => e);
    expect(isCrmcError(error, 'CRMC_USAGE')).toBe(true);
  });

  it('logs one line per request (method, path, status, ms) and never the token', async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    const server = await startHubspotServer({ log: stream });
    try {
      const client = hubspotClient(server.url, 'v3');
      await client.create('contacts', { firstname: 'Logged' });
      await client.read('contacts', '1');
      await new Promise((resolve) => setImmediate(resolve));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^POST \/crm\/v3\/objects\/contacts 201 \d+(\.\d+)?ms$/);
      expect(lines[1]).toMatch(/^GET \/crm\/v3\/objects\/contacts\/1 404 /);
      expect(lines.join('\n')).not.toContain(WRITE_TOKEN);
    } finally {
      await server.close();
    }
  });

  it('serves the object types it is given instead of the fixtures', async () => {
    const server = await startHubspotServer({ objects: [{ ...CONTACTS, name: 'people', objectTypeId: '0-99' }] });
    try {
      const client = hubspotClient(server.url);
      expect((await client.create('people', { firstname: 'x' })).status).toBe(201);
      expect((await client.properties('0-99')).status).toBe(200);
      expect((await client.create('contacts', { firstname: 'x' })).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('holds each reply latencyMs: a held reply arrives after an unheld one sent later', async () => {
    const slow = await startHubspotServer({ latencyMs: 1_500 });
    try {
      let answered = false;
      const held = hubspotClient(slow.url).properties('contacts').then((reply) => {
        answered = true;
        return reply.status;
      });
      expect((await shared.client.properties('contacts')).status).toBe(200);
      expect(answered).toBe(false);
      expect(await held).toBe(200);
    } finally {
      await slow.close();
    }
  });

  it('close() ends keep-alive connections and frees the port', async () => {
    const server = await startHubspotServer();
    const client = hubspotClient(server.url);
    expect((await client.properties('contacts')).status).toBe(200);
    await server.close();
    await expect(client.properties('contacts')).rejects.toThrow();
  });

  it('the catalogue holds at least 25 uniquely named kebab-case faults, each naming HubSpot clauses', () => {
    expect(FAULTS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(FAULTS.map((f) => f.name)).size).toBe(FAULTS.length);
    for (const fault of FAULTS) {
      expect(fault.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(fault.clauses.length).toBeGreaterThan(0);
      for (const id of fault.clauses) expect(id).toMatch(/^HUBSPOT-[A-Z]+-\d{3}$/);
    }
  });
});

describe('route surface', () => {
  it('HUBSPOT-ERRORS-003 HUBSPOT-ERRORS-004: unknown routes, versions and methods answer in the HubSpot error body', async () => {
    const cases: Array<[string, string, number]> = [
      ['GET', '/crm/objects/2025-09/contacts/1', 404],
      ['GET', '/crm/v4/objects/contacts/1', 404],
      ['GET', '/other', 404],
      ['PUT', '/crm/v3/objects/contacts/1', 405],
    ];
    for (const [method, path, status] of cases) {
      const reply = await shared.client.call(method, path);
      expect(reply.status, `${method} ${path}`).toBe(status);
      expect(reply.body).toMatchObject({ status: 'error', message: expect.any(String), correlationId: expect.any(String), category: expect.any(String) });
    }
  });

  it('HUBSPOT-CREATE-004: a body over the limit is 413 with a HubSpot error body', async () => {
    const reply = await shared.client.call('POST', '/crm/v3/objects/contacts', undefined, { raw: `"${'x'.repeat(BODY_LIMIT_BYTES)}"` });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ status: 'error', category: 'PAYLOAD_TOO_LARGE' });
  });
});
