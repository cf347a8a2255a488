/** Identifiers (name, email for contacts), archiving, unarchiving and the unarchive choices of add. */
import { describe, expect, it } from 'vitest';
import type { KizenClient } from './helpers/client.ts';
import { lookupId, newContact, newProject, projectEntries, readProject, uniqueEmail, uniqueName } from './helpers/records.ts';
import { useKizenServer } from './helpers/server.ts';

const server = useKizenServer();

async function archived(c: KizenClient): Promise<{ name: string; id: string }> {
  const name = uniqueName('Archived');
  const id = await newProject(c, [{ name: 'headcount', value: 7 }], name);
  expect((await c.archive('projects', id)).status).toBe(204);
  return { name, id };
}

describe('identifier', () => {
  it('KIZEN-IDENT-002: a contact is identified by email, a project by name', async () => {
    const email = uniqueEmail();
    const contact = await newContact(server.client, [{ name: 'first_name', value: 'Same' }], email);
    expect((await server.client.add('client_client', [{ name: 'email', value: email }])).status).toBe(400);
    expect((await server.client.add('client_client', [{ name: 'email', value: uniqueEmail() }, { name: 'first_name', value: 'Same' }])).status).toBe(200);
    expect(await lookupId(server.client, email, 'client_client')).toBe(contact);
    const name = uniqueName();
    expect(await lookupId(server.client, name)).toBeUndefined();
    const project = await newProject(server.client, [], name);
    expect(await lookupId(server.client, name)).toBe(project);
  });

  it('KIZEN-IDENT-003: patch and unarchive may not give two active records one identifier', async () => {
    const c = server.client;
    const taken = uniqueName();
    const holder = await newProject(c, [], taken);
    const other = await newProject(c);
    expect((await c.patch('projects', other, { fields: [{ name: 'name', value: taken }] })).body.code).toBe('unique');
    const { name, id } = await archived(c);
    const replacement = await c.add('projects', projectEntries(name), { unarchive: 'overwrite' });
    const refused = await c.unarchive('projects', id);
    expect([refused.status, refused.body.code]).toEqual([400, 'unique']);
    expect((await c.get('projects', id)).status).toBe(404);
    expect(await lookupId(c, name)).toBe(replacement.body.id);
    expect(await lookupId(c, taken)).toBe(holder);
  });

  it('KIZEN-IDENT-004: with prompt, null or no unarchive an archived match is 400 conflict and nothing changes', async () => {
    const { name, id } = await archived(server.client);
    for (const extra of [{}, { unarchive: null }, { unarchive: 'prompt' }]) {
      const reply = await server.client.add('projects', projectEntries(name), extra);
      expect([reply.status, reply.body.code]).toEqual([400, 'conflict']);
    }
    expect(await lookupId(server.client, name)).toBeUndefined();
    expect((await server.client.get('projects', id)).status).toBe(404);
  });

  it('KIZEN-IDENT-005: with unarchive the archived record comes back with its own values', async () => {
    const { name, id } = await archived(server.client);
    const reply = await server.client.add('projects', projectEntries(name, [{ name: 'headcount', value: 99 }]), { unarchive: 'unarchive' });
    expect([reply.status, reply.body.id]).toEqual([200, id]);
    expect((await readProject(server.client, id))?.['headcount']).toBe(7);
    expect(await lookupId(server.client, name)).toBe(id);
  });

  it('KIZEN-IDENT-006: with overwrite a new record is created and the archived one stays archived', async () => {
    const { name, id } = await archived(server.client);
    const reply = await server.client.add('projects', projectEntries(name, [{ name: 'headcount', value: 1 }]), { unarchive: 'overwrite' });
    expect(reply.status).toBe(200);
    expect(reply.body.id).not.toBe(id);
    expect((await server.client.get('projects', id)).status).toBe(404);
    expect((await readProject(server.client, reply.body.id))?.['headcount']).toBe(1);
  });
});

describe('archive', () => {
  it('KIZEN-ARCHIVE-001 KIZEN-ARCHIVE-002: DELETE answers 204 without a body; GET and lookup then answer 404', async () => {
    const name = uniqueName();
    const id = await newProject(server.client, [], name);
    const reply = await server.client.archive('projects', id);
    expect([reply.status, reply.body]).toEqual([204, '']);
    expect((await server.client.get('projects', id)).status).toBe(404);
    expect((await server.client.lookup('projects', name)).status).toBe(404);
  });

  it('KIZEN-ARCHIVE-003: unarchive answers 200 and restores every value', async () => {
    const id = await newProject(server.client, [{ name: 'headcount', value: 3 }, { name: 'is_active', value: false }]);
    const before = await readProject(server.client, id);
    await server.client.archive('projects', id);
    const reply = await server.client.unarchive('projects', id);
    expect([reply.status, reply.body.id]).toEqual([200, id]);
    const after = await readProject(server.client, id);
    expect({ ...after, updated: null }).toEqual({ ...before, updated: null });
  });

  it('KIZEN-ARCHIVE-004: archiving twice or an unknown id is 404; unarchiving an active record changes nothing', async () => {
    const id = await newProject(server.client, [{ name: 'headcount', value: 2 }]);
    expect((await server.client.unarchive('projects', id)).status).toBe(200);
    expect((await readProject(server.client, id))?.['headcount']).toBe(2);
    await server.client.archive('projects', id);
    expect((await server.client.archive('projects', id)).status).toBe(404);
    expect((await server.client.archive('projects', 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee')).status).toBe(404);
    expect((await server.client.unarchive('projects', 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee')).status).toBe(404);
  });
});
