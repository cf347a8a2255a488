/** What each property type accepts and refuses, on create, update and upsert. */
import { describe, expect, it } from 'vitest';
import { STRING_MAX_CHARACTERS } from '../../../src/apis/hubspot/reference/index.ts';
import { uniqueValue } from './helpers/client.ts';
import { useHubspotServer } from './helpers/server.ts';

const server = useHubspotServer();

/** Create an order with one property and report the status and the stored value. */
async function write(name: string, value: unknown): Promise<{ status: number; stored?: unknown; code?: unknown; category?: unknown }> {
  const reply = await server.client.create('p_orders', { order_number: uniqueValue('ORD'), [name]: value });
  if (reply.status !== 201) return { status: reply.status, code: reply.body.errors?.[0]?.code, category: reply.body.category };
  const read = await server.client.read('p_orders', reply.body.id, { properties: name });
  return { status: 201, stored: read.body.properties[name] };
}

async function expectAccepted(name: string, values: string[]): Promise<void> {
  for (const value of values) expect(await write(name, value), `${name} = ${JSON.stringify(value)}`).toEqual({ status: 201, stored: value });
}

async function expectRefused(name: string, values: unknown[], code: string): Promise<void> {
  for (const value of values) {
    expect(await write(name, value), `${name} = ${JSON.stringify(value)}`).toEqual({ status: 400, code, category: 'VALIDATION_ERROR' });
  }
}

describe('property values', () => {
  it('HUBSPOT-VALUES-001: a well-formed string of every type is stored and read back as a string', async () => {
    const properties = { note: 'n', status: 'open', tags: 'gift', amount: '9.5', paid: 'true', due_date: '2026-02-01', shipped_at: '2026-02-01T10:20:30Z' };
    const created = await server.client.create('p_orders', { order_number: uniqueValue('ORD'), ...properties });
    expect(created.status).toBe(201);
    const read = await server.client.read('p_orders', created.body.id, { properties: Object.keys(properties).join(',') });
    expect(read.body.properties).toMatchObject(properties);
  });

  it('HUBSPOT-VALUES-002: JSON numbers, booleans, null, objects and arrays are refused', async () => {
    await expectRefused('amount', [5, true, null, { v: '1' }, ['1']], 'INVALID_PROPERTY_VALUE');
  });

  it('HUBSPOT-VALUES-003 HUBSPOT-VALUES-004: bool takes "true" and "false" only', async () => {
    await expectAccepted('paid', ['true', 'false']);
    await expectRefused('paid', ['yes', '1', 'TRUE', 'False'], 'INVALID_BOOLEAN');
  });

  it('HUBSPOT-VALUES-005 HUBSPOT-VALUES-006 HUBSPOT-ERRORS-001: number takes digits, a leading minus and one decimal point', async () => {
    await expectAccepted('amount', ['42', '-7', '3.75', '0', '-0.5']);
    await expectRefused('amount', ['1,000', '1 000', '1.2.3', 'ten', '.5', '5.', '+5'], 'INVALID_INTEGER');
  });

  it('HUBSPOT-VALUES-007: scientific notation is refused', async () => {
    await expectRefused('amount', ['1.5e3', '1.4210854715202004e-14', '2E5'], 'INVALID_INTEGER');
  });

  it('HUBSPOT-VALUES-008 HUBSPOT-VALUES-009: date takes midnight UTC only, in ISO 8601 or epoch milliseconds', async () => {
    await expectAccepted('due_date', ['2015-05-01', '1430438400000', '2015-05-01T00:00:00Z', '2015-05-01T00:00:00.000Z', '2015-05-01T02:00:00+02:00']);
    await expectRefused('due_date', ['1430438400001', '2015-05-01T10:00:00Z', '2025-02-30', '2025-13-01', 'May 1 2015', '01/05/2015'], 'INVALID_DATE');
  });

  it('HUBSPOT-VALUES-010 HUBSPOT-VALUES-011: datetime takes ISO 8601 at any time and epoch milliseconds', async () => {
    await expectAccepted('shipped_at', ['2015-05-01T10:11:12Z', '2015-05-01T10:11:12.345Z', '2015-05-01T10:11:12+05:30', '1430475072000', '2015-05-01']);
    await expectRefused('shipped_at', ['yesterday', '2025-13-01T00:00:00Z', '2015-05-01T25:00:00Z', '2015-05-01 10:11:12'], 'INVALID_DATE');
  });

  it('HUBSPOT-VALUES-012 HUBSPOT-ERRORS-006: an enumeration takes an option value exactly, not its label or another case', async () => {
    await expectAccepted('status', ['open', 'shipped', 'cancelled']);
    await expectRefused('status', ['Open', 'OPEN', 'lost', 'Shipped'], 'INVALID_OPTION');
    const reply = await server.client.create('p_orders', { order_number: uniqueValue('ORD'), status: 'lost' });
    expect(reply.body.errors[0].message).toBe('lost was not one of the allowed options: [open, shipped, delivered, cancelled]');
  });

  it('HUBSPOT-VALUES-013: a checkbox enumeration takes options separated by ";"', async () => {
    await expectAccepted('tags', ['gift', 'gift;fragile', 'gift;fragile;express']);
    await expectRefused('tags', ['gift;lost', 'gift;', ';gift', 'gift,fragile'], 'INVALID_OPTION');
  });

  it('HUBSPOT-VALUES-014: a select enumeration refuses several options', async () => {
    await expectRefused('status', ['open;shipped'], 'INVALID_OPTION');
    const contact = await server.client.create('contacts', { firstname: 'Radio', lifecyclestage: 'lead;customer' });
    expect(contact.status).toBe(400);
  });

  it('HUBSPOT-VALUES-015: a string holds up to 65,536 characters', async () => {
    await expectAccepted('note', ['x'.repeat(STRING_MAX_CHARACTERS), '😀'.repeat(STRING_MAX_CHARACTERS)]);
    await expectRefused('note', ['x'.repeat(STRING_MAX_CHARACTERS + 1)], 'INVALID_LENGTH');
  });

  it('HUBSPOT-VALUES-016: whitespace around a non-string value is refused, around a string value kept', async () => {
    await expectRefused('amount', [' 5', '5 ', '5\u200b'], 'LEADING_TRAILING_WHITESPACE');
    await expectRefused('paid', ['true ', '\ufefftrue'], 'LEADING_TRAILING_WHITESPACE');
    await expectRefused('due_date', [' 2015-05-01'], 'LEADING_TRAILING_WHITESPACE');
    await expectRefused('tags', ['gift ;fragile', 'gift; fragile'], 'LEADING_TRAILING_WHITESPACE');
    await expectAccepted('note', ['  spaced  ']);
  });
});
