/** Probes for create, assert and patch semantics. */
import { MEMBER_IDS } from '../../../../src/apis/zeeg/reference/index.ts';
import { uniqueValue } from '../helpers/client.ts';
import { ABSENT_UUID, UUID_PATTERN, attributesOf, newProduct, recordOf, type ProbeTable } from './probe.ts';

export const WRITE_PROBES: ProbeTable = {
  'wrong-status-create-200': async (c) => (await c.create('products', { name: 'x' })).status === 201,
  'create-empty-body-rejected': async (c) => (await c.create('products', {})).status === 201,
  'required-not-enforced': async (c) => (await c.create('suppliers', { code: uniqueValue('SUP') })).status === 400,
  'create-omits-null-attributes': async (c) => {
    const attributes = recordOf(await c.create('products', { name: 'x' }))?.attributes ?? {};
    return Object.hasOwn(attributes, 'price') && attributes['price'] === null;
  },
  'create-defaults-omitted': async (c) => (await attributesOf(c, await newProduct(c, { name: 'x' })))?.['in_stock'] === null,
  'create-drops-dates': async (c) => recordOf(await c.create('products', { launch_date: '2025-06-01' }))?.attributes['launch_date'] === '2025-06-01',
  'unknown-object-creates': async (c) => (await c.create('no-such-object', { name: 'x' })).status === 404,
  'record-id-not-uuid': async (c) => UUID_PATTERN.test(String(recordOf(await c.create('products', {}))?.id)),

  'assert-missing-matching-accepted': async (c) => (await c.assert('products', null, { sku: uniqueValue() })).status === 400,
  'assert-empty-matching-accepted': async (c) => (await c.assert('products', 'name', { name: '' })).status === 400,
  'assert-null-matching-accepted': async (c) => (await c.assert('products', 'name', { name: null })).status === 400,
  'assert-missing-matching-value-accepted': async (c) => (await c.assert('products', 'sku', { name: 'no sku' })).status === 400,
  'assert-drops-matching-value': async (c) => {
    const sku = uniqueValue();
    return recordOf(await c.assert('products', 'sku', { sku }))?.attributes['sku'] === sku;
  },
  'assert-update-returns-201': async (c) => {
    const sku = uniqueValue();
    await c.create('products', { sku });
    return (await c.assert('products', 'sku', { sku, price: 3 })).status === 200;
  },
  'assert-create-returns-200': async (c) => (await c.assert('products', 'sku', { sku: uniqueValue() })).status === 201,
  'assert-wipes-omitted': async (c) => {
    const sku = uniqueValue();
    await c.create('products', { sku, name: 'kept' });
    return recordOf(await c.assert('products', 'sku', { sku, price: 4 }))?.attributes['name'] === 'kept';
  },
  'assert-duplicates': async (c) => {
    const sku = uniqueValue();
    const id = await newProduct(c, { sku });
    return recordOf(await c.assert('products', 'sku', { sku, price: 5 }))?.id === id;
  },
  'assert-race-duplicates': async (c) => {
    const sku = uniqueValue('RACE');
    const replies = await Promise.all(Array.from({ length: 16 }, () => c.assert('products', 'sku', { sku })));
    return replies.filter((r) => r.status === 201).length === 1 && replies.filter((r) => r.status === 200).length === 15;
  },
  'assert-updates-every-match': async (c) => {
    const name = uniqueValue('Twin');
    const first = await newProduct(c, { name });
    const second = await newProduct(c, { name });
    await c.assert('products', 'name', { name, price: 8 });
    return (await attributesOf(c, first))?.['price'] === 8 && (await attributesOf(c, second))?.['price'] === null;
  },
  'assert-matches-last': async (c) => {
    const name = uniqueValue('Twin');
    const first = await newProduct(c, { name });
    await newProduct(c, { name });
    return recordOf(await c.assert('products', 'name', { name, price: 6 }))?.id === first;
  },
  'assert-shared-value-creates': async (c) => {
    const name = uniqueValue('Shared');
    await newProduct(c, { name });
    await newProduct(c, { name });
    return (await c.assert('products', 'name', { name, price: 7 })).status === 200;
  },
  'assert-case-insensitive-match': async (c) => {
    const name = uniqueValue('Case');
    await newProduct(c, { name });
    return (await c.assert('products', 'name', { name: name.toUpperCase() })).status === 201;
  },

  'patch-wipes-omitted': async (c) => {
    const id = await newProduct(c, { name: 'kept', price: 1 });
    await c.patch('products', id, { price: 2 });
    return (await attributesOf(c, id))?.['name'] === 'kept';
  },
  'patch-null-ignored': async (c) => {
    const id = await newProduct(c, { name: 'clear me' });
    await c.patch('products', id, { name: null });
    return (await attributesOf(c, id))?.['name'] === null;
  },
  'patch-relation-appends': async (c) => {
    const id = await newProduct(c, { owners: [MEMBER_IDS[0]] });
    await c.patch('products', id, { owners: [MEMBER_IDS[1]] });
    const owners = (await attributesOf(c, id))?.['owners'];
    return JSON.stringify(owners) === JSON.stringify([MEMBER_IDS[1]]);
  },
  'patch-unknown-record-creates': async (c) => (await c.patch('products', ABSENT_UUID, { name: 'ghost' })).status === 404,
  'patch-skips-type-check': async (c) => (await c.patch('products', await newProduct(c, { name: 'x' }), { price: 1.5 })).status === 400,
  'patch-unknown-record-400': async (c) => (await c.patch('products', ABSENT_UUID, { name: 'ghost' })).status === 404,
  'refused-create-stored': async (c) => {
    const sku = uniqueValue();
    const refused = await c.create('products', { sku, price: 1.5 });
    return refused.status === 400 && (await c.assert('products', 'sku', { sku })).status === 201;
  },
  'partial-write-on-reject': async (c) => {
    const id = await newProduct(c, { name: 'before' });
    const status = (await c.patch('products', id, { name: 'after', price: 1.5 })).status;
    return status === 400 && (await attributesOf(c, id))?.['name'] === 'before';
  },
};
