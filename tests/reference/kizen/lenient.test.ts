/**
 * The lenient style of the Kizen reference server, choice by choice (src/apis/kizen/reference/lenient.ts):
 * each takes the other permitted side from the reference style.
 */
import { describe, expect, it } from 'vitest';
import { LENIENT_CHOICES, PROJECTS, PROJECTS_ID, TEAM_MEMBER_IDS } from '../../../src/apis/kizen/reference/index.ts';
import { fieldId, newProject, optionId, projectEntries, readProject, uniqueName } from './helpers/records.ts';
import { useKizenServer } from './helpers/server.ts';

const server = useKizenServer({ style: 'lenient' });

describe('the lenient Kizen style', () => {
  it('lists each choice with what permits it', () => {
    expect(LENIENT_CHOICES.length).toBeGreaterThanOrEqual(10);
    for (const choice of LENIENT_CHOICES) expect(choice.permittedBy).not.toBe('');
  });

  it('answers add with 201 and exactly the four members the page requires', async () => {
    const reply = await server.client.add('projects', projectEntries(uniqueName()));
    expect(reply.status).toBe(201);
    expect(Object.keys(reply.body).sort()).toEqual(['id', 'num_associated_team_members', 'num_upcoming_activities', 'object_type']);
  });

  it('refuses an unauthenticated call with 403, and a duplicate or an archived match with 409', async () => {
    expect((await server.client.object(PROJECTS_ID, { key: null })).status).toBe(403);
    const name = uniqueName();
    await newProject(server.client, [], name);
    expect((await server.client.add('projects', projectEntries(name))).status).toBe(409);
    const gone = uniqueName();
    await server.client.archive('projects', await newProject(server.client, [], gone));
    expect((await server.client.add('projects', projectEntries(gone))).status).toBe(409);
  });

  it('takes a numeric lookup_value as its text, and answers upsert with only id and action', async () => {
    const reply = await server.client.upsert('projects', { lookup_value: 4242, fields: [{ name: 'owner', value: TEAM_MEMBER_IDS[0] }] });
    expect(reply.status).toBe(201);
    expect(Object.keys(reply.body).sort()).toEqual(['action', 'id']);
    expect((await readProject(server.client, reply.body.id))?.['name']).toBe('4242');
  });

  it('takes a date alone, a time without offset and user@localhost; reads decimals and money as strings', async () => {
    const id = await newProject(server.client, [
      { name: 'kickoff_at', value: '2026-06-01' }, { name: 'contact_email', value: 'user@localhost' },
      { name: 'score', value: 1.5 }, { name: 'budget', value: 320.81 },
    ]);
    expect(await readProject(server.client, id)).toMatchObject({ kickoff_at: '2026-06-01T00:00:00Z', contact_email: 'user@localhost', score: '1.5', budget: { amount: '320.81' } });
    expect((await server.client.patch('projects', id, { fields: [{ name: 'kickoff_at', value: '2026-06-01T10:00:00' }] })).status).toBe(200);
    expect((await readProject(server.client, id))?.['kickoff_at']).toBe('2026-06-01T10:00:00Z');
    expect((await server.client.add('projects', projectEntries(uniqueName(), [{ name: 'kickoff_at', value: 'not a date' }]))).status).toBe(400);
  });

  it('looks up the exact identifier only, and an empty one answers 404', async () => {
    const name = uniqueName('Case');
    await newProject(server.client, [], name);
    expect((await server.client.lookup('projects', name)).status).toBe(200);
    expect((await server.client.lookup('projects', name.toLowerCase())).status).toBe(404);
    expect((await server.client.lookup('projects', '')).status).toBe(404);
  });

  it('answers unarchive with 204, patch with only fields, and 400 without the positional list', async () => {
    const id = await newProject(server.client);
    await server.client.archive('projects', id);
    const restored = await server.client.unarchive('projects', id);
    expect([restored.status, restored.body]).toEqual([204, '']);
    const patched = await server.client.patch('projects', id, { fields: [{ name: 'headcount', value: 3 }] });
    expect(Object.keys(patched.body)).toEqual(['fields']);
    const refused = await server.client.patch('projects', id, { fields: [{ name: 'headcount', value: 'x' }] });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toBeUndefined();
  });

  it('takes an option as { id } and as the bare id', async () => {
    const low = optionId(PROJECTS, 'priority', 'Low');
    for (const value of [{ id: low }, low]) {
      const id = await newProject(server.client, [{ name: 'priority', value }]);
      expect((await server.client.get('projects', id)).body.fields?.[fieldId(PROJECTS, 'priority')]?.value).toMatchObject({ id: low });
    }
  });
});
