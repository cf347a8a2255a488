/**
 * Bodies over the read limit: read up to the limit, not parsed, and only a short prefix kept
 * in the wire log. Regressions: the whole 1 MiB of a cut body used to stay in every exchange
 * (and so in findings and reports), and the parse error named the text length, not the limit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TargetClient } from '../../src/http/client.ts';
import { listenHttp, type LocalServer } from '../hostile/servers/listen.ts';
import { hugeBody } from '../hostile/servers/misbehaviours.ts';

describe('TargetClient and bodies over the read limit', () => {
  let server: LocalServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('cuts a 2 MiB body, keeps 64 KiB of it as evidence and reports the limit', async () => {
    const behave = hugeBody(2 * 1024 * 1024);
    server = await listenHttp((req, res) => behave(req, res, () => undefined));
    const client = new TargetClient({ baseUrl: server.url, token: 't', timeoutMs: 5_000 });
    const reply = await client.send('large', { method: 'GET', path: '/large' });
    await client.close();
    expect(reply.status).toBe(200);
    expect(reply.json).toBeUndefined();
    expect(reply.parseError).toBe('body over the 1048576-byte read limit');
    expect(reply.exchange.response?.truncated).toBe(true);
    expect(reply.exchange.response?.body.length).toBe(64 * 1024);
  });

  it('keeps a body under the limit whole and parses it', async () => {
    const body = JSON.stringify({ text: 'x'.repeat(200_000) });
    server = await listenHttp((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
    const client = new TargetClient({ baseUrl: server.url, token: 't', timeoutMs: 5_000 });
    const reply = await client.send('large', { method: 'GET', path: '/large' });
    await client.close();
    expect(reply.exchange.response?.truncated).toBe(false);
    expect(reply.exchange.response?.body).toBe(body);
    expect((reply.json as { text: string }).text).toHaveLength(200_000);
  });
});
