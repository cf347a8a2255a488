/** Probes for property values per type, and for which properties a write may name. */
import { orderProperties, orderStatus, newOrder, type ProbeTable } from './probe.ts';

export const VALUE_PROBES: ProbeTable = {
  'non-string-value-accepted': async (c) => (await orderStatus(c, { amount: 5 })) === 400,
  'bool-accepts-yes': async (c) => (await orderStatus(c, { paid: 'yes' })) === 400,
  'date-plain-refused': async (c) => (await orderStatus(c, { due_date: '2015-05-01' })) === 201,
  'date-accepts-impossible': async (c) => (await orderStatus(c, { due_date: '2025-02-30' })) === 400,
  'number-accepts-commas': async (c) => (await orderStatus(c, { amount: '1,000' })) === 400,
  'number-accepts-decimal-comma': async (c) => (await orderStatus(c, { amount: '1,5' })) === 400,
  'date-ignores-milliseconds': async (c) => (await orderStatus(c, { due_date: '2015-05-01T00:00:00.001Z' })) === 400,
  'number-accepts-scientific': async (c) => (await orderStatus(c, { amount: '1.5e3' })) === 400,
  'number-rejects-negative': async (c) => (await orderStatus(c, { amount: '-7' })) === 201,
  'date-accepts-any-time': async (c) => (await orderStatus(c, { due_date: '2015-05-01T10:00:00Z' })) === 400,
  'date-rejects-epoch-ms': async (c) => (await orderStatus(c, { due_date: '1430438400000' })) === 201,
  'datetime-rejects-epoch-ms': async (c) => (await orderStatus(c, { shipped_at: '1430475072000' })) === 201,
  'enumeration-accepts-label': async (c) => (await orderStatus(c, { status: 'Open' })) === 400,
  'checkbox-rejects-several': async (c) => (await orderStatus(c, { tags: 'gift;fragile' })) === 201,
  'select-accepts-several': async (c) => (await orderStatus(c, { status: 'open;shipped' })) === 400,
  'string-limit-off-by-one': async (c) => (await orderStatus(c, { note: 'x'.repeat(65_537) })) === 400,
  'whitespace-trimmed': async (c) => (await orderStatus(c, { amount: ' 5' })) === 400,
  'unknown-property-ignored': async (c) => (await orderStatus(c, { colour: 'red' })) === 400,
  'read-only-property-written': async (c) => (await orderStatus(c, { order_total_with_tax: '1' })) === 400,
  'contact-without-identity-accepted': async (c) => (await c.create('contacts', { bio: 'nobody' })).status === 400,
  'partial-write-on-reject': async (c) => {
    const id = await newOrder(c, { note: 'before' });
    const status = (await c.update('p_orders', id, { note: 'after', amount: 'x' })).status;
    return status === 400 && (await orderProperties(c, id, 'note'))?.['note'] === 'before';
  },
  'bool-rejects-false': async (c) => (await orderStatus(c, { paid: 'false' })) === 201,
  'datetime-accepts-any-string': async (c) => (await orderStatus(c, { shipped_at: 'yesterday' })) === 400,
  'number-read-back-as-number': async (c) => (await orderProperties(c, await newOrder(c, { amount: '12.5' }), 'amount'))?.['amount'] === '12.5',
  'properties-array-accepted': async (c) => (await c.call('POST', '/crm/objects/2026-03/p_orders', { properties: [], associations: [] })).status === 400,
};
