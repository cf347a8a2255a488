/**
 * TargetClient against a local server: credentials reach the server but never the wire log,
 * JSON bodies parse and broken ones are reported, a 429 is retried within bounds, redirects are
 * not followed, paths, queries and token overrides go out as asked, and custom headers go on
 * every request with the secret-looking ones redacted in the wire log.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TargetClient, type ClientOptions } from '../../src/http/client.ts';
import { serve, type TestServer } from './local-server.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TOKEN = 's3cret-token-value';

describe('TargetClient', () => {
  let server: TestServer | undefined;
  let client: TargetClient | undefined;
  afterEach(async () => {
    await client?.close();
    await server?.close();
    [client, server] = [undefined, undefined];
  });

  async function start(handle: (req: IncomingMessage, res: ServerResponse) => void, options: Partial<ClientOptions> = {}): Promise<TargetClient> {
    server = await serve(handle);
    client = new TargetClient({ baseUrl: `${server.url}/v2/`, token: TOKEN, timeoutMs: 3_000, ...options });
    return client;
  }
  const json = (status: number, text: string, headers: Record<string, string> = {}) => (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(text);
  };

  it('sends the token to the server and records only "Bearer [REDACTED]"', async () => {
    const c = await start(json(200, '{}'));
    const reply = await c.send('Create', { method: 'POST', path: '/crm/products', json: { sku: 'A' } });
    expect(server!.received[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(reply.exchange.request.headers.authorization).toBe('Bearer [REDACTED]');
    expect(JSON.stringify(c.log)).not.toContain(TOKEN);
  });

  it('sends JSON with its content type, records it as sent and parses the JSON answer', async () => {
    const c = await start(json(201, '{"success":true,"status":201,"record":{"id":"x"}}'));
    const reply = await c.send('Create', { method: 'POST', path: '/crm/products', json: { sku: 'A', n: null } });
    expect(server!.received[0]).toMatchObject({ method: 'POST', url: '/v2/crm/products', body: '{"sku":"A","n":null}' });
    expect(server!.received[0]!.headers['content-type']).toBe('application/json');
    expect(reply).toMatchObject({ status: 201, json: { success: true, status: 201, record: { id: 'x' } } });
    expect(reply.parseError).toBeUndefined();
    expect(reply.exchange).toMatchObject({ seq: 1, step: 'Create', request: { method: 'POST', body: '{"sku":"A","n":null}' }, response: { status: 201, truncated: false } });
  });

  it('an invalid JSON answer gives json undefined and a parse error, keeping the body', async () => {
    const c = await start(json(200, '{"success": tru'));
    const reply = await c.send('Get', { method: 'GET', path: '/crm/products/1' });
    expect(reply.json).toBeUndefined();
    expect(typeof reply.parseError).toBe('string');
    expect(reply.exchange.response?.body).toBe('{"success": tru');
  });

  it('an empty answer gives json undefined and no parse error', async () => {
    const c = await start(json(204, ''));
    const reply = await c.send('Delete', { method: 'DELETE', path: '/crm/products/1' });
    expect(reply).toMatchObject({ status: 204, json: undefined });
    expect(reply.parseError).toBeUndefined();
  });

  it('retries a 429 with Retry-After: 0 and returns the answer after it', async () => {
    let calls = 0;
    const c = await start((req, res) => (calls++ === 0 ? json(429, '{}', { 'retry-after': '0' }) : json(200, '{"ok":1}'))(req, res));
    const reply = await c.send('Get', { method: 'GET', path: '/x' });
    expect(reply).toMatchObject({ status: 200, json: { ok: 1 } });
    expect(server!.received).toHaveLength(2);
    expect(c.log.map((e) => e.response?.status)).toEqual([429, 200]);
    expect(c.requests).toBe(2);
  });

  it('gives up after maxRetries and returns the last 429', async () => {
    const c = await start(json(429, '{}', { 'retry-after': '0' }), { maxRetries: 2 });
    expect((await c.send('Get', { method: 'GET', path: '/x' })).status).toBe(429);
    expect(server!.received).toHaveLength(3);
  });

  it('does not retry a 429 whose Retry-After it cannot read', async () => {
    const c = await start(json(429, '{}', { 'retry-after': 'soon' }));
    expect((await c.send('Get', { method: 'GET', path: '/x' })).status).toBe(429);
    expect(server!.received).toHaveLength(1);
  });

  it('does not follow a redirect', async () => {
    const c = await start(json(302, '', { location: '/v2/elsewhere' }));
    const reply = await c.send('Get', { method: 'GET', path: '/crm/products/1' });
    expect(reply.status).toBe(302);
    expect(reply.exchange.response?.headers.location).toBe('/v2/elsewhere');
    expect(server!.received.map((r) => r.url)).toEqual(['/v2/crm/products/1']);
  });

  it('puts the base path and the query on the URL', async () => {
    const c = await start(json(200, '{}'));
    const reply = await c.send('Assert', { method: 'PUT', path: '/crm/products', query: { matchingAttribute: 'sku code' }, json: {} });
    expect(server!.received[0]!.url).toBe('/v2/crm/products?matchingAttribute=sku+code');
    expect(reply.exchange.request.url).toBe(`${server!.url}/v2/crm/products?matchingAttribute=sku+code`);
    expect(c.baseUrl).toBe(`${server!.url}/v2`);
  });

  it('a null token sends no Authorization header; a string overrides the default', async () => {
    const c = await start(json(401, '{}'));
    await c.send('NoToken', { method: 'GET', path: '/x', token: null });
    await c.send('Other', { method: 'GET', path: '/x', token: 'other-token' });
    expect(server!.received[0]!.headers.authorization).toBeUndefined();
    expect('authorization' in c.log[0]!.request.headers).toBe(false);
    expect(server!.received[1]!.headers.authorization).toBe('Bearer other-token');
  });

  it('sends raw bytes as they are', async () => {
    const c = await start(json(400, '{}'));
    await c.send('Raw', { method: 'POST', path: '/crm/products', raw: '{"broken":' });
    expect(server!.received[0]!.body).toBe('{"broken":');
  });

  it('sends custom headers on every request and redacts the secret-looking ones in the wire log', async () => {
    const headers = { 'x-tenant': 'acme', 'x-gateway-key': 'gw-key-0042', 'x-session-id': 'sess-0042' };
    const c = await start(json(200, '{}'), { headers });
    await c.send('Get', { method: 'GET', path: '/crm/objects/products' });
    await c.send('NoAuth', { method: 'POST', path: '/crm/products', json: {}, token: null });
    for (const seen of server!.received) expect(seen.headers).toMatchObject({ ...headers, accept: 'application/json' });
    for (const exchange of c.log) {
      expect(exchange.request.headers).toMatchObject({ 'x-tenant': 'acme', 'x-gateway-key': '[REDACTED]', 'x-session-id': '[REDACTED]' });
    }
    expect(JSON.stringify(c.log)).not.toMatch(/gw-key-0042|sess-0042/);
  });

  it('without custom headers sends only its own', async () => {
    const c = await start(json(200, '{}'));
    await c.send('Delete', { method: 'DELETE', path: '/crm/products/x' });
    expect(Object.keys(c.log[0]!.request.headers).sort()).toEqual(['accept', 'authorization']);
  });

  it('mark and since slice the wire log', async () => {
    const c = await start(json(200, '{}'));
    await c.send('one', { method: 'GET', path: '/1' });
    const mark = c.mark();
    await c.send('two', { method: 'GET', path: '/2' });
    await c.send('three', { method: 'GET', path: '/3' });
    expect(c.since(mark).map((e) => e.step)).toEqual(['two', 'three']);
    expect(c.since(0).map((e) => e.seq)).toEqual([1, 2, 3]);
  });
});
