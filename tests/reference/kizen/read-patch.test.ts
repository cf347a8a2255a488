/** Read-back (fields by UUID, blank fields omitted, read encodings) and patch. */
import { describe, expect, it } from 'vitest';
import { PROJECTS, TEAM_MEMBER_IDS } from '../../../src/apis/kizen/reference/index.ts';
import { fieldId, newContact, newProject, optionId, readProject, uniqueName, valuesOf } from './helpers/records.ts';
import { useKizenServer } from './helpers/server.ts';

const server = useKizenServer();
const ABSENT = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';

describe('read-back', () => {
  it('KIZEN-READ-001 KIZEN-READ-002: fields are keyed by field UUID and blank fields are left out', async () => {
    const name = uniqueName();
    const id = await newProject(server.client, [{ name: 'headcount', value: 3 }, { name: 'score', value: null }], name);
    const reply = await server.client.get('projects', id);
    expect(reply.status).toBe(200);
    const fields = reply.body.fields;
    expect(fields[fieldId(PROJECTS, 'headcount')]).toEqual({ id: fieldId(PROJECTS, 'headcount'), name: 'headcount', field_type: 'integer', display_name: 'Headcount', value: 3 });
    expect(Object.values(fields).map((f) => (f as { name: string }).name).sort()).toEqual(['created', 'headcount', 'name', 'owner', 'updated']);
  });

  it('KIZEN-READ-003: money, options, relations and team members read back in their observed shapes', async () => {
    const contact = await newContact(server.client, [{ name: 'first_name', value: 'Ann' }, { name: 'last_name', value: 'Lee' }]);
    const projectName = uniqueName();
    const project = await newProject(server.client, [{ name: 'budget', value: 320.81 }, { name: 'priority', value: { id: optionId(PROJECTS, 'priority', 'Low') } }, { name: 'client', value: { id: contact } }], projectName);
    const read = (await readProject(server.client, project)) ?? {};
    expect(read['budget']).toEqual({ currency: 'USD', symbol: '$', amount: 320.81 });
    expect(read['priority']).toEqual({ id: optionId(PROJECTS, 'priority', 'Low'), code: '', name: 'Low' });
    expect(read['client']).toEqual({ id: contact, first_name: 'Ann', last_name: 'Lee', email: expect.stringMatching(/@example\.com$/) });
    expect(read['owner']).toEqual({ id: TEAM_MEMBER_IDS[0], deleted: false, first_name: 'Ada', last_name: 'Okafor', email: 'ada.okafor@example.com' });
    await server.client.patch('client_client', contact, { fields: [{ name: 'primary_project', value: { id: project } }] });
    expect((await readProject(server.client, contact, 'client_client'))?.['primary_project']).toEqual({ id: project, name: projectName });
  });

  it('KIZEN-READ-004: an unknown record or object is 404 on every record route and writes nothing', async () => {
    const c = server.client;
    for (const reply of [await c.get('projects', ABSENT), await c.patch('projects', ABSENT, { fields: [] }), await c.archive('projects', ABSENT), await c.unarchive('projects', ABSENT)]) {
      expect([reply.status, reply.body.code]).toEqual([404, 'not_found']);
    }
    const name = uniqueName();
    for (const reply of [await c.add('nope', [{ name: 'name', value: name }]), await c.upsert('nope', { lookup_value: name }), await c.lookup('nope', name), await c.get('nope', ABSENT)]) {
      expect(reply.status).toBe(404);
    }
    expect((await c.lookup('projects', name)).status).toBe(404);
  });
});

describe('patch', () => {
  it('KIZEN-PATCH-001 KIZEN-PATCH-002: sent fields change, null clears, the rest keep their values', async () => {
    const id = await newProject(server.client, [{ name: 'headcount', value: 1 }, { name: 'score', value: 2.5 }, { name: 'is_active', value: true }]);
    const reply = await server.client.patch('projects', id, { fields: [{ name: 'headcount', value: 10 }, { id: fieldId(PROJECTS, 'score'), value: null }] });
    expect(reply.status).toBe(200);
    const read = (await readProject(server.client, id)) ?? {};
    expect([read['headcount'], Object.hasOwn(read, 'score'), read['is_active']]).toEqual([10, false, true]);
  });

  it('KIZEN-PATCH-003: the reply holds the written fields and updated, or everything with return_all_fields', async () => {
    const id = await newProject(server.client, [{ name: 'headcount', value: 1 }]);
    const written = await server.client.patch('projects', id, { fields: [{ name: 'score', value: 4.5 }] });
    expect(Object.keys(written.body.fields).sort()).toEqual([fieldId(PROJECTS, 'score'), fieldId(PROJECTS, 'updated')].sort());
    const all = await server.client.patch('projects', id, { fields: [{ name: 'score', value: 5.5 }] }, '?return_all_fields=true');
    expect(valuesOf(all)).toMatchObject({ headcount: 1, score: 5.5 });
  });

  it('KIZEN-PATCH-004: one invalid entry refuses the whole patch (and upsert) with the record unchanged', async () => {
    const name = uniqueName();
    const id = await newProject(server.client, [{ name: 'headcount', value: 1 }], name);
    const before = await server.client.get('projects', id);
    const bad = [{ name: 'headcount', value: 2 }, { name: 'start_date', value: 'soon' }];
    expect((await server.client.patch('projects', id, { fields: bad })).status).toBe(400);
    expect((await server.client.upsert('projects', { lookup_value: name, fields: bad })).status).toBe(400);
    expect((await server.client.get('projects', id)).body).toEqual(before.body);
  });

  it('KIZEN-PATCH-005: an archived key is ignored', async () => {
    const id = await newProject(server.client, [{ name: 'headcount', value: 1 }]);
    const reply = await server.client.patch('projects', id, { archived: true, fields: [{ name: 'headcount', value: 2 }] });
    expect(reply.status).toBe(200);
    expect((await readProject(server.client, id))?.['headcount']).toBe(2);
  });

  it('KIZEN-PATCH-006: patching an archived record is 404 and changes nothing', async () => {
    const id = await newProject(server.client, [{ name: 'headcount', value: 1 }]);
    await server.client.archive('projects', id);
    expect((await server.client.patch('projects', id, { fields: [{ name: 'headcount', value: 2 }] })).status).toBe(404);
    await server.client.unarchive('projects', id);
    expect((await readProject(server.client, id))?.['headcount']).toBe(1);
  });

  it('KIZEN-PATCH-007: blanking a required field is 400 required', async () => {
    const name = uniqueName();
    const id = await newProject(server.client, [], name);
    for (const fields of [[{ name: 'owner', value: null }], [{ name: 'name', value: '' }]]) {
      const reply = await server.client.patch('projects', id, { fields });
      expect([reply.status, reply.body.code]).toEqual([400, 'required']);
    }
    expect((await server.client.upsert('projects', { lookup_value: name, fields: [{ name: 'owner', value: null }] })).status).toBe(400);
    expect((await readProject(server.client, id))?.['name']).toBe(name);
  });

  it('KIZEN-ERRORS-002: a 400 for invalid entries lists one problem entry per request entry', async () => {
    const id = await newProject(server.client);
    const reply = await server.client.patch('projects', id, { fields: [{ name: 'headcount', value: 1 }, { name: 'start_date', value: 'soon' }, { name: 'nope', value: 1 }, 'x'] });
    expect(reply.status).toBe(400);
    expect(reply.body.fields).toEqual([{}, { value: ['Date has wrong format. Use YYYY-MM-DD.'] }, { name: ['No field "nope" on projects.'] }, { non_field_errors: ['Invalid data. Expected a dictionary.'] }]);
  });
});
