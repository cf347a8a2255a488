/** Upsert (create, update, archived matches) and lookup by identifier. */
import { describe, expect, it } from 'vitest';
import { TEAM_MEMBER_IDS } from '../../../src/apis/kizen/reference/index.ts';
import { lookupId, newContact, newProject, readProject, uniqueEmail, uniqueName } from './helpers/records.ts';
import { useKizenServer } from './helpers/server.ts';

const server = useKizenServer();
const OWNER = { name: 'owner', value: TEAM_MEMBER_IDS[0] };

describe('upsert', () => {
  it('KIZEN-UPSERT-001: a missing, empty, blank or non-string lookup_value is 400 and writes nothing', async () => {
    const name = uniqueName();
    for (const lookup of [{}, { lookup_value: '' }, { lookup_value: '   ' }, { lookup_value: 5 }, { lookup_value: null }]) {
      const reply = await server.client.upsert('projects', { ...lookup, fields: [{ name: 'name', value: name }, OWNER] });
      expect([reply.status, reply.body.code]).toEqual([400, 'required']);
    }
    expect(await lookupId(server.client, name)).toBeUndefined();
  });

  it('KIZEN-UPSERT-002 KIZEN-UPSERT-004: no match creates (201, created) with lookup_value as the identifier', async () => {
    const name = uniqueName();
    const reply = await server.client.upsert('projects', { lookup_value: name, fields: [OWNER, { name: 'headcount', value: 2 }] });
    expect([reply.status, reply.body.action, reply.body.display_name]).toEqual([201, 'created', name]);
    expect(await lookupId(server.client, name)).toBe(reply.body.id);
    const email = uniqueEmail();
    const contact = await server.client.upsert('client_client', { lookup_value: email, fields: [{ name: 'first_name', value: 'Up' }] });
    expect([contact.status, await lookupId(server.client, email, 'client_client')]).toEqual([201, contact.body.id]);
  });

  it('KIZEN-UPSERT-003 KIZEN-UPSERT-005 KIZEN-UPSERT-008: a match is updated in place (200, updated); omitted fields keep their values', async () => {
    const name = uniqueName();
    const id = await newProject(server.client, [{ name: 'headcount', value: 1 }, { name: 'is_active', value: true }], name);
    for (const headcount of [5, 6]) {
      const reply = await server.client.upsert('projects', { lookup_value: name, fields: [{ name: 'headcount', value: headcount }] });
      expect([reply.status, reply.body.action, reply.body.id]).toEqual([200, 'updated', id]);
    }
    expect(await readProject(server.client, id)).toMatchObject({ name, headcount: 6, is_active: true });
    expect(await lookupId(server.client, name)).toBe(id);
  });

  it('KIZEN-UPSERT-006: lookup_value matches ignoring letter case', async () => {
    const email = uniqueEmail();
    const id = await newContact(server.client, [], email);
    const reply = await server.client.upsert('client_client', { lookup_value: email.toUpperCase(), fields: [{ name: 'last_name', value: 'Case' }] });
    expect([reply.status, reply.body.id]).toEqual([200, id]);
  });

  it('KIZEN-UPSERT-007: an archived match is a conflict by default, restored with unarchive, left alone with overwrite', async () => {
    const c = server.client;
    const name = uniqueName('Archived');
    const id = await newProject(c, [{ name: 'headcount', value: 1 }, { name: 'is_active', value: true }], name);
    await c.archive('projects', id);
    for (const choice of [{}, { oncreate_unarchive: 'prompt' }]) {
      const refused = await c.upsert('projects', { lookup_value: name, fields: [{ name: 'headcount', value: 2 }], ...choice });
      expect([refused.status, refused.body.code]).toEqual([400, 'conflict']);
    }
    expect((await c.upsert('projects', { lookup_value: name, oncreate_unarchive: 'later' })).status).toBe(400);
    const restored = await c.upsert('projects', { lookup_value: name, fields: [{ name: 'headcount', value: 3 }], oncreate_unarchive: 'unarchive' });
    expect([restored.status, restored.body.action, restored.body.id]).toEqual([201, 'unarchived', id]);
    expect(await readProject(c, id)).toMatchObject({ headcount: 3, is_active: true });
    await c.archive('projects', id);
    const created = await c.upsert('projects', { lookup_value: name, fields: [OWNER], oncreate_unarchive: 'overwrite' });
    expect([created.status, created.body.action]).toEqual([201, 'created']);
    expect(created.body.id).not.toBe(id);
    expect((await c.get('projects', id)).status).toBe(404);
  });
});

describe('lookup', () => {
  it('KIZEN-LOOKUP-001: the identifier as stored finds the active record with all its fields', async () => {
    const name = uniqueName();
    const id = await newProject(server.client, [{ name: 'headcount', value: 4 }], name);
    const [lookup, get] = await Promise.all([server.client.lookup('projects', name), server.client.get('projects', id)]);
    expect(lookup.status).toBe(200);
    expect(lookup.body).toEqual(get.body);
  });

  it('KIZEN-LOOKUP-002: no identifier is 400 required; an identifier nobody holds is 404', async () => {
    for (const reply of [await server.client.lookup('projects', null), await server.client.lookup('projects', '')]) {
      expect([reply.status, reply.body.code]).toEqual([400, 'required']);
    }
    const missing = await server.client.lookup('projects', uniqueName());
    expect([missing.status, missing.body.code]).toEqual([404, 'not_found']);
  });
});
