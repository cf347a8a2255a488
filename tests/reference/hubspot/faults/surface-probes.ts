/** Probes for batch upsert, authorization and discovery. */
import { READ_TOKEN } from '../../../../src/apis/hubspot/reference/index.ts';
import type { HubspotClient } from '../helpers/client.ts';
import { uniqueValue } from '../helpers/client.ts';
import { newOrder, orderNumber, type ProbeTable } from './probe.ts';

async function orderProperty(c: HubspotClient, name: string, query: Record<string, string> = {}): Promise<Record<string, any> | undefined> {
  const results: Array<Record<string, any>> = (await c.properties('p_orders', query)).body?.results ?? [];
  return results.find((property) => property['name'] === name);
}

export const SURFACE_PROBES: ProbeTable = {
  'upsert-always-creates': async (c) => {
    const id = await newOrder(c);
    const reply = await c.upsert('p_orders', [{ id: await orderNumber(c, id), idProperty: 'order_number', properties: { note: 'u' } }]);
    return reply.body?.results?.[0]?.id === id;
  },
  'upsert-new-flag-always-false': async (c) => {
    const reply = await c.upsert('p_orders', [{ id: uniqueValue('ORD'), idProperty: 'order_number', properties: {} }]);
    return reply.body?.results?.[0]?.new === true;
  },
  'upsert-empty-id-accepted': async (c) => (await c.upsert('p_orders', [{ id: '', idProperty: 'order_number', properties: {} }])).status === 400,
  'non-unique-id-property-accepted': async (c) => (await c.upsert('p_orders', [{ id: 'n', idProperty: 'note', properties: {} }])).status === 400,
  'upsert-query-id-property-ignored': async (c) => {
    const reply = await c.upsert('p_orders', [{ id: uniqueValue('ORD'), properties: {} }], { idProperty: 'order_number' });
    return reply.status === 200;
  },
  'upsert-create-drops-id-value': async (c) => {
    const number = uniqueValue('ORD');
    const reply = await c.upsert('p_orders', [{ id: number, idProperty: 'order_number', properties: {} }]);
    return (await orderNumber(c, reply.body?.results?.[0]?.id)) === number;
  },
  'upsert-status-pending': async (c) => (await c.upsert('p_orders', [{ id: uniqueValue('ORD'), idProperty: 'order_number', properties: {} }])).body?.status === 'COMPLETE',
  'upsert-reply-without-completed-at': async (c) => typeof (await c.upsert('p_orders', [{ id: uniqueValue('ORD'), idProperty: 'order_number', properties: {} }])).body?.completedAt === 'string',
  'upsert-race': async (c) => {
    const input = { id: uniqueValue('ORD'), idProperty: 'order_number', properties: {} };
    const replies = await Promise.all([1, 2, 3].map(() => c.upsert('p_orders', [input])));
    return new Set(replies.map((r) => r.body?.results?.[0]?.id)).size === 1;
  },
  'upsert-207-errors-bare': async (c) => {
    const reply = await c.upsert('p_orders', [{ id: uniqueValue('ORD'), idProperty: 'order_number', properties: { amount: 'x' } }]);
    return reply.status === 400 || (reply.body?.errors ?? []).every((entry: Record<string, unknown>) => entry['context'] !== undefined && entry['links'] !== undefined);
  },
  'upsert-result-without-new': async (c) => typeof (await c.upsert('p_orders', [{ id: uniqueValue('ORD'), idProperty: 'order_number', properties: {} }])).body?.results?.[0]?.new === 'boolean',
  'upsert-non-unique-id-property-as-404': async (c) => (await c.upsert('p_orders', [{ id: 'x', idProperty: 'note', properties: {} }])).status === 400,
  'upsert-drops-invalid-inputs': async (c) => {
    const inputs = [uniqueValue('ORD'), uniqueValue('ORD')].map((id, i) => ({ id, idProperty: 'order_number', properties: { amount: i === 0 ? '1' : 'x' } }));
    return [400, 207].includes((await c.upsert('p_orders', inputs)).status);
  },

  'auth-no-401-without-token': async (c) => (await c.properties('p_orders', {}, { token: null })).status === 401,
  'auth-category-generic': async (c) => (await c.properties('p_orders', {}, { token: null })).body?.category === 'INVALID_AUTHENTICATION',
  'auth-write-with-read-token': async (c) => (await c.create('p_orders', { order_number: uniqueValue('ORD') }, { token: READ_TOKEN })).status === 403,
  'properties-without-options': async (c) => (await orderProperty(c, 'status'))?.['options']?.length === 4,
  'properties-without-unique-flag': async (c) => (await orderProperty(c, 'order_number'))?.['hasUniqueValue'] === true,
  'properties-archived-ignored': async (c) => (await orderProperty(c, 'note', { archived: 'true' })) === undefined,
  'object-type-id-refused': async (c) => (await c.properties('2-90210001')).status === 200,
  'reads-need-write-scope': async (c) => (await c.properties('p_orders', {}, { token: READ_TOKEN })).status === 200,
  'properties-paged': async (c) => (await orderProperty(c, 'order_total_with_tax')) !== undefined,
  'properties-without-group-name': async (c) => {
    const results: Array<Record<string, unknown>> = (await c.properties('p_orders')).body?.results ?? [];
    return results.length > 0 && results.every((property) => typeof property['groupName'] === 'string');
  },
  'options-without-hidden': async (c) => {
    const results: Array<{ options?: Array<Record<string, unknown>> }> = (await c.properties('p_orders')).body?.results ?? [];
    const options = results.flatMap((property) => property.options ?? []);
    return options.length > 0 && options.every((option) => typeof option['hidden'] === 'boolean');
  },
  'schema-without-required-properties': async (c) => Array.isArray((await c.call('GET', '/crm-object-schemas/2026-03/schemas/p_orders')).body?.requiredProperties),
  'properties-without-modification-metadata': async (c) => (await orderProperty(c, 'order_total_with_tax'))?.['modificationMetadata']?.readOnlyValue === true,
};
