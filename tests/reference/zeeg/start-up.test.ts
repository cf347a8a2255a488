import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isCrmcError } from '../../../src/core/errors.ts';
import { FAULTS, WRITE_TOKEN, startReferenceServer } from '../../../src/apis/zeeg/reference/index.ts';
import { zeegClient } from './helpers/client.ts';

describe('startReferenceServer', () => {
  it('listens on 127.0.0.1 with a /v2 base URL and echoes the faults switched on', async () => {
    const server = await startReferenceServer({ faults: ['missing-envelope', 'missing-envelope', 'record-missing-id'] });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
      expect(server.faults).toEqual(['missing-envelope', 'record-missing-id']);
    } finally {
      await server.close();
    }
  });

  it('rejects an unknown fault name with CRMC_USAGE', async () => {
    const error = await startReferenceServer({ faults: ['no-such-fault'] }).catch((e: unknown) => e);
    expect(isCrmcError(error, 'CRMC_USAGE')).toBe(true);
  });

  it('logs one line per request (method, path, status, ms) and never the token', async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    const server = await startReferenceServer({ log: stream });
    try {
      const client = zeegClient(server.url);
      await client.create('products', { name: 'logged' });
      await client.discover('nope');
      await new Promise((resolve) => setImmediate(resolve));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^POST \/v2\/crm\/products 201 \d+(\.\d+)?ms$/);
      expect(lines[1]).toMatch(/^GET \/v2\/crm\/objects\/nope 404 /);
      expect(lines.join('\n')).not.toContain(WRITE_TOKEN);
    } finally {
      await server.close();
    }
  });

  it('close() ends keep-alive connections and frees the port', async () => {
    const server = await startReferenceServer();
    const client = zeegClient(server.url);
    expect((await client.discover('products')).status).toBe(200);
    await server.close();
    await expect(client.discover('products')).rejects.toThrow();
  });

  it('the catalogue holds at least 25 uniquely named kebab-case faults, each naming clauses', () => {
    expect(FAULTS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(FAULTS.map((f) => f.name)).size).toBe(FAULTS.length);
    for (const fault of FAULTS) {
      expect(fault.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(fault.clauses.length).toBeGreaterThan(0);
      expect(fault.description.length).toBeGreaterThan(10);
    }
  });
});
