import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TargetClient } from '../../src/http/client.ts';
import { serve, type TestServer } from './local-server.ts';

let server: TestServer;
let client: TargetClient;

beforeAll(async () => {
  server = await serve((_req, res) => {
    setTimeout(() => res.writeHead(201, { 'content-type': 'application/json' }).end('{"record":{"id":"x"}}'), 5);
  });
  client = new TargetClient({ baseUrl: `${server.url}/v2`, token: 't', timeoutMs: 5_000 });
});

afterAll(async () => {
  await client.close();
  await server.close();
});

describe('race marking', () => {
  it('marks writes of one client in flight together, and only those', async () => {
    const first = client.mark();
    await client.send('alone', { method: 'POST', path: '/crm/p', json: {} });
    await Promise.all([client.send('racing 1', { method: 'PUT', path: '/crm/p', json: {} }), client.send('racing 2', { method: 'PUT', path: '/crm/p', json: {} })]);
    await Promise.all([client.send('read 1', { method: 'GET', path: '/crm/p/x' }), client.send('read 2', { method: 'GET', path: '/crm/p/y' })]);
    await Promise.all([client.send('cleanup', { method: 'DELETE', path: '/crm/p/x' }), client.send('cleanup', { method: 'DELETE', path: '/crm/p/y' })]);
    expect(client.since(first).map((x) => [x.step, x.raced === true])).toEqual([
      ['alone', false], ['racing 1', true], ['racing 2', true], ['read 1', false], ['read 2', false], ['cleanup', false], ['cleanup', false],
    ]);
  });
});
