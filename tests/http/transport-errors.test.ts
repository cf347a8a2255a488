/**
 * transportError: what undici and the network throw becomes one of three stable codes; and
 * the same mapping seen end to end through TargetClient against real sockets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CrmcError } from '../../src/core/errors.ts';
import { TargetClient } from '../../src/http/client.ts';
import { transportError } from '../../src/http/transport-errors.ts';
import { closedPort, serve, type TestServer } from './local-server.ts';

const BASE = 'http://127.0.0.1:9/v2';
const withCode = (code: string, message = 'boom') => Object.assign(new Error(message), { code });
const named = (name: string) => Object.assign(new Error('stopped'), { name });

describe('transportError', () => {
  it.each<[string, unknown, string]>([
    ['ECONNREFUSED', withCode('ECONNREFUSED'), 'CRMC_TARGET_UNREACHABLE'],
    ['ENOTFOUND', withCode('ENOTFOUND'), 'CRMC_TARGET_UNREACHABLE'],
    ['EAI_AGAIN', withCode('EAI_AGAIN'), 'CRMC_TARGET_UNREACHABLE'],
    ['EHOSTUNREACH', withCode('EHOSTUNREACH'), 'CRMC_TARGET_UNREACHABLE'],
    ['a connect timeout', withCode('UND_ERR_CONNECT_TIMEOUT'), 'CRMC_TARGET_UNREACHABLE'],
    ['a headers timeout', withCode('UND_ERR_HEADERS_TIMEOUT'), 'CRMC_TARGET_TIMEOUT'],
    ['a body timeout', withCode('UND_ERR_BODY_TIMEOUT'), 'CRMC_TARGET_TIMEOUT'],
    ['ETIMEDOUT', withCode('ETIMEDOUT'), 'CRMC_TARGET_TIMEOUT'],
    ['an AbortSignal timeout', named('TimeoutError'), 'CRMC_TARGET_TIMEOUT'],
    ['an abort', named('AbortError'), 'CRMC_TARGET_TIMEOUT'],
    ['a socket reset', withCode('ECONNRESET'), 'CRMC_TARGET_PROTOCOL'],
    ['an undici socket error', withCode('UND_ERR_SOCKET'), 'CRMC_TARGET_PROTOCOL'],
    ['a plain error', new Error('odd'), 'CRMC_TARGET_PROTOCOL'],
    ['a thrown string', 'odd', 'CRMC_TARGET_PROTOCOL'],
  ])('%s → %s', (_, error, code) => {
    const mapped = transportError(error, BASE, 250);
    expect(mapped).toBeInstanceOf(CrmcError);
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toBe(error);
  });

  it('finds the code on a cause a few levels down', () => {
    const wrapped = new Error('fetch failed', { cause: new Error('connect', { cause: withCode('ECONNREFUSED') }) });
    expect(transportError(wrapped, BASE, 250).code).toBe('CRMC_TARGET_UNREACHABLE');
  });

  it('messages name the target, the code and the timeout', () => {
    expect(transportError(withCode('ECONNREFUSED'), BASE, 250).message).toBe(`target unreachable: ${BASE} (ECONNREFUSED)`);
    expect(transportError(withCode('UND_ERR_HEADERS_TIMEOUT'), BASE, 250).message).toBe(`target did not answer within 250 ms: ${BASE}`);
    expect(transportError(withCode('ECONNRESET', 'socket hang up'), BASE, 250).message).toBe(`broken response from ${BASE} (ECONNRESET: socket hang up)`);
    expect(transportError('odd', BASE, 250).message).toBe(`broken response from ${BASE} (UNKNOWN: odd)`);
  });

  it('passes a CrmcError through unchanged', () => {
    const error = new CrmcError('CRMC_TARGET_TOO_LARGE', 'big');
    expect(transportError(error, BASE, 250)).toBe(error);
  });
});

describe('TargetClient on broken transports', () => {
  let server: TestServer | undefined;
  let client: TargetClient | undefined;
  afterEach(async () => {
    await client?.close();
    await server?.close();
    [client, server] = [undefined, undefined];
  });

  const failureOf = async (c: TargetClient) => c.send('probe', { method: 'GET', path: '/crm/objects/products' }).then(() => undefined, (e: unknown) => e as CrmcError);

  it('a refused connection is CRMC_TARGET_UNREACHABLE, and later sends fail fast without a request', async () => {
    client = new TargetClient({ baseUrl: `http://127.0.0.1:${await closedPort()}/v2`, token: 't', timeoutMs: 2_000 });
    const first = await failureOf(client);
    expect(first?.code).toBe('CRMC_TARGET_UNREACHABLE');
    expect(client.log.map((e) => e.error?.code)).toEqual(['CRMC_TARGET_UNREACHABLE']);
    expect(await failureOf(client)).toBe(first);
    expect(client.requests).toBe(1);
  });

  it('a server that never sends headers is CRMC_TARGET_TIMEOUT', async () => {
    server = await serve(() => undefined);
    client = new TargetClient({ baseUrl: server.url, token: 't', timeoutMs: 300 });
    expect((await failureOf(client))?.code).toBe('CRMC_TARGET_TIMEOUT');
  });

  it('a connection reset mid-request is CRMC_TARGET_PROTOCOL, and the client keeps going', async () => {
    let resets = 1;
    server = await serve((req, res) => {
      if (resets-- > 0) return req.socket.destroy();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    client = new TargetClient({ baseUrl: server.url, token: 't', timeoutMs: 2_000 });
    expect((await failureOf(client))?.code).toBe('CRMC_TARGET_PROTOCOL');
    expect((await client.send('again', { method: 'GET', path: '/x' })).status).toBe(200);
  });
});
