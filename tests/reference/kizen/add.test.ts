/** Add: the reply, field entries, required and unknown fields, and atomic refusal. */
import { describe, expect, it } from 'vitest';
import { PROJECTS, PROJECTS_ID, TEAM_MEMBER_IDS } from '../../../src/apis/kizen/reference/index.ts';
import { fieldId, lookupId, newProject, projectEntries, readProject, uniqueName, valuesOf } from './helpers/records.ts';
import { useKizenServer } from './helpers/server.ts';

const server = useKizenServer();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('add', () => {
  it('KIZEN-ADD-001 KIZEN-ADD-002 KIZEN-ADD-003 KIZEN-ADD-011: a valid add answers 200 with a fresh UUID, the reply counts, and reads back', async () => {
    const name = uniqueName();
    const first = await server.client.add('projects', projectEntries(name, [{ name: 'headcount', value: 4 }]));
    const second = await server.client.add('projects', projectEntries(uniqueName()));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ object_type: 'standard', display_name: name, num_upcoming_activities: 0, num_associated_team_members: 1 });
    expect(first.body.id).toMatch(UUID);
    expect(second.body.id).not.toBe(first.body.id);
    const read = await readProject(server.client, first.body.id);
    expect(read).toMatchObject({ name, headcount: 4, owner: { id: TEAM_MEMBER_IDS[0] } });
  });

  it('KIZEN-ADD-004 KIZEN-READ-005: fields may be named by UUID; the object by UUID or api name', async () => {
    const name = uniqueName();
    const reply = await server.client.add(PROJECTS_ID, [
      { id: fieldId(PROJECTS, 'name'), value: name },
      { id: fieldId(PROJECTS, 'owner'), value: TEAM_MEMBER_IDS[1] },
      { name: 'headcount', value: 8 },
    ]);
    expect(reply.status).toBe(200);
    const [byName, byId] = await Promise.all([server.client.get('projects', reply.body.id), server.client.get(PROJECTS_ID, reply.body.id)]);
    expect(byId.body).toEqual(byName.body);
    expect(valuesOf(byName)).toMatchObject({ name, headcount: 8, owner: { id: TEAM_MEMBER_IDS[1] } });
    expect((await server.client.lookup(PROJECTS_ID, name)).body.id).toBe(reply.body.id);
  });

  it('KIZEN-ADD-005: a body without a fields list is 400 and creates nothing', async () => {
    const name = uniqueName();
    for (const body of [{}, { fields: { name } }, [projectEntries(name)], 'text']) {
      const reply = await server.client.call('POST', '/api/records/projects/add', body);
      expect(reply.status).toBe(400);
    }
    expect((await server.client.call('POST', '/api/records/projects/add', {})).body.code).toBe('required');
    expect(await lookupId(server.client, name)).toBeUndefined();
  });

  it('KIZEN-ADD-006 KIZEN-IDENT-001: a second add with an active identifier is 400 unique and changes nothing', async () => {
    const name = uniqueName();
    const id = await newProject(server.client, [{ name: 'headcount', value: 1 }], name);
    const before = await server.client.get('projects', id);
    const reply = await server.client.add('projects', projectEntries(name, [{ name: 'headcount', value: 2 }]));
    expect([reply.status, reply.body.code]).toEqual([400, 'unique']);
    expect((await server.client.get('projects', id)).body).toEqual(before.body);
    expect(await lookupId(server.client, name)).toBe(id);
  });

  it('KIZEN-ADD-007 KIZEN-ADD-008: a missing required field or one invalid value is 400 and creates nothing', async () => {
    const name = uniqueName();
    const missingOwner = await server.client.add('projects', [{ name: 'name', value: name }, { name: 'headcount', value: 3 }]);
    expect([missingOwner.status, missingOwner.body.code, missingOwner.body.owner]).toEqual([400, 'required', ['This field is required.']]);
    for (const blank of [null, '', '   ']) {
      expect((await server.client.add('projects', [{ name: 'name', value: blank }, { name: 'owner', value: TEAM_MEMBER_IDS[0] }])).status).toBe(400);
    }
    const badValue = await server.client.add('projects', projectEntries(name, [{ name: 'headcount', value: 'three' }]));
    expect(badValue.status).toBe(400);
    expect(await lookupId(server.client, name)).toBeUndefined();
  });

  it('KIZEN-ADD-009: an entry naming no field is 400 does_not_exist and creates nothing', async () => {
    const name = uniqueName();
    for (const entry of [{ name: 'no_such_field', value: 1 }, { id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', value: 1 }]) {
      const reply = await server.client.add('projects', projectEntries(name, [entry]));
      expect([reply.status, reply.body.code]).toEqual([400, 'does_not_exist']);
    }
    expect(await lookupId(server.client, name)).toBeUndefined();
  });

  it('KIZEN-ADD-010: writing a read-only field is 403 forbidden_field_write and creates nothing', async () => {
    const name = uniqueName();
    for (const field of ['reference_code', 'created', 'updated']) {
      const reply = await server.client.add('projects', projectEntries(name, [{ name: field, value: field === 'reference_code' ? 'RC-1' : '2026-01-01T00:00:00Z' }]));
      expect([reply.status, reply.body.code]).toEqual([403, 'forbidden_field_write']);
    }
    expect(await lookupId(server.client, name)).toBeUndefined();
  });

  it('KIZEN-ADD-012: an unarchive value outside the enum is 400 and creates nothing', async () => {
    const name = uniqueName();
    for (const unarchive of ['restore', true, 1]) {
      expect((await server.client.add('projects', projectEntries(name), { unarchive })).status).toBe(400);
    }
    expect((await server.client.add('projects', projectEntries(name), { unarchive: null })).status).toBe(200);
  });
});
