/**
 * TargetClient and the run's gate against a local server: a 429 with Retry-After holds back the
 * other clients of the gate too, the client counts its 429s and waits, and a request gets two
 * retries (MAX_429_RETRIES) before a 429 stands as its reply.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_429_RETRIES, TargetClient } from '../../src/http/client.ts';
import { RateGate } from '../../src/http/rate-gate.ts';
import { serve, type TestServer } from './local-server.ts';

describe('TargetClient with a shared gate', () => {
  let server: TestServer | undefined;
  const clients: TargetClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await server?.close();
    server = undefined;
  });

  function clientOf(gate: RateGate): TargetClient {
    const client = new TargetClient({ baseUrl: server!.url, token: 'token-1234', timeoutMs: 3_000, gate });
    clients.push(client);
    return client;
  }

  /** Answers 429 with `retryAfter` to the first `limited` requests, then 200. */
  async function limitFirst(limited: number, retryAfter: string): Promise<void> {
    let seen = 0;
    server = await serve((_req: IncomingMessage, res: ServerResponse) => {
      seen += 1;
      if (seen <= limited) res.writeHead(429, { 'retry-after': retryAfter, 'content-type': 'application/json' }).end('{}');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  }

  it('a 429 with Retry-After: 1 to one client holds back a request of another client of the gate', async () => {
    await limitFirst(1, '1');
    const gate = new RateGate(undefined);
    const [a, b] = [clientOf(gate), clientOf(gate)];
    const first = a.send('Get', { method: 'GET', path: '/a' });
    await vi.waitFor(() => expect(a.throttle.throttled).toBe(1));
    const second = await b.send('Get', { method: 'GET', path: '/b' });
    expect(second.status).toBe(200);
    expect((await first).status).toBe(200);
    expect(a.throttle.retryAfterWaitMs).toBeGreaterThanOrEqual(990);
    expect(b.throttle.retryAfterWaitMs).toBeGreaterThan(0);
    expect(b.throttle.throttled).toBe(0);
    expect(server!.received[0]!.url).toBe('/a');
    expect(server!.received.map((r) => r.url).sort()).toEqual(['/a', '/a', '/b']);
  });

  it('a request gets two retries: three 429s in a row and the last stands as the reply', async () => {
    await limitFirst(5, '0');
    const client = clientOf(new RateGate(undefined));
    expect(MAX_429_RETRIES).toBe(2);
    expect((await client.send('Get', { method: 'GET', path: '/x' })).status).toBe(429);
    expect(server!.received).toHaveLength(3);
    expect(client.throttle).toEqual({ throttled: 3, rateWaitMs: 0, retryAfterWaitMs: 0 });
  });

  it('counts a 429 whose Retry-After it cannot read, and does not retry it', async () => {
    await limitFirst(1, 'soon');
    const client = clientOf(new RateGate(undefined));
    expect((await client.send('Get', { method: 'GET', path: '/x' })).status).toBe(429);
    expect(client.throttle.throttled).toBe(1);
    expect(server!.received).toHaveLength(1);
  });
});
