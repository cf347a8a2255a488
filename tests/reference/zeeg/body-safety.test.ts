import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, WRITE_TOKEN } from '../../../src/apis/zeeg/reference/index.ts';
import { useReferenceServer } from './helpers/server.ts';

const server = useReferenceServer();

/** POST a chunked body (no content-length) of `total` bytes; resolves with the status. */
function postChunked(url: string, total: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { authorization: `Bearer ${WRITE_TOKEN}`, 'content-type': 'application/json' } });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

describe('request body safety', () => {
  it('ZEEG-CREATE-006: __proto__, constructor and prototype keys are unknown attributes (400) and pollute nothing', async () => {
    const raws = [
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"name":"x","__proto__":{"polluted":true}}',
      '{"hasOwnProperty":"x"}',
    ];
    for (const raw of raws) {
      const reply = await server.client.call('POST', '/crm/products', undefined, { raw });
      expect(reply.status, raw).toBe(400);
    }
    const nested = await server.client.call('POST', '/crm/products', undefined, { raw: '{"category":{"__proto__":{"id":"opt_shoes"}}}' });
    expect(nested.status).toBe(400);
    const assertRaw = await server.client.call('PUT', '/crm/products?matchingAttribute=__proto__', undefined, { raw: '{"__proto__":{"polluted":true}}' });
    expect(assertRaw.status).toBe(400);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('ZEEG-CREATE-007: a body of exactly 1 MiB is read; one byte more is 413', async () => {
    const json = '{"name":"limit"}';
    const exact = json + ' '.repeat(BODY_LIMIT_BYTES - json.length);
    expect((await server.client.call('POST', '/crm/products', undefined, { raw: exact })).status).toBe(201);
    const over = await server.client.call('POST', '/crm/products', undefined, { raw: `${exact} ` });
    expect(over.status).toBe(413);
    expect(over.body).toMatchObject({ success: false, status: 413 });
  });

  it('a chunked body over the limit is cut off with 413 without reading it all', async () => {
    const base = new URL(server.client.url);
    expect(await postChunked(`${base.origin}/v2/crm/products`, 4 * BODY_LIMIT_BYTES)).toBe(413);
    // The server still answers afterwards.
    expect((await server.client.discover('products')).status).toBe(200);
  });

  it('ZEEG-CREATE-007: malformed JSON and non-object bodies are 400 on create, assert and patch', async () => {
    const id = (await server.client.create('products', {})).body.record.id;
    for (const raw of ['{', '[]', '"x"', 'null', 'true']) {
      expect((await server.client.call('POST', '/crm/products', undefined, { raw })).status, raw).toBe(400);
      expect((await server.client.call('PUT', '/crm/products?matchingAttribute=sku', undefined, { raw })).status, raw).toBe(400);
      expect((await server.client.call('PATCH', `/crm/products/${id}`, undefined, { raw })).status, raw).toBe(400);
      expect((await server.client.call('PATCH', `/crm/products/${id}/relation`, undefined, { raw })).status, raw).toBe(400);
    }
  });
});
