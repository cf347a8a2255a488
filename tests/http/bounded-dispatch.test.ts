/**
 * dispatchBounded: the deadline covers the whole exchange (headers and a dripping body), holds
 * for a request still queued for a connection, and is cleared once a reply is complete; a body
 * over the limit is cut and its connection closed; interim 1xx answers are not the reply.
 */
import type { ServerResponse } from 'node:http';
import { Pool } from 'undici';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeadlineError, dispatchBounded, type BoundedLimits } from '../../src/http/bounded-dispatch.ts';
import { serve, type TestServer } from './local-server.ts';

const LIMITS: BoundedLimits = { timeoutMs: 200, maxBodyBytes: 1024, truncatedBodyBytes: 16 };
const GET = { path: '/', method: 'GET', headers: { accept: 'application/json' }, body: undefined } as const;

function drip(res: ServerResponse, everyMs: number): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const timer = setInterval(() => res.write('x'), everyMs);
  res.on('close', () => clearInterval(timer));
}

describe('dispatchBounded', () => {
  let server: TestServer | undefined;
  let pool: Pool | undefined;
  afterEach(async () => {
    await pool?.destroy();
    await server?.close();
    [pool, server] = [undefined, undefined];
  });

  async function start(handle: Parameters<typeof serve>[0], connections = 4): Promise<Pool> {
    server = await serve(handle);
    pool = new Pool(server.url, { connections, pipelining: 1 });
    return pool;
  }

  it('collects status, headers and body', async () => {
    const p = await start((_req, res) => res.writeHead(201, { 'content-type': 'application/json', 'x-two': ['a', 'b'] }).end('{"ok":true}'));
    const reply = await dispatchBounded(p, { ...GET, method: 'POST', body: '{}' }, LIMITS);
    expect(reply).toMatchObject({ status: 201, headers: { 'content-type': 'application/json', 'x-two': ['a', 'b'] }, read: { text: '{"ok":true}', bytes: 11, truncated: false } });
    expect(server!.received[0]!.body).toBe('{}');
  });

  it('ends a body that drips a byte every 20 ms at the deadline, though no gap reaches it', async () => {
    const p = await start((_req, res) => drip(res, 20));
    const started = performance.now();
    const failure = await dispatchBounded(p, GET, LIMITS).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeadlineError);
    expect((failure as DeadlineError).code).toBe('ETIMEDOUT');
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('aborts a request whose deadline passed while it waited for a connection, once it gets one', async () => {
    let answered = 0;
    const p = await start((_req, res) => {
      answered += 1;
      setTimeout(() => res.writeHead(200).end('late'), 150);
    }, 1);
    const first = dispatchBounded(p, GET, { ...LIMITS, timeoutMs: 1_000 });
    const queued = dispatchBounded(p, GET, { ...LIMITS, timeoutMs: 100 }).catch((error: unknown) => error);
    expect((await first).read.text).toBe('late');
    expect(await queued).toBeInstanceOf(DeadlineError);
    expect(answered).toBe(1);
  });

  it('leaves no timer behind once the reply is complete', async () => {
    const p = await start((_req, res) => res.writeHead(200).end('ok'));
    await dispatchBounded(p, GET, LIMITS);
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    for (let i = 0; i < 20; i += 1) await dispatchBounded(p, GET, { ...LIMITS, timeoutMs: 60_000 });
    expect(timers()).toBe(before);
  });

  it('cuts a body over the limit, keeps its first bytes and closes the connection', async () => {
    let closed = false;
    const p = await start((_req, res) => {
      res.on('close', () => (closed = true));
      drip(res, 1);
      res.write('y'.repeat(4096));
    });
    const reply = await dispatchBounded(p, GET, LIMITS);
    expect(reply.read).toEqual({ text: 'y'.repeat(16), bytes: 1024, truncated: true });
    await vi.waitFor(() => expect(closed).toBe(true));
  });

  it('takes the final answer after an interim 102', async () => {
    const p = await start((_req, res) => {
      res.writeProcessing();
      setTimeout(() => res.writeHead(200).end('done'), 20);
    });
    const reply = await dispatchBounded(p, GET, LIMITS);
    expect([reply.status, reply.read.text]).toEqual([200, 'done']);
  });
});
