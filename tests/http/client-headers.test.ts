/**
 * TargetClient's custom headers (--header): sent on every request, token overrides included,
 * never in place of the client's own accept header; a secret-looking one reaches the server
 * but the wire log keeps only a placeholder, while the others are recorded as sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TargetClient } from '../../src/http/client.ts';
import { serve, type TestServer } from './local-server.ts';

const HEADERS = { 'x-tenant': 'acme', 'x-gateway-key': 'gw-key-0042', 'x-session-id': 'sess-0042' };

describe('TargetClient with custom headers', () => {
  let server: TestServer | undefined;
  let client: TargetClient | undefined;
  afterEach(async () => {
    await client?.close();
    await server?.close();
    [client, server] = [undefined, undefined];
  });

  it('sends them on every request and redacts the secret ones in the wire log', async () => {
    server = await serve((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    client = new TargetClient({ baseUrl: `${server.url}/v2`, token: 'write-token-1', timeoutMs: 3_000, headers: HEADERS });
    await client.send('Get', { method: 'GET', path: '/crm/objects/products' });
    await client.send('NoAuth', { method: 'POST', path: '/crm/products', json: {}, token: null });
    for (const seen of server.received) {
      expect(seen.headers).toMatchObject({ ...HEADERS, accept: 'application/json' });
    }
    for (const exchange of client.log) {
      expect(exchange.request.headers).toMatchObject({ 'x-tenant': 'acme', 'x-gateway-key': '[REDACTED]', 'x-session-id': '[REDACTED]' });
    }
    const log = JSON.stringify(client.log);
    expect(log).not.toContain('gw-key-0042');
    expect(log).not.toContain('sess-0042');
  });

  it('without headers sends only its own', async () => {
    server = await serve((_req, res) => void res.writeHead(204).end());
    client = new TargetClient({ baseUrl: `${server.url}/v2`, token: 'write-token-1', timeoutMs: 3_000 });
    await client.send('Delete', { method: 'DELETE', path: '/crm/products/x' });
    expect(Object.keys(client.log[0]!.request.headers).sort()).toEqual(['accept', 'authorization']);
  });
});
