/** Auth headers, write permission, object details and the field list of the Kizen server. */
import { describe, expect, it } from 'vitest';
import { BUSINESS_ID, CONTACTS_ID, FULL_API_KEY, PROJECTS_ID, READ_ONLY_API_KEY, USER_IDS } from '../../../src/apis/kizen/reference/index.ts';
import type { AuthHeaders } from './helpers/client.ts';
import { lookupId, newProject, projectEntries, readProject, uniqueName } from './helpers/records.ts';
import { useKizenServer } from './helpers/server.ts';

const server = useKizenServer();
const FIELD_TYPES = 'checkbox checkboxes choices date datetime decimal dropdown dynamictags email files integer longtext money phonenumber radio rating relationship selector status team_selector text timezone wysiwyg yesnomaybe'.split(' ');

describe('auth', () => {
  it('KIZEN-AUTH-001 KIZEN-AUTH-002: a call missing or misnaming any of the three headers is 401 on every route and writes nothing', async () => {
    const c = server.client;
    const id = await newProject(c, [{ name: 'headcount', value: 1 }]);
    const name = uniqueName();
    const cases: Array<[AuthHeaders, string]> = [
      [{ key: null }, 'not_authenticated'],
      [{ key: 'unknown-key' }, 'not_authenticated'],
      [{ business: null }, 'missing_business_context'],
      [{ business: '00000000-0000-4000-8000-000000000000' }, 'missing_business_context'],
      [{ user: null }, 'not_authenticated'],
      [{ user: '00000000-0000-4000-8000-000000000000' }, 'not_authenticated'],
    ];
    for (const [auth, code] of cases) {
      const replies = await Promise.all([
        c.object(PROJECTS_ID, auth),
        c.fields(PROJECTS_ID, auth),
        c.add('projects', projectEntries(name), {}, auth),
        c.upsert('projects', { lookup_value: name }, auth),
        c.lookup('projects', name, auth),
        c.get('projects', id, '', auth),
        c.patch('projects', id, { fields: [{ name: 'headcount', value: 2 }] }, '', auth),
        c.archive('projects', id, auth),
        c.unarchive('projects', id, auth),
      ]);
      for (const reply of replies) expect([reply.status, reply.body.code]).toEqual([401, code]);
    }
    expect(await lookupId(c, name)).toBeUndefined();
    expect((await readProject(c, id))?.['headcount']).toBe(1);
  });

  it('KIZEN-AUTH-003: the read-only key may discover and read but every write is 403 and writes nothing', async () => {
    const c = server.client;
    const id = await newProject(c, [{ name: 'headcount', value: 1 }]);
    const name = uniqueName();
    const auth = { key: READ_ONLY_API_KEY };
    expect((await c.object(PROJECTS_ID, auth)).status).toBe(200);
    expect((await c.get('projects', id, '', auth)).status).toBe(200);
    const writes = await Promise.all([
      c.add('projects', projectEntries(name), {}, auth),
      c.upsert('projects', { lookup_value: name }, auth),
      c.patch('projects', id, { fields: [{ name: 'headcount', value: 2 }] }, '', auth),
      c.archive('projects', id, auth),
      c.unarchive('projects', id, auth),
    ]);
    for (const reply of writes) expect([reply.status, reply.body.code]).toEqual([403, 'permission_required']);
    expect(await lookupId(c, name)).toBeUndefined();
    expect((await readProject(c, id))?.['headcount']).toBe(1);
  });
});

describe('discovery', () => {
  it('KIZEN-DISCOVERY-001: object details by UUID answer the object with its fields', async () => {
    const reply = await server.client.object(PROJECTS_ID);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: PROJECTS_ID, name: 'projects', object_name: 'Projects', entity_name: 'Project', object_type: 'standard', is_custom: true });
    expect(reply.body.fields.map((f: { name: string }) => f.name)).toContain('owner');
  });

  it('KIZEN-DISCOVERY-002: object details by api name answer the same object', async () => {
    const [byId, byName] = await Promise.all([server.client.object(CONTACTS_ID), server.client.object('client_client')]);
    expect(byName.status).toBe(200);
    expect(byName.body).toEqual(byId.body);
  });

  it('KIZEN-DISCOVERY-003: an unknown object is 404 for details and field list; the field list takes only the UUID', async () => {
    for (const reply of [await server.client.object('nope'), await server.client.fields('eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee'), await server.client.fields('projects')]) {
      expect([reply.status, reply.body.code]).toEqual([404, 'not_found']);
    }
  });

  it('KIZEN-DISCOVERY-004 KIZEN-DISCOVERY-007: the field list is a plain array of every field with its flags and a known field_type', async () => {
    const reply = await server.client.fields(PROJECTS_ID);
    expect(Array.isArray(reply.body)).toBe(true);
    const byName = new Map(reply.body.map((f: { name: string }) => [f.name, f]));
    expect(byName.get('name')).toMatchObject({ id: 'a1000000-0000-4000-8000-000000000001', field_type: 'text', is_required: true, is_read_only: false, is_hidden: false });
    expect(byName.get('reference_code')).toMatchObject({ is_read_only: true });
    expect(byName.get('internal_note')).toMatchObject({ is_hidden: true });
    expect(byName.get('created')).toMatchObject({ field_type: 'datetime', is_read_only: true });
    for (const field of reply.body) expect(FIELD_TYPES).toContain(field.field_type);
    expect(reply.body).toEqual((await server.client.object(PROJECTS_ID)).body.fields);
  });

  it('KIZEN-DISCOVERY-005: option fields list options with id, name and code', async () => {
    const fields = (await server.client.fields(CONTACTS_ID)).body;
    const status = fields.find((f: { name: string }) => f.name === 'email_status');
    expect(status.options.map((o: { name: string; code: string }) => `${o.name}=${o.code}`)).toEqual(['Opted In=opted_in', 'Not Opted In=not_opted_in', 'Unsubscribed=unsubscribed']);
    for (const option of status.options) expect(Object.keys(option).sort()).toEqual(['code', 'id', 'name']);
  });

  it('KIZEN-DISCOVERY-006: relationship fields name their target object by UUID and api name', async () => {
    const fields = (await server.client.fields(PROJECTS_ID)).body;
    const relation = (name: string) => fields.find((f: { name: string }) => f.name === name).relation;
    expect(relation('client')).toMatchObject({ related_object: CONTACTS_ID, related_object_object_name: 'client_client', relation_type: 'primary', cardinality: 'many_to_one' });
    expect(relation('watchers')).toMatchObject({ related_object: CONTACTS_ID, relation_type: 'additional', cardinality: 'many_to_many' });
  });

  it('KIZEN-ERRORS-001: errors are JSON with detail and code, also for unknown routes and methods', async () => {
    const route = await server.client.call('GET', '/api/elsewhere');
    expect([route.status, route.body.code, route.headers.get('content-type')]).toEqual([404, 'not_found', 'application/json; charset=utf-8']);
    const method = await server.client.call('DELETE', `/api/custom-objects/${PROJECTS_ID}`);
    expect([method.status, method.body.code, method.headers.get('allow')]).toEqual([405, 'method_not_allowed', 'GET']);
    const malformed = await fetch(`${server.client.url}/api/records/projects/add`, { method: 'POST', headers: { 'x-api-key': FULL_API_KEY, 'x-business-id': BUSINESS_ID, 'x-user-id': USER_IDS[0]! }, body: '{' });
    expect([malformed.status, ((await malformed.json()) as { code: string }).code]).toEqual([400, 'parse_error']);
    expect(typeof (await server.client.object('nope')).body.detail).toBe('string');
  });
});
