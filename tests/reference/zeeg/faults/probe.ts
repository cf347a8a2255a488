/**
 * A probe is a short request sequence that tells whether one rule holds: it resolves true when
 * the server conforms and false when it shows the fault. Probes make their own data (unique
 * values per call), so many can run against one shared server.
 */
import type { FaultName } from '../../../../src/apis/zeeg/reference/index.ts';
import type { Reply, ZeegClient } from '../helpers/client.ts';
import { uniqueValue } from '../helpers/client.ts';

export type Probe = (client: ZeegClient) => Promise<boolean>;
export type ProbeTable = Partial<Record<FaultName, Probe>>;

export const ABSENT_UUID = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True when a create with this body answers `status`. */
export async function createAnswers(client: ZeegClient, body: unknown, status: number): Promise<boolean> {
  return (await client.create('products', body)).status === status;
}

/** The record of a success envelope, or undefined when the reply has none. */
export function recordOf(reply: Reply): { id: string; attributes: Record<string, unknown> } | undefined {
  return reply.body?.record;
}

/** Create a product and return its id (the write token, the clean rules). */
export async function newProduct(client: ZeegClient, body: Record<string, unknown>): Promise<string> {
  const reply = await client.create('products', body);
  const id = recordOf(reply)?.id ?? reply.body?.id;
  if (typeof id !== 'string') throw new Error(`could not create a product: ${reply.status}`);
  return id;
}

/** Create a supplier and return its id. */
export async function newSupplier(client: ZeegClient): Promise<string> {
  return (await client.create('suppliers', { code: uniqueValue('SUP'), company: 'Acme' })).body.record.id;
}

/** Attributes of a record as GET shows it. */
export async function attributesOf(client: ZeegClient, id: string): Promise<Record<string, unknown> | undefined> {
  return recordOf(await client.get('products', id))?.attributes;
}
