/**
 * Retry-After on a 429: delay-seconds and HTTP-date are both honoured, capped, and a value
 * that is neither stops the retries. Regression: an HTTP-date used to be ignored (no retry).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TargetClient } from '../../src/http/client.ts';
import { retryAfterMs } from '../../src/http/retry-after.ts';
import { listenHttp, type LocalServer } from '../hostile/servers/listen.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('retryAfterMs', () => {
  it('reads delay-seconds and caps them', () => {
    expect(retryAfterMs(429, '2', 5_000, NOW)).toBe(2_000);
    expect(retryAfterMs(429, ' 0.5 ', 5_000, NOW)).toBe(500);
    expect(retryAfterMs(429, '3600', 5_000, NOW)).toBe(5_000);
  });

  it('reads an HTTP-date relative to now, a past date as no wait', () => {
    expect(retryAfterMs(429, 'Sun, 01 Mar 2026 12:00:03 GMT', 5_000, NOW)).toBe(3_000);
    expect(retryAfterMs(429, 'Sun, 01 Mar 2026 13:00:00 GMT', 5_000, NOW)).toBe(5_000);
    expect(retryAfterMs(429, 'Sun, 01 Mar 2026 11:00:00 GMT', 5_000, NOW)).toBe(0);
  });

  it('waits a second without the header and gives up on nonsense', () => {
    expect(retryAfterMs(429, undefined, 5_000, NOW)).toBe(1_000);
    expect(retryAfterMs(429, 'soon', 5_000, NOW)).toBeUndefined();
    expect(retryAfterMs(429, '-1', 5_000, NOW)).toBeUndefined();
    expect(retryAfterMs(503, '1', 5_000, NOW)).toBeUndefined();
  });
});

describe('TargetClient and a 429 with an HTTP-date', () => {
  let server: LocalServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('retries after the date instead of returning the 429 (regression: HTTP-date ignored)', async () => {
    let hits = 0;
    server = await listenHttp((_req, res) => {
      hits += 1;
      if (hits === 1) {
        res.writeHead(429, { 'retry-after': new Date(Date.now() + 1_000).toUTCString() });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
    const client = new TargetClient({ baseUrl: server.url, token: 't', timeoutMs: 2_000 });
    const reply = await client.send('probe', { method: 'GET', path: '/ping' });
    await client.close();
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ ok: true });
    // One 429, one retry: the wait itself is retryAfterMs's, tested with a fixed clock above.
    expect(hits).toBe(2);
    expect(client.log.map((e) => e.response?.status)).toEqual([429, 200]);
  });
});
