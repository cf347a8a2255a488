/**
 * A probe is a short request sequence that tells whether one rule holds: it resolves true when
 * the server conforms and false when it shows the fault. Probes make their own data (unique
 * values per call), so many can run against one shared server.
 */
import type { FaultName } from '../../../../src/apis/hubspot/reference/index.ts';
import type { HubspotClient } from '../helpers/client.ts';
import { uniqueValue } from '../helpers/client.ts';

export type Probe = (client: HubspotClient) => Promise<boolean>;
export type ProbeTable = Partial<Record<FaultName, Probe>>;

/** The status of creating an order with these properties (and a fresh order number). */
export async function orderStatus(client: HubspotClient, properties: Record<string, unknown>): Promise<number> {
  return (await client.create('p_orders', { order_number: uniqueValue('ORD'), ...properties })).status;
}

/** Create an order and return its id; throws when the clean rules refuse it. */
export async function newOrder(client: HubspotClient, properties: Record<string, unknown> = {}): Promise<string> {
  const reply = await client.create('p_orders', { order_number: uniqueValue('ORD'), ...properties });
  if (typeof reply.body?.id !== 'string') throw new Error(`could not create an order: ${reply.status}`);
  return reply.body.id;
}

/** The properties of an order as a read asking for `names` shows them. */
export async function orderProperties(client: HubspotClient, id: string, names: string): Promise<Record<string, unknown> | undefined> {
  return (await client.read('p_orders', id, { properties: names })).body?.properties;
}

/** The order number of an order, as a read shows it. */
export async function orderNumber(client: HubspotClient, id: string): Promise<string> {
  return String((await orderProperties(client, id, 'order_number'))?.['order_number']);
}
