/** Probes for error bodies, unique values, and create, read, update and archive. */
import { hubspotClient, uniqueEmail, uniqueValue } from '../helpers/client.ts';
import { newOrder, orderNumber, orderProperties, type ProbeTable } from './probe.ts';

export const RECORD_PROBES: ProbeTable = {
  'validation-errors-without-codes': async (c) => (await c.create('p_orders', { amount: 'x' })).body?.errors?.[0]?.code === 'INVALID_INTEGER',
  'validation-wrong-category': async (c) => (await c.create('p_orders', { amount: 'x' })).body?.category === 'VALIDATION_ERROR',
  'errors-without-correlation-id': async (c) => typeof (await c.read('p_orders', '999999999')).body?.correlationId === 'string',
  'not-found-without-message': async (c) => typeof (await c.read('p_orders', '999999999')).body?.message === 'string',
  'errors-without-status': async (c) => (await c.read('p_orders', '999999999')).body?.status === 'error',
  'not-found-category-generic': async (c) => (await c.read('p_orders', '999999999')).body?.category === 'OBJECT_NOT_FOUND',
  'invalid-option-message-vague': async (c) => {
    const message = String((await c.create('p_orders', { status: 'lost' })).body?.message);
    return message.includes('lost') && message.includes('was not one of the allowed options');
  },

  'unique-ignored-on-create': async (c) => {
    const number = uniqueValue('ORD');
    await c.create('p_orders', { order_number: number });
    return (await c.create('p_orders', { order_number: number })).status === 409;
  },
  'unique-create-race': async (c) => {
    const number = uniqueValue('ORD');
    const replies = await Promise.all([1, 2, 3].map(() => c.create('p_orders', { order_number: number })));
    return replies.filter((r) => r.status === 201).length === 1;
  },
  'unique-update-race': async (c) => {
    const [ids, number] = [await Promise.all([1, 2, 3].map(() => newOrder(c))), uniqueValue('ORD')];
    const replies = await Promise.all(ids.map((id) => c.update('p_orders', id, { order_number: number })));
    return replies.filter((r) => r.status === 200).length === 1;
  },
  'unique-ignored-on-update': async (c) => {
    const first = await newOrder(c);
    const second = await newOrder(c);
    return (await c.update('p_orders', second, { order_number: await orderNumber(c, first) })).status === 409;
  },
  'update-conflict-as-400': async (c) => {
    const [first, second] = [await newOrder(c), await newOrder(c)];
    return (await c.update('p_orders', second, { order_number: await orderNumber(c, first) })).status === 409;
  },
  'unique-ignored-on-upsert': async (c) => {
    const ref = uniqueValue('REF');
    await newOrder(c, { external_ref: ref });
    const reply = await c.upsert('p_orders', [{ id: uniqueValue('ORD'), idProperty: 'order_number', properties: { external_ref: ref } }]);
    return reply.status === 409;
  },
  'unique-conflict-as-400': async (c) => {
    const email = uniqueEmail();
    await c.create('contacts', { email });
    const reply = await c.create('contacts', { email });
    return reply.status === 409 && reply.body?.category === 'CONFLICT';
  },
  'unique-rejects-own-value': async (c) => {
    const id = await newOrder(c);
    return (await c.update('p_orders', id, { order_number: await orderNumber(c, id) })).status === 200;
  },
  'conflict-message-without-id': async (c) => {
    const first = await newOrder(c);
    const reply = await c.create('p_orders', { order_number: await orderNumber(c, first) });
    return reply.status === 409 && String(reply.body?.message).includes(first);
  },

  'create-returns-200': async (c) => (await c.create('p_orders', { order_number: uniqueValue('ORD') })).status === 201,
  'update-wipes-omitted': async (c) => {
    const id = await newOrder(c, { note: 'kept' });
    await c.update('p_orders', id, { amount: '2' });
    return (await orderProperties(c, id, 'note'))?.['note'] === 'kept';
  },
  'update-empty-string-ignored': async (c) => {
    const id = await newOrder(c, { note: 'clear me' });
    await c.update('p_orders', id, { note: '' });
    const properties = await orderProperties(c, id, 'note');
    return properties !== undefined && !Object.hasOwn(properties, 'note');
  },
  'read-ignores-properties-param': async (c) => (await orderProperties(c, await newOrder(c, { note: 'asked' }), 'note'))?.['note'] === 'asked',
  'read-rejects-unknown-properties': async (c) => (await c.read('p_orders', await newOrder(c), { properties: 'no_such_property' })).status === 200,
  'read-id-property-ignored': async (c) => {
    const email = uniqueEmail();
    await c.create('contacts', { email });
    return (await c.read('contacts', email, { idProperty: 'email' })).status === 200;
  },
  'response-without-archived': async (c) => (await c.create('p_orders', { order_number: uniqueValue('ORD') })).body?.archived === false,
  'response-without-updated-at': async (c) => typeof (await c.create('p_orders', { order_number: uniqueValue('ORD') })).body?.updatedAt === 'string',
  'v3-own-store': async (c) => (await hubspotClient(c.url, 'v3').read('p_orders', await newOrder(c))).status === 200,
  'archive-answers-200': async (c) => (await c.archive('p_orders', await newOrder(c))).status === 204,
  'archive-answers-500': async (c) => (await c.archive('p_orders', await newOrder(c))).status === 204,
  'archive-leaves-record-readable': async (c) => {
    const id = await newOrder(c);
    await c.archive('p_orders', id);
    return (await c.read('p_orders', id)).status === 404;
  },
  'update-archived-record': async (c) => {
    const id = await newOrder(c);
    await c.archive('p_orders', id);
    return (await c.update('p_orders', id, { note: 'revived' })).status === 404;
  },
  'create-reply-wrong-values': async (c) => (await c.create('p_orders', { order_number: uniqueValue('ORD'), note: 'sent' })).body?.properties?.note === 'sent',
  'create-empty-associations-rejected': async (c) => (await c.create('p_orders', { order_number: uniqueValue('ORD') })).status === 201,
  'object-id-property-as-number': async (c) => typeof (await c.create('p_orders', { order_number: uniqueValue('ORD') })).body?.properties?.hs_object_id === 'string',
  'empty-properties-as-null': async (c) => {
    const properties = await orderProperties(c, await newOrder(c), 'note');
    return properties !== undefined && !Object.hasOwn(properties, 'note');
  },
  'read-cached': async (c) => {
    const id = await newOrder(c, { note: 'first' });
    await orderProperties(c, id, 'note');
    await c.update('p_orders', id, { note: 'second' });
    return (await orderProperties(c, id, 'note'))?.['note'] === 'second';
  },
  'read-default-all-properties': async (c) => {
    const properties = (await c.read('p_orders', await newOrder(c, { note: 'not by default' }))).body?.properties;
    return properties !== undefined && !Object.hasOwn(properties, 'note');
  },
  'read-unknown-id-answers-200': async (c) => (await c.read('p_orders', '999999999')).status === 404,
  'update-reply-wrong-values': async (c) => (await c.update('p_orders', await newOrder(c), { note: 'sent' })).body?.properties?.note === 'sent',
  'update-unknown-id-creates': async (c) => (await c.update('p_orders', '999999999', { note: 'ghost' })).status === 404,
  'update-id-property-ignored': async (c) => {
    const email = uniqueEmail();
    await c.create('contacts', { email });
    return (await c.update('contacts', email, { firstname: 'Ada' }, { idProperty: 'email' })).status === 200;
  },
  'archived-read-refused': async (c) => {
    const id = await newOrder(c);
    await c.archive('p_orders', id);
    const reply = await c.read('p_orders', id, { archived: 'true' });
    return reply.status === 200 && reply.body?.archived === true;
  },
};
