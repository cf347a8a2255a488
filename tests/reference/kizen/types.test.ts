/** Field-type rules: what each field_type accepts, how it reads back, and what is refused. */
import { describe, expect, it } from 'vitest';
import { PROJECTS, TEAM_MEMBER_IDS } from '../../../src/apis/kizen/reference/index.ts';
import { lookupId, newContact, newProject, optionId, projectEntries, readProject, uniqueName } from './helpers/records.ts';
import { useKizenServer } from './helpers/server.ts';

const server = useKizenServer();
const ABSENT = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';

/** Stands for "the field is absent from read-back". */
const BLANK = Symbol('blank');

/** Add a project with this value (owner and name included unless `field` is one of them); expect 200 and `read` back. */
async function accepts(field: string, value: unknown, read: unknown = value): Promise<void> {
  const entries = projectEntries(uniqueName()).filter((entry) => 'name' in entry && entry.name !== field);
  const reply = await server.client.add('projects', [...entries, { name: field, value }]);
  expect(reply.status, `${field} = ${JSON.stringify(value)}`).toBe(200);
  const values = (await readProject(server.client, reply.body.id)) ?? {};
  if (read === BLANK) expect(Object.hasOwn(values, field), `${field} is blank`).toBe(false);
  else expect(values[field], `${field} read back`).toEqual(read);
}

/** Add a project with one extra value; expect 400 and no record. */
async function refuses(field: string, value: unknown): Promise<void> {
  const name = uniqueName();
  const reply = await server.client.add('projects', projectEntries(name, [{ name: field, value }]));
  expect(reply.status, `${field} = ${JSON.stringify(value)}`).toBe(400);
  expect(await lookupId(server.client, name)).toBeUndefined();
}

describe('field types', () => {
  it('KIZEN-TYPES-001: a value of the wrong JSON kind is refused for every type', async () => {
    const wrong: Array<[string, unknown]> = [['internal_note', { text: 'x' }], ['headcount', 'five'], ['score', [1]], ['budget', true], ['start_date', 20260101], ['kickoff_at', 1], ['is_active', {}], ['priority', 3], ['labels', 'Urgent'], ['client', 42], ['owner', 7]];
    for (const [field, value] of wrong) await refuses(field, value);
  });

  it('KIZEN-TYPES-002: text holds 255 characters (code points), not 256', async () => {
    await accepts('name', uniqueName().padEnd(255, 'x'));
    await accepts('name', uniqueName().padEnd(255 - 20, 'y').padEnd(255 + 20, '😀'));
    const id = await newProject(server.client, [{ name: 'internal_note', value: 'z'.repeat(255) }]);
    expect(valuesWithHidden(await server.client.get('projects', id, '?include_hidden_fields=true'))['internal_note']).toBe('z'.repeat(255));
    await refuses('internal_note', 'x'.repeat(256));
  });

  it('KIZEN-TYPES-003: email must be an address', async () => {
    await accepts('contact_email', 'ada.okafor@example.com');
    for (const value of ['not-an-email', 'a@b', 'two@@example.com', 'sp ace@example.com']) await refuses('contact_email', value);
  });

  it('KIZEN-TYPES-004: a phone number in E.164 form is accepted; letters are not', async () => {
    await accepts('hotline', '+13125550100');
    for (const value of ['call me', '+1312555010a', '3125550100']) await refuses('hotline', value);
  });

  it('KIZEN-TYPES-005 KIZEN-TYPES-006: integers are whole and fit in 4 bytes', async () => {
    for (const value of [0, -2_147_483_648, 2_147_483_647]) await accepts('headcount', value);
    for (const value of [2.5, 2_147_483_648, -2_147_483_649, '5']) await refuses('headcount', value);
  });

  it('KIZEN-TYPES-007 KIZEN-TYPES-008: decimals up to 15 digits with 4 after the point', async () => {
    await accepts('score', 12345678901.1234);
    await accepts('score', -0.5);
    await accepts('score', 1.23456, 1.2346);
    for (const value of [1e11, '2.5', 'NaN']) await refuses('score', value);
  });

  it('KIZEN-TYPES-009: money is a number and reads back with the field currency', async () => {
    await accepts('budget', 1250.5, { currency: 'USD', symbol: '$', amount: 1250.5 });
    for (const value of ['$1,250.50', { amount: 5 }]) await refuses('budget', value);
  });

  it('KIZEN-TYPES-010: dates are YYYY-MM-DD days that exist', async () => {
    await accepts('start_date', '2028-02-29');
    for (const value of ['2026-02-30', '2026-13-01', '2026-03-01T00:00:00Z', '01/03/2026']) await refuses('start_date', value);
  });

  it('KIZEN-TYPES-011: datetimes are ISO 8601 with an offset', async () => {
    await accepts('kickoff_at', '2026-03-31T12:27:20.152070-05:00');
    await accepts('kickoff_at', '2026-03-31T17:27:20Z');
    for (const value of ['2026-03-31', '2026-03-31T12:27:20', 'tomorrow', '2026-02-30T10:00:00Z']) await refuses('kickoff_at', value);
  });

  it('KIZEN-TYPES-012 KIZEN-TYPES-013: checkbox takes true or false; coercible spellings are refused', async () => {
    await accepts('is_active', true);
    await accepts('is_active', false);
    for (const value of ['true', 1, 'maybe', 7]) await refuses('is_active', value);
  });

  it('KIZEN-TYPES-014 KIZEN-TYPES-015: options must be offered by the field; { id } reads back as { id, code, name }', async () => {
    const high = optionId(PROJECTS, 'priority', 'High');
    await accepts('priority', { id: high }, { id: high, code: '', name: 'High' });
    await accepts('priority', { name: 'High' }, { id: high, code: '', name: 'High' });
    const urgent = optionId(PROJECTS, 'labels', 'Urgent');
    const billable = optionId(PROJECTS, 'labels', 'Billable');
    await accepts('labels', [{ id: urgent }, { id: billable }], [{ id: urgent, code: '', name: 'Urgent' }, { id: billable, code: '', name: 'Billable' }]);
    for (const value of [{ id: ABSENT }, { id: urgent }, { name: 'Highest' }]) await refuses('priority', value);
    for (const value of [[{ id: high }], [{ id: urgent }, { id: ABSENT }]]) await refuses('labels', value);
  });

  it('KIZEN-TYPES-016 KIZEN-TYPES-017: relationships name active records of the target object', async () => {
    const contact = await newContact(server.client, [{ name: 'first_name', value: 'Rel' }]);
    const read = (await readProject(server.client, await newProject(server.client, [{ name: 'client', value: { id: contact } }, { name: 'watchers', value: [{ id: contact }] }]))) ?? {};
    expect(read['client']).toMatchObject({ id: contact, first_name: 'Rel' });
    expect(read['watchers']).toEqual([expect.objectContaining({ id: contact })]);
    const project = await newProject(server.client);
    const archivedContact = await newContact(server.client);
    await server.client.archive('client_client', archivedContact);
    for (const value of [{ id: ABSENT }, { id: project }, { id: archivedContact }, { id: 'not-a-uuid' }]) await refuses('client', value);
    await refuses('watchers', [{ id: contact }, { id: ABSENT }]);
  });

  it('KIZEN-TYPES-018: team_selector takes the UUID of a team member', async () => {
    await accepts('owner', TEAM_MEMBER_IDS[2], { id: TEAM_MEMBER_IDS[2], deleted: false, first_name: 'Chen', last_name: 'Moreau', email: 'chen.moreau@example.com' });
    for (const value of [ABSENT, 'Chen']) {
      const reply = await server.client.add('projects', [{ name: 'name', value: uniqueName() }, { name: 'owner', value }]);
      expect(reply.status).toBe(400);
    }
  });

  it('KIZEN-TYPES-019: null, "" and [] on optional fields are accepted and leave them blank', async () => {
    for (const [field, value] of [['headcount', null], ['contact_email', ''], ['labels', []], ['client', null]] as const) await accepts(field, value, BLANK);
  });
});

/** Values of a reply by api name, hidden fields included when the reply holds them. */
function valuesWithHidden(reply: { body: { fields: Record<string, { name: string; value: unknown }> } }): Record<string, unknown> {
  return Object.fromEntries(Object.values(reply.body.fields).map((entry) => [entry.name, entry.value]));
}
