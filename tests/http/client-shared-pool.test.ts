/**
 * TargetClient on connections shared with other clients: close() waits for its own requests
 * in flight (as closing a pool of its own does) but leaves the shared pool open, and a closed
 * client refuses new requests the same way whether the connections were its own or shared.
 */
import { Pool } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { TargetClient } from '../../src/http/client.ts';
import { serve, type TestServer } from './local-server.ts';

describe('TargetClient on a shared pool', () => {
  let server: TestServer | undefined;
  let pool: Pool | undefined;
  afterEach(async () => {
    await pool?.close();
    await server?.close();
    [pool, server] = [undefined, undefined];
  });

  async function start(): Promise<{ url: string; shared: Pool }> {
    server = await serve((_req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 100));
    pool = new Pool(server.url, { connections: 4 });
    return { url: `${server.url}/v2`, shared: pool };
  }

  it('close() waits for the requests in flight and leaves the pool to its other clients', async () => {
    const { url, shared } = await start();
    const first = new TargetClient({ baseUrl: url, token: 't', timeoutMs: 2_000, dispatcher: shared });
    const second = new TargetClient({ baseUrl: url, token: 't', timeoutMs: 2_000, dispatcher: shared });
    const pending = first.send('Get', { method: 'GET', path: '/crm/x/1' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(first.log[0]!.response).toBeUndefined();
    await first.close();
    expect(first.log[0]!.response?.status).toBe(200);
    await pending;
    expect((await second.send('Get', { method: 'GET', path: '/crm/x/2' })).status).toBe(200);
    expect(shared.closed).toBe(false);
  });

  it('a closed client refuses a request as it would with a pool of its own', async () => {
    const { url, shared } = await start();
    const outcomes: string[] = [];
    for (const options of [{ dispatcher: shared }, {}]) {
      const client = new TargetClient({ baseUrl: url, token: 't', timeoutMs: 2_000, ...options });
      await client.close();
      const failure = await client.send('Get', { method: 'GET', path: '/crm/x/1' }).catch((error: unknown) => error as Error);
      outcomes.push(`${(failure as { code?: string }).code}: ${(failure as Error).message}`);
    }
    expect(outcomes[0]).toBe(outcomes[1]);
    expect(outcomes[0]).toContain('UND_ERR_CLOSED');
  });
});
