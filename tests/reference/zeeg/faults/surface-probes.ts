/** Probes for response shape, auth, discovery, delete and the relation endpoint. */
import { READ_TOKEN } from '../../../../src/apis/zeeg/reference/index.ts';
import type { ZeegClient } from '../helpers/client.ts';
import { UUID_PATTERN, attributesOf, newProduct, newSupplier, recordOf, type ProbeTable } from './probe.ts';

async function linkedAfter(c: ZeegClient, linked: string[], change: Record<string, unknown>): Promise<unknown> {
  const id = await newProduct(c, { suppliers: linked });
  await c.relation('products', id, { attributeSlug: 'suppliers', ...change });
  return (await attributesOf(c, id))?.['suppliers'];
}

async function attributeKeys(c: ZeegClient, token?: string): Promise<Map<string, Record<string, unknown>>> {
  const reply = await c.discover('products', token === undefined ? {} : { token });
  const attributes: Array<Record<string, unknown>> = reply.body?.object?.attributes ?? [];
  return new Map(attributes.map((a) => [String(a['key']), a]));
}

export const SURFACE_PROBES: ProbeTable = {
  'record-missing-id': async (c) => UUID_PATTERN.test(String(recordOf(await c.create('products', {}))?.id)),
  'record-labelled-text': async (c) => (await c.create('products', {})).headers.get('content-type')?.startsWith('application/json') === true,
  'missing-envelope': async (c) => {
    const reply = await c.create('products', { name: 'x' });
    return reply.body?.success === true && reply.body?.status === 201 && typeof reply.body?.record === 'object';
  },
  'auth-no-401-without-token': async (c) => (await c.create('products', {}, { token: null })).status === 401,
  'auth-unknown-token-reads': async (c) => (await c.discover('products', { token: 'crmc-no-such-token' })).status === 401,
  'auth-write-with-read-token': async (c) => (await c.create('products', {}, { token: READ_TOKEN })).status === 403,
  'auth-scope-refused-401': async (c) => (await c.create('products', {}, { token: READ_TOKEN })).status === 403,
  'discovery-read-token-refused': async (c) => (await c.discover('products', { token: READ_TOKEN })).status === 200,
  'discovery-missing-system-attributes': async (c) => {
    const keys = await attributeKeys(c);
    return ['id', 'created_at', 'updated_at'].every((key) => keys.get(key)?.['isStandard'] === true);
  },
  'discovery-types-missing': async (c) => (await attributeKeys(c)).get('price')?.['type'] === 'number',
  'discovery-options-missing': async (c) => Array.isArray((await attributeKeys(c)).get('category')?.['options']),
  'errors-plain-text': async (c) => {
    const reply = await c.discover('nope');
    return reply.headers.get('content-type')?.startsWith('application/json') === true && reply.body?.success === false;
  },

  'get-drops-multiselect': async (c) => JSON.stringify((await attributesOf(c, await newProduct(c, { tags: [{ id: 2 }] })))?.['tags']) === '[{"id":2}]',
  'delete-resets-connection': async (c) => {
    const id = await newProduct(c, {});
    return c.remove('products', id).then((reply) => reply.status === 200, () => false);
  },
  'delete-answers-bare-ok': async (c) => {
    const reply = await c.remove('products', await newProduct(c, {}));
    return reply.status === 200 && reply.body?.success === true;
  },
  'delete-answers-500': async (c) => (await c.remove('products', await newProduct(c, {}))).status === 200,
  'delete-idempotent': async (c) => {
    const id = await newProduct(c, {});
    await c.remove('products', id);
    return (await c.remove('products', id)).status === 404;
  },
  'delete-leaves-record-readable': async (c) => {
    const id = await newProduct(c, {});
    await c.remove('products', id);
    return (await c.get('products', id)).status === 404;
  },

  'relation-remove-ignored': async (c) => {
    const [a, b] = [await newSupplier(c), await newSupplier(c)];
    return JSON.stringify(await linkedAfter(c, [a, b], { remove: [a] })) === JSON.stringify([b]);
  },
  'relation-add-replaces': async (c) => {
    const [a, b] = [await newSupplier(c), await newSupplier(c)];
    return JSON.stringify(await linkedAfter(c, [a], { add: [b] })) === JSON.stringify([a, b]);
  },
  'relation-empty-change-accepted': async (c) => {
    const id = await newProduct(c, {});
    return (await c.relation('products', id, { attributeSlug: 'suppliers', add: [] })).status === 400;
  },
  'relation-overlap-accepted': async (c) => {
    const [a, b] = [await newSupplier(c), await newSupplier(c)];
    const id = await newProduct(c, { suppliers: [a] });
    return (await c.relation('products', id, { attributeSlug: 'suppliers', add: [b], remove: [b] })).status === 400;
  },
  'relation-any-attribute-accepted': async (c) => {
    const id = await newProduct(c, { name: 'text' });
    const status = (await c.relation('products', id, { attributeSlug: 'name', add: [await newSupplier(c)] })).status;
    return status === 400 && (await attributesOf(c, id))?.['name'] === 'text';
  },
  'relation-noop-rejected': async (c) => {
    const a = await newSupplier(c);
    const id = await newProduct(c, { suppliers: [a] });
    return (await c.relation('products', id, { attributeSlug: 'suppliers', add: [a] })).status === 200;
  },
};
