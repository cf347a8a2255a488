/** Probes for the type rules and the isUnique rule. */
import { MEMBER_IDS } from '../../../../src/apis/zeeg/reference/index.ts';
import { uniqueValue } from '../helpers/client.ts';
import { ABSENT_UUID, attributesOf, createAnswers, newProduct, type ProbeTable } from './probe.ts';

export const VALUE_PROBES: ProbeTable = {
  'text-limit-off-by-one': (c) => createAnswers(c, { name: 'a'.repeat(256) }, 400),
  'text-limit-counts-utf16': (c) => createAnswers(c, { name: '😀'.repeat(255) }, 201),
  'number-accepts-decimal': (c) => createAnswers(c, { price: 29.5 }, 400),
  'checkbox-accepts-string': (c) => createAnswers(c, { in_stock: 'true' }, 400),
  'date-accepts-any-string': (c) => createAnswers(c, { launch_date: '2025-13-45' }, 400),
  'select-accepts-unknown-option': (c) => createAnswers(c, { category: { id: 'opt_nope' } }, 400),
  'multiselect-accepts-unknown-option': (c) => createAnswers(c, { tags: [{ id: 9 }] }, 400),
  'multiselect-accepts-bare-ids': (c) => createAnswers(c, { tags: [1, 2] }, 400),
  'relation-accepts-unknown-record': (c) => createAnswers(c, { suppliers: [ABSENT_UUID] }, 400),
  'user-accepts-unknown-member': (c) => createAnswers(c, { owners: [ABSENT_UUID, MEMBER_IDS[0]] }, 400),
  'relation-accepts-bare-uuid': (c) => createAnswers(c, { suppliers: ABSENT_UUID }, 400),
  'user-accepts-bare-uuid': (c) => createAnswers(c, { owners: MEMBER_IDS[0] }, 400),
  'text-empty-stored-as-null': async (c) => (await attributesOf(c, await newProduct(c, { name: '' })))?.['name'] === '',
  'number-rejects-negative': async (c) => (await c.create('products', { price: -29 })).status === 201,
  'date-accepts-datetime': async (c) => (await c.create('products', { launch_date: '2025-06-01T10:00:00Z' })).status === 400,
  'unknown-attribute-ignored': (c) => createAnswers(c, { name: 'x', colour: 'red' }, 400),
  'array-body-accepted': async (c) => (await c.call('POST', '/crm/products', undefined, { raw: '[]' })).status === 400,

  'unique-ignored-on-create': async (c) => {
    const sku = uniqueValue();
    await c.create('products', { sku });
    return createAnswers(c, { sku }, 400);
  },
  'unique-ignored-on-assert': async (c) => {
    const [code, company] = [uniqueValue('CODE'), uniqueValue('Company')];
    await c.create('suppliers', { code, company: uniqueValue() });
    await c.create('suppliers', { company });
    return (await c.assert('suppliers', 'company', { company, code })).status === 400;
  },
  'unique-ignored-on-patch': async (c) => {
    const sku = uniqueValue();
    await newProduct(c, { sku });
    const other = await newProduct(c, { name: 'other' });
    const status = (await c.patch('products', other, { sku })).status;
    return status === 400 && (await attributesOf(c, other))?.['sku'] === null;
  },
  'unique-rejects-own-value': async (c) => {
    const sku = uniqueValue();
    const first = await c.assert('products', 'sku', { sku, price: 1 });
    const again = await c.assert('products', 'sku', { sku, price: 2 });
    return first.status === 201 && again.status === 200;
  },
  'unique-rejects-own-value-on-patch': async (c) => {
    const sku = uniqueValue();
    const id = await newProduct(c, { sku });
    return (await c.patch('products', id, { sku })).status === 200;
  },
  'unique-patch-conflict-422': async (c) => {
    const sku = uniqueValue();
    await newProduct(c, { sku });
    const other = await newProduct(c, { name: 'other' });
    return (await c.patch('products', other, { sku })).status === 400;
  },
  'unique-race-on-create': async (c) => {
    const sku = uniqueValue('RACE');
    const replies = await Promise.all(Array.from({ length: 8 }, () => c.create('products', { sku })));
    return replies.filter((r) => r.status === 201).length === 1 && replies.filter((r) => r.status === 400).length === 7;
  },
};
