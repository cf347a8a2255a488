import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCrmcError } from '../../../src/core/errors.ts';
import { startReferenceServer } from '../../../src/apis/zeeg/reference/index.ts';
import { zeegClient } from './helpers/client.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-reference-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('persistence (dataFile)', () => {
  it('records written before a restart are read back after it, unique values included', async () => {
    const dataFile = join(dir, 'records.json');
    const first = await startReferenceServer({ dataFile });
    const client = zeegClient(first.url);
    const supplier = await client.create('suppliers', { code: 'SUP-P1', company: 'Acme' });
    const product = await client.create('products', { sku: 'P-1', name: 'Kept', tags: [{ id: 2 }], suppliers: [supplier.body.record.id] });
    await client.patch('products', product.body.record.id, { price: 7 });
    const gone = await client.create('products', { sku: 'P-2' });
    await client.remove('products', gone.body.record.id);
    await first.close();
    expect(existsSync(dataFile)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const second = await startReferenceServer({ dataFile });
    const again = zeegClient(second.url);
    try {
      const read = await again.get('products', product.body.record.id);
      expect(read.status).toBe(200);
      expect(read.body.record).toEqual({ ...product.body.record, attributes: { ...product.body.record.attributes, price: 7 }, updatedAt: read.body.record.updatedAt });
      expect((await again.get('products', gone.body.record.id)).status).toBe(404);
      expect((await again.create('products', { sku: 'P-1' })).status).toBe(400);
      const upsert = await again.assert('products', 'sku', { sku: 'P-1', price: 8 });
      expect(upsert.status).toBe(200);
      expect(upsert.body.record.id).toBe(product.body.record.id);
    } finally {
      await second.close();
    }
  });

  it('a data file that is not a snapshot is a CRMC_CONFIG_INVALID error', async () => {
    const dataFile = join(dir, 'broken.json');
    writeFileSync(dataFile, '{"hello":1}');
    const error = await startReferenceServer({ dataFile }).catch((e: unknown) => e);
    expect(isCrmcError(error, 'CRMC_CONFIG_INVALID')).toBe(true);
  });
});
